import { describe, expect, it } from "vitest";
import {
  COORDINATOR_CRASH_POINTS, createTwoPhaseCommit, PARTICIPANT_CRASH_POINTS, replayTwoPhaseCommit, TpcError,
  type CrashPoint, type TpcConfig, type TwoPhaseCommit,
} from "./index";

// Scenarios from Bernstein, Hadzilacos & Goodman 1987, ch. 7 ("Two-Phase Commit", "Termination
// protocols", "Recovery") and DDIA ch. 9 ("Coordinator failure"). Latency is fixed at 10 ms so the
// times below can be read off the message diagram.

const fixed = (c: Partial<TpcConfig> = {}): TwoPhaseCommit => createTwoPhaseCommit({ seed: 1, participants: 3, latency: [10, 10], ...c });
const statuses = (c: TwoPhaseCommit) => c.participants().map((p) => p.status);
const settled = (c: TwoPhaseCommit) => c.outcome() === "committed" || c.outcome() === "aborted";

describe("2PC without failures: two rounds", () => {
  it("all vote YES: PREPARE, YES, COMMIT, ACK, with the forced log writes in between", () => {
    const c = fixed();
    c.begin();
    c.advance(100);
    expect(c.outcome()).toBe("committed");
    expect(c.trace.filter((t) => t.kind === "deliver").map((t) => t.text.split(" ").slice(3).join(" "))).toEqual([
      ...Array(3).fill("PREPARE"), ...Array(3).fill("vote YES"), ...Array(3).fill("COMMIT"), ...Array(3).fill("ACK"),
    ]);
    expect(c.coordinator().wal).toEqual([{ kind: "commit", at: 20 }, { kind: "end", at: 40 }]);
    for (const p of c.participants()) {
      expect(p.wal).toEqual([{ kind: "prepared", at: 10 }, { kind: "commit", at: 30 }]);
      expect(p.locksHeld).toBe(false);
    }
    expect(c.violations()).toEqual([]);
  });

  it("one NO vote aborts everyone; the NO voter aborts at once, the YES voters wait to be told", () => {
    const c = fixed({ votes: ["yes", "yes", "no"] });
    c.begin();
    c.advance(10);
    expect(statuses(c)).toEqual(["prepared", "prepared", "aborted"]);
    expect(c.inDoubt()).toEqual([2, 3]);
    c.advance(100);
    expect(c.outcome()).toBe("aborted");
    expect(c.violations()).toEqual([]);
  });

  it("seeded votes: commit exactly when every participant voted YES", () => {
    let commits = 0;
    for (let seed = 1; seed <= 40; seed++) {
      const c = createTwoPhaseCommit({ seed, participants: 3, noProbability: 0.2 });
      c.begin();
      c.advance(500);
      const allYes = c.participants().every((p) => p.vote === "yes");
      expect(c.outcome()).toBe(allYes ? "committed" : "aborted");
      if (allYes) commits++;
    }
    expect(commits).toBeGreaterThan(5);
    expect(commits).toBeLessThan(40);
  });
});

describe("coordinator crashes (the blocking cases, errata E23)", () => {
  it("before PREPARE: nobody has voted, so participants abort on their own; nobody blocks", () => {
    const c = fixed({ crashes: [{ node: 1, at: "before-prepare" }], workTimeout: 300 });
    c.begin();
    c.advance(299);
    expect(statuses(c)).toEqual(["working", "working", "working"]);
    c.advance(1);
    expect(c.outcome()).toBe("aborted");
    expect(c.inDoubt()).toEqual([]);
    c.restart(1);
    expect(c.coordinator().decision).toBe("abort"); // no decision in its log: presumed abort
  });

  it("after all YES votes, before logging: participants stay in doubt, holding locks, until it recovers; then abort", () => {
    const c = fixed({ crashes: [{ node: 1, at: "after-votes" }] });
    c.begin();
    c.advance(5000);
    expect(c.inDoubt()).toEqual([2, 3, 4]);
    expect(c.participants().every((p) => p.locksHeld)).toBe(true);
    expect(c.trace.filter((t) => t.text.includes("decision?")).length).toBeGreaterThan(50); // they keep asking
    c.restart(1);
    c.advance(100);
    expect(c.outcome()).toBe("aborted");
    expect(c.violations()).toEqual([]);
  });

  it("after-votes with a NO: the NO decides, the coordinator dies before logging ABORT; YES voters block until it recovers", () => {
    // Votes arrive at t=20 in the order P2 (YES), P3 (NO), P4 (YES). One NO is all the coordinator
    // needs to decide, so that is where "after the votes" is: the armed crash fires there.
    const c = fixed({ votes: ["yes", "no", "yes"], crashes: [{ node: 1, at: "after-votes" }] });
    c.begin();
    c.advance(2000);
    expect(c.coordinator()).toMatchObject({ alive: false, wal: [], decision: null });
    expect(c.trace.some((t) => t.kind === "crash" && t.text === "C crashes (injected: after-votes)")).toBe(true);
    expect(statuses(c)).toEqual(["prepared", "aborted", "prepared"]);
    expect(c.inDoubt()).toEqual([2, 4]);
    expect(c.participants().filter((p) => p.locksHeld).map((p) => p.id)).toEqual([2, 4]);
    expect(c.outcome()).toBe("in-doubt");
    c.restart(1); // nothing in its log: presumed abort
    c.advance(100);
    expect(c.coordinator().decision).toBe("abort");
    expect(c.outcome()).toBe("aborted");
    expect(c.violations()).toEqual([]);
  });

  it("after-votes when a vote never comes: the vote timeout decides, and the armed crash fires there", () => {
    const c = fixed({ crashes: [{ node: 1, at: "after-votes" }], voteTimeout: 100 });
    c.begin();
    for (const m of c.inFlight()) if (m.to === 4) c.dropMessage(m.id); // P4 never gets PREPARE
    c.advance(99);
    expect(c.coordinator().alive).toBe(true);
    c.advance(1); // t=100: the vote timeout
    expect(c.coordinator()).toMatchObject({ alive: false, wal: [] });
    expect(c.inDoubt()).toEqual([2, 3]);
    c.restart(1);
    c.advance(100);
    expect(c.outcome()).toBe("aborted");
    expect(c.violations()).toEqual([]);
  });

  it("mid-broadcast armed with after-decision-logged: the recovering coordinator's broadcast is where it fires", () => {
    const c = fixed({ crashes: [{ node: 1, at: "after-decision-logged" }, { node: 1, at: "mid-broadcast" }] });
    c.begin();
    c.advance(500);
    expect(c.coordinator()).toMatchObject({ alive: false, decision: "commit" });
    c.restart(1); // re-sends COMMIT, but only the first participant hears it
    c.advance(500);
    expect(statuses(c)).toEqual(["committed", "prepared", "prepared"]);
    expect(c.coordinator().alive).toBe(false);
    c.restart(1);
    c.advance(100);
    expect(c.outcome()).toBe("committed");
    expect(c.violations()).toEqual([]);
  });

  it("after logging COMMIT, before sending it: still blocked (the decision exists but nobody knows); recovery re-sends COMMIT", () => {
    const c = fixed({ crashes: [{ node: 1, at: "after-decision-logged" }] });
    c.begin();
    c.advance(2000);
    expect(c.coordinator().decision).toBe("commit");
    expect(c.inDoubt()).toEqual([2, 3, 4]);
    c.restart(1);
    c.advance(100);
    expect(c.outcome()).toBe("committed");
  });

  it("mid-broadcast: one participant committed, the others are blocked until recovery", () => {
    const c = fixed({ crashes: [{ node: 1, at: "mid-broadcast" }] });
    c.begin();
    c.advance(2000);
    expect(statuses(c)).toEqual(["committed", "prepared", "prepared"]);
    expect(c.coordinator().alive).toBe(false);
    c.restart(1);
    c.advance(100);
    expect(c.outcome()).toBe("committed");
  });

  it("mid-broadcast with cooperative termination: the others learn COMMIT from the one that knows", () => {
    const c = fixed({ crashes: [{ node: 1, at: "mid-broadcast" }], cooperativeTermination: true });
    c.begin();
    expect(c.runUntil(settled, 1000)).toBe(true);
    expect(c.outcome()).toBe("committed");
    expect(c.coordinator().alive).toBe(false);
  });

  it("cooperative termination does not help when every participant is in doubt", () => {
    const c = fixed({ crashes: [{ node: 1, at: "after-votes" }], cooperativeTermination: true });
    c.begin();
    c.advance(2000);
    expect(c.inDoubt()).toEqual([2, 3, 4]);
    expect(c.trace.some((t) => t.text.includes("don't know"))).toBe(true);
  });

  it("cooperative termination: a peer that never voted aborts, so the in-doubt ones may abort too", () => {
    const c = fixed({ cooperativeTermination: true, voteTimeout: 10_000 });
    c.begin();
    for (const m of c.inFlight()) if (m.to === 4) c.dropMessage(m.id); // P4 never gets PREPARE
    c.advance(25);
    c.crash(1);
    expect(c.inDoubt()).toEqual([2, 3]);
    expect(c.runUntil(settled, 1000)).toBe(true);
    expect(c.outcome()).toBe("aborted");
    c.restart(1);
    c.advance(200);
    expect(c.violations()).toEqual([]);
  });
});

describe("an armed crash fires whichever way the votes go", () => {
  // Each crash point names a step of the protocol; every path through that step must stop there.
  const votings: Array<[string, Partial<TpcConfig>, (c: TwoPhaseCommit) => void]> = [
    ["every vote YES", {}, () => {}],
    ["P3 votes NO", { votes: ["yes", "no", "yes"] }, () => {}],
    ["P4 never votes", { voteTimeout: 100 }, (c) => { for (const m of c.inFlight()) if (m.to === 4) c.dropMessage(m.id); }],
  ];
  const points: Array<[number, CrashPoint]> = [
    ...COORDINATOR_CRASH_POINTS.map((p): [number, CrashPoint] => [1, p]),
    ...PARTICIPANT_CRASH_POINTS.map((p): [number, CrashPoint] => [3, p]),
  ];
  for (const [node, point] of points) {
    for (const [how, config, meddle] of votings) {
      it(`${point} (node ${node}), ${how}: fires, and recovery still reaches one outcome`, () => {
        const c = fixed({ ...config, crashes: [{ node, at: point }] });
        c.begin();
        meddle(c);
        c.advance(2000);
        expect(c.trace.filter((t) => t.kind === "crash").map((t) => t.text)).toEqual([`${c.label(node)} crashes (injected: ${point})`]);
        expect(c.nodes()[node - 1].alive).toBe(false);
        c.restart(node);
        c.advance(500);
        expect(["committed", "aborted"]).toContain(c.outcome());
        expect(c.violations()).toEqual([]);
      });
    }
  }
});

describe("participant crashes and recovery from the WAL", () => {
  it("before voting: the coordinator times out and aborts; the participant recovers with nothing logged and aborts", () => {
    const c = fixed({ crashes: [{ node: 3, at: "before-vote" }] });
    c.begin();
    c.advance(500);
    expect(c.coordinator().decision).toBe("abort");
    expect(statuses(c)).toEqual(["aborted", "working", "aborted"]); // P3 is down
    c.restart(3);
    expect(c.outcome()).toBe("aborted");
  });

  it("after voting YES: the rest commit; on restart it finds PREPARED in its log, asks, and commits", () => {
    const c = fixed({ crashes: [{ node: 3, at: "after-vote" }] });
    c.begin();
    c.advance(500);
    expect(c.coordinator().decision).toBe("commit");
    const p3 = c.participants()[1];
    expect([p3.alive, p3.inDoubt, p3.locksHeld]).toEqual([false, true, true]);
    c.restart(3);
    c.advance(50);
    expect(c.outcome()).toBe("committed");
  });

  it("a YES voter cut off with its vote on the wire: the coordinator times out and aborts; it stays in doubt until heal", () => {
    const c = fixed();
    c.begin();
    c.advance(15); // votes on the wire
    c.partition([[1, 2, 4], [3]]);
    c.advance(2000);
    expect(c.coordinator().decision).toBe("abort");
    expect(statuses(c)).toEqual(["aborted", "prepared", "aborted"]);
    expect(c.inDoubt()).toEqual([3]); // it may not abort alone: for all it knows, the others committed
    c.heal();
    c.advance(200);
    expect(c.outcome()).toBe("aborted");
    expect(c.violations()).toEqual([]);
  });
});

describe("determinism and input errors", () => {
  it("replays (seed, config, actions) exactly and restores snapshots", () => {
    const config: TpcConfig = { seed: 9, participants: 4, dropRate: 0.2, noProbability: 0.1 };
    const c = createTwoPhaseCommit(config);
    c.begin();
    c.advance(25);
    const snap = c.snapshot();
    c.crash(1);
    c.advance(300);
    c.restart(1);
    c.advance(500);
    expect(replayTwoPhaseCommit(config, c.actions, c.time).trace).toEqual(c.trace);
    const end = c.trace.slice();
    c.restore(snap);
    c.crash(1);
    c.advance(300);
    c.restart(1);
    c.advance(500);
    expect(c.trace).toEqual(end);
  });

  it("an action taken where runUntil stopped mid-millisecond replays at that event", () => {
    // All three votes arrive at t=20. The user stops after the first and crashes the coordinator:
    // the other two votes are lost, nothing is decided, and recovery aborts. Replaying the crash
    // after the whole millisecond would let all three YES votes in first, and COMMIT.
    const config: TpcConfig = { seed: 1, participants: 3, latency: [10, 10] };
    const c = createTwoPhaseCommit(config);
    c.begin();
    expect(c.runUntil((k) => k.coordinator().votes[2] !== undefined, 1000)).toBe(true);
    expect(c.time).toBe(20);
    c.crash(1);
    c.advance(300);
    c.restart(1);
    c.advance(500);
    expect(c.outcome()).toBe("aborted");
    const again = replayTwoPhaseCommit(config, c.actions, c.time);
    expect(again.outcome()).toBe("aborted");
    expect(again.trace).toEqual(c.trace);
    expect(again.nodes()).toEqual(c.nodes());
  });

  it("rejects bad configuration and misplaced crash points", () => {
    expect(() => createTwoPhaseCommit({ seed: 1, participants: 0 })).toThrow(TpcError);
    expect(() => createTwoPhaseCommit({ seed: 1, participants: 2, votes: ["yes", "no", "yes"] })).toThrow(/3 votes given for 2/);
    expect(() => createTwoPhaseCommit({ seed: 1, crashes: [{ node: 2, at: "mid-broadcast" }] })).toThrow(/does not apply to a participant/);
    const c = fixed();
    expect(c.begin()).toEqual({ ok: true });
    expect(c.begin()).toEqual({ ok: false, reason: "the transaction has already started" });
    expect(() => c.crash(7)).toThrow(/node ids are 1 \(coordinator\) and 2..4/);
  });
});
