import { describe, expect, it } from "vitest";
import { createPaxosCluster, loadPaxosPreset, PaxosError, replayPaxos, type PaxosCluster, type PaxosRunRecord } from "./index";

const allDecided = (c: PaxosCluster) => c.decisions().every((d) => d.decided !== null);
const proposer = (c: PaxosCluster, id: number) => {
  const v = c.nodes().find((n) => n.id === id);
  if (!v || v.role !== "proposer") throw new Error(`no proposer ${id}`);
  return v;
};
const acceptor = (c: PaxosCluster, id: number) => {
  const v = c.nodes().find((n) => n.id === id);
  if (!v || v.role !== "acceptor") throw new Error(`no acceptor ${id}`);
  return v;
};

describe("Paxos Made Simple §2.2: the basic protocol", () => {
  it("a lone proposer gets its value chosen in two round trips", () => {
    const c = createPaxosCluster({ seed: 1, proposers: 1, acceptors: 3, latency: [10, 10] });
    expect(c.propose(1, "x")).toEqual({ ok: true, ballot: { round: 1, proposer: 1 } });
    expect(c.runUntil(allDecided, 1000)).toBe(true);
    expect(c.time).toBe(40); // 1a, 1b, 2a, 2b at 10 ms each
    c.advance(0); // the third 2b, due at the same millisecond
    expect(c.chosen()).toMatchObject({ value: "x", ballot: { round: 1, proposer: 1 }, at: 30 });
    expect(c.decisions()).toEqual([{ proposer: 1, decided: "x" }]);
    for (const id of c.acceptorIds) expect(acceptor(c, id).accepted).toEqual({ ballot: { round: 1, proposer: 1 }, value: "x" });
    expect(c.trace.filter((t) => t.kind === "deliver").map((t) => t.msg!.type)).toEqual([
      ...Array(3).fill("prepare"), ...Array(3).fill("promise"), ...Array(3).fill("accept"), ...Array(3).fill("accepted"),
    ]);
    expect(c.violations()).toEqual([]);
  });

  it("competing proposers converge: whatever the timing, every learner decides the one chosen value", () => {
    for (let seed = 1; seed <= 30; seed++) {
      const c = createPaxosCluster({ seed, proposers: 3, acceptors: 5 });
      c.propose(1, "x");
      c.advance(seed % 7);
      c.propose(2, "y");
      c.advance(seed % 5);
      c.propose(3, "z");
      expect(c.runUntil(allDecided, 5000)).toBe(true);
      const chosen = c.chosen()!.value;
      expect(c.decisions().map((d) => d.decided)).toEqual([chosen, chosen, chosen]);
      expect(c.violations()).toEqual([]);
    }
  });

  it("a later proposer adopts the value already chosen instead of its own (P2c)", () => {
    const c = createPaxosCluster({ seed: 3, proposers: 2, acceptors: 3, latency: [10, 10] });
    c.crash(2); // P2 is down, so it does not learn the outcome from the 2b messages
    c.propose(1, "x");
    c.advance(100);
    expect(c.chosen()!.value).toBe("x");
    c.restart(2);
    c.propose(2, "y");
    expect(c.runUntil((k) => proposer(k, 2).decided !== null, 1000)).toBe(true);
    const p2 = proposer(c, 2);
    expect(p2.ballot).toEqual({ round: 1, proposer: 2 }); // 1.2 > 1.1: ties on round break by proposer id
    expect(p2.proposedValue).toBe("x");
    expect(p2.decided).toBe("x");
    expect(c.trace.some((t) => t.text.includes('promise(1.2, accepted 1.1="x")'))).toBe(true);
    expect(c.trace.some((t) => t.text.includes('accept(1.2, "x")'))).toBe(true);
    expect(c.trace.some((t) => t.text.includes('accept(1.2, "y")'))).toBe(false);
  });

  it("adoption also covers a value accepted by only one acceptor and not yet chosen", () => {
    // P1's accept reaches only acceptor 3; the other two copies are dropped by the user.
    const c = createPaxosCluster({ seed: 4, proposers: 2, acceptors: 3, latency: [10, 10] });
    c.propose(1, "x");
    c.advance(20); // promises in, accepts on the wire
    for (const m of c.inFlight()) if (m.msg.type === "accept" && m.to !== 3) c.dropMessage(m.id);
    c.advance(10);
    expect(acceptor(c, 3).accepted?.value).toBe("x");
    expect(c.chosen()).toBeNull();
    c.crash(1); // P1 gives up for good
    c.propose(2, "y");
    c.runUntil((k) => k.chosen() !== null, 1000);
    // Every majority of {3,4,5} includes 3, so P2 must carry "x" forward.
    expect(c.chosen()!.value).toBe("x");
  });
});

describe("faults", () => {
  it("two of five acceptors crashed: the remaining majority still decides", () => {
    const c = loadPaxosPreset("acceptor-minority-crash", 1);
    expect(c.runUntil((k) => k.chosen() !== null, 2000)).toBe(true);
    expect(c.chosen()!.value).toBe("x");
  });

  it("with a majority of acceptors down nothing is chosen; after restart the retry succeeds", () => {
    const c = createPaxosCluster({ seed: 2, proposers: 1, acceptors: 3 });
    c.crash(2);
    c.crash(3);
    c.propose(1, "x");
    expect(c.runUntil((k) => k.chosen() !== null, 2000)).toBe(false);
    expect(proposer(c, 1).attempts).toBeGreaterThan(3); // retried on its timeout
    c.restart(2);
    expect(c.runUntil(allDecided, 2000)).toBe(true);
  });

  it("acceptors keep promises and accepted values across a crash (stable storage)", () => {
    const c = createPaxosCluster({ seed: 5, proposers: 1, acceptors: 3 });
    c.propose(1, "x");
    c.runUntil((k) => k.chosen() !== null, 1000);
    const before = acceptor(c, 2);
    c.crash(2);
    c.advance(100);
    c.restart(2);
    expect(acceptor(c, 2)).toEqual({ ...before, alive: true });
  });

  it("a restarted proposer never reuses a ballot", () => {
    const c = createPaxosCluster({ seed: 6, proposers: 1, acceptors: 3 });
    c.propose(1, "x");
    c.advance(5);
    c.crash(1);
    c.restart(1);
    const again = c.propose(1, "y");
    expect(again.ok && again.ballot).toEqual({ round: 2, proposer: 1 });
  });

  it("a proposer cut off with a minority cannot decide; after heal it can", () => {
    const c = createPaxosCluster({ seed: 7, proposers: 1, acceptors: 5 });
    c.partition([[1, 2, 3], [4, 5, 6]]);
    c.propose(1, "x");
    expect(c.runUntil((k) => k.chosen() !== null, 1500)).toBe(false);
    c.heal();
    expect(c.runUntil(allDecided, 1500)).toBe(true);
  });

  it("a user can delay a message past a competing ballot", () => {
    const c = createPaxosCluster({ seed: 8, proposers: 2, acceptors: 3, latency: [10, 10] });
    c.propose(1, "x");
    c.advance(20);
    // Hold P1's three accepts back 30 ms; P2 meanwhile prepares a higher ballot.
    for (const m of c.inFlight()) if (m.msg.type === "accept") expect(c.delayMessage(m.id, 30)).not.toBeNull();
    c.propose(2, "y");
    c.runUntil(allDecided, 2000);
    c.advance(100);
    expect(c.trace.filter((t) => t.kind === "deliver" && t.msg?.type === "nack" && t.to === 1)).toHaveLength(3);
    expect(c.chosen()!.value).toBe("y");
    expect(c.violations()).toEqual([]);
  });
});

describe("dueling proposers (Paxos Made Simple §2.4)", () => {
  it("without random backoff, no value is chosen for 10 s while ballots keep climbing", () => {
    const c = loadPaxosPreset("dueling-livelock", 1);
    expect(c.runUntil((k) => k.chosen() !== null, 10_000)).toBe(false);
    expect(c.maxRound()).toBeGreaterThan(200);
    expect(c.violations()).toEqual([]);
  });

  it("a long duel keeps only the newest trace entries (traceLimit)", () => {
    const c = createPaxosCluster({ seed: 1, proposers: 2, acceptors: 3, latency: [10, 10], retryTimeout: 35, backoff: [0, 0], traceLimit: 500 });
    c.propose(1, "x");
    c.advance(15);
    c.propose(2, "y");
    c.advance(10_000);
    expect(c.trace).toHaveLength(500);
    expect(c.trace[499].time).toBeGreaterThan(9_900);
  });

  it("randomised backoff breaks the tie quickly", () => {
    for (let seed = 1; seed <= 20; seed++) {
      const c = loadPaxosPreset("dueling-with-backoff", seed);
      expect(c.runUntil((k) => k.chosen() !== null, 1000)).toBe(true);
    }
  });
});

describe("replay, snapshots and input errors", () => {
  it("(seed, config, actions) replays the run exactly", () => {
    const config = { seed: 11, proposers: 2, acceptors: 5, dropRate: 0.1 };
    const c = createPaxosCluster(config);
    c.propose(1, "x");
    c.advance(12);
    c.crash(4);
    c.propose(2, "y");
    c.advance(30);
    c.partition([[1, 3, 4], [2, 5, 6, 7]]);
    c.advance(300);
    c.heal();
    c.advance(500);
    const again = replayPaxos(config, c.actions, c.time);
    expect(again.trace).toEqual(c.trace);
    expect(again.nodes()).toEqual(c.nodes());
  });

  it("an action taken where runUntil stopped mid-millisecond replays at that event, not after the rest of the millisecond", () => {
    // Fixed 5 ms links: all three promises for P1's ballot arrive at t=10. runUntil stops after
    // the first; the user then crashes an acceptor and lets P2 propose. The other two promises
    // are still queued for t=10, so in this run they come after the crash (the one to A4 is lost).
    const config = { seed: 1, proposers: 2, acceptors: 3, latency: [5, 5] as [number, number] };
    const c = createPaxosCluster(config);
    c.propose(1, "x");
    expect(c.runUntil((k) => k.trace.some((t) => t.kind === "deliver" && t.msg?.type === "promise"), 1000)).toBe(true);
    expect(c.time).toBe(10);
    expect(c.inFlight().filter((e) => e.at === 10 && e.msg.type === "promise")).toHaveLength(2);
    const stop = { trace: c.trace.slice(), saved: JSON.parse(JSON.stringify(c.runRecord())) as PaxosRunRecord };
    c.crash(4);
    c.propose(2, "y");
    c.advance(2000);
    expect(c.chosen()?.value).toBe("y");
    const again = replayPaxos(config, c.actions, c.time);
    expect(again.chosen()).toEqual(c.chosen());
    expect(again.trace).toEqual(c.trace);
    expect(again.nodes()).toEqual(c.nodes());
    // A run record also pins its end point, so a run saved where runUntil stopped replays to there.
    const { saved } = stop;
    expect(saved.end).toEqual({ time: 10, events: 4 });
    expect(replayPaxos(saved.config, saved.actions, saved.end).trace).toEqual(stop.trace);
  });

  it("restore rewinds to a snapshot and the run continues identically", () => {
    const c = createPaxosCluster({ seed: 12, proposers: 2, acceptors: 3, dropRate: 0.2 });
    c.propose(1, "x");
    c.propose(2, "y");
    c.advance(25);
    const snap = c.snapshot();
    c.advance(400);
    const first = { trace: c.trace.slice(), nodes: c.nodes() };
    c.restore(snap);
    expect(c.time).toBe(25);
    c.advance(400);
    expect(c.trace).toEqual(first.trace);
    expect(c.nodes()).toEqual(first.nodes);
  });

  it("rejects bad input with readable errors", () => {
    expect(() => createPaxosCluster({ seed: 1, acceptors: 0 })).toThrow(PaxosError);
    expect(() => createPaxosCluster({ seed: 1, backoff: [5, 1] })).toThrow(/backoff/);
    const c = createPaxosCluster({ seed: 1, proposers: 2, acceptors: 3 });
    expect(() => c.propose(3, "x")).toThrow(/proposers are nodes 1..2/);
    expect(() => c.crash(9)).toThrow(/node ids are 1..5/);
    c.crash(1);
    expect(c.propose(1, "x")).toEqual({ ok: false, reason: "proposer 1 is crashed" });
  });
});
