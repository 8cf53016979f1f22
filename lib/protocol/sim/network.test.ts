import { describe, expect, it } from "vitest";
import { createSim, type Sim, type SimEvent } from "./index";

type Msg = { text: string };

function drain(sim: Sim<Msg>, limit = Infinity): SimEvent<Msg>[] {
  const out: SimEvent<Msg>[] = [];
  for (let e = sim.next(limit); e; e = sim.next(limit)) out.push(e);
  return out;
}

function label(e: SimEvent<Msg>): string {
  if (e.kind === "message") return `${e.at} msg ${e.from}->${e.to} ${e.msg.text}`;
  if (e.kind === "timer") return `${e.at} timer ${e.node}:${e.key}`;
  return `${e.at} lost(${e.reason}) ${e.envelope.msg.text}`;
}

describe("simulated network: ordering", () => {
  it("delivers by time, then by scheduling order among ties", () => {
    const sim = createSim<Msg>({ nodes: 3, seed: 1, latency: [10, 10] });
    sim.send(1, 2, { text: "a" });
    sim.setTimer(3, "t", 10);
    sim.send(2, 1, { text: "b" });
    sim.send(1, 3, { text: "early" }, 5);
    expect(drain(sim).map(label)).toEqual([
      "5 msg 1->3 early",
      "10 msg 1->2 a",
      "10 timer 3:t",
      "10 msg 2->1 b",
    ]);
    expect(sim.time).toBe(10);
  });

  it("random latency reorders messages between the same pair", () => {
    const sim = createSim<Msg>({ nodes: 2, seed: 5, latency: [1, 50] });
    for (let i = 0; i < 20; i++) sim.send(1, 2, { text: String(i) });
    const order = drain(sim).map((e) => (e.kind === "message" ? Number(e.msg.text) : -1));
    expect(order.slice().sort((a, b) => a - b)).toEqual([...Array(20).keys()]);
    expect(order).not.toEqual([...Array(20).keys()]);
  });

  it("next(limit) stops at the limit and advanceTo moves the idle clock", () => {
    const sim = createSim<Msg>({ nodes: 2, seed: 1, latency: [10, 10] });
    sim.send(1, 2, { text: "x" });
    expect(sim.next(9)).toBeNull();
    sim.advanceTo(9);
    expect(sim.time).toBe(9);
    expect(() => sim.advanceTo(11)).toThrow(/skip an event/);
    expect(sim.next(10)?.kind).toBe("message");
  });

  it("a replaced or cancelled timer never fires", () => {
    const sim = createSim<Msg>({ nodes: 2, seed: 1 });
    sim.setTimer(1, "election", 100);
    sim.setTimer(1, "election", 250); // reset, as a follower does on each heartbeat
    sim.setTimer(2, "election", 120);
    sim.cancelTimer(2, "election");
    expect(drain(sim).map(label)).toEqual(["250 timer 1:election"]);
    expect(sim.hasTimer(1, "election")).toBe(false);
  });
});

describe("simulated network: determinism", () => {
  function run(seed: number): string[] {
    const sim = createSim<Msg>({ nodes: 4, seed, latency: [5, 40], dropRate: 0.2 });
    for (let i = 0; i < 50; i++) sim.send((i % 4) + 1, ((i + 1) % 4) + 1, { text: String(i) });
    return drain(sim).map(label);
  }

  it("the same seed gives the same run", () => {
    expect(run(11)).toEqual(run(11));
  });

  it("a different seed gives a different run", () => {
    expect(run(11)).not.toEqual(run(12));
  });
});

describe("simulated network: faults", () => {
  it("drops roughly dropRate of the sends", () => {
    const sim = createSim<Msg>({ nodes: 2, seed: 3, dropRate: 0.3 });
    let lost = 0;
    for (let i = 0; i < 10_000; i++) if (sim.send(1, 2, { text: "x" }) === null) lost++;
    expect(lost / 10_000).toBeGreaterThan(0.27);
    expect(lost / 10_000).toBeLessThan(0.33);
    expect(sim.stats.dropped).toBe(lost);
  });

  it("messages flow only inside a partition group; heal reconnects", () => {
    const sim = createSim<Msg>({ nodes: 5, seed: 1 });
    sim.partition([[1, 2], [3, 4]]); // 5 is left out, so alone
    expect(sim.groups()).toEqual([[1, 2], [3, 4], [5]]);
    expect(sim.send(1, 2, { text: "in" })).not.toBeNull();
    expect(sim.send(1, 3, { text: "across" })).toBeNull();
    expect(sim.send(5, 4, { text: "alone" })).toBeNull();
    sim.heal();
    expect(sim.send(1, 3, { text: "healed" })).not.toBeNull();
    expect(drain(sim).filter((e) => e.kind === "message").length).toBe(2);
  });

  it("a message in flight when a partition starts is lost on arrival", () => {
    const sim = createSim<Msg>({ nodes: 3, seed: 1 });
    sim.send(1, 3, { text: "doomed" });
    sim.partition([[1, 2], [3]]);
    expect(drain(sim).map((e) => e.kind === "lost" && e.reason)).toEqual(["partitioned"]);
  });

  it("a crashed node receives nothing, sends nothing and loses its timers", () => {
    const sim = createSim<Msg>({ nodes: 3, seed: 1 });
    sim.send(1, 2, { text: "to-crashed" });
    sim.setTimer(2, "election", 5);
    sim.crash(2);
    expect(sim.send(2, 1, { text: "from-crashed" })).toBeNull();
    sim.setTimer(2, "election", 6); // ignored while down
    expect(drain(sim).map(label)).toEqual(expect.arrayContaining([expect.stringMatching(/lost\(crashed\)/)]));
    expect(sim.stats.timers).toBe(0);
    sim.restart(2);
    expect(sim.send(2, 1, { text: "back" })).not.toBeNull();
  });

  it("rejects bad node ids, overlapping groups and bad rates", () => {
    const sim = createSim<Msg>({ nodes: 3, seed: 1 });
    expect(() => sim.crash(0)).toThrow(RangeError);
    expect(() => sim.send(1, 4, { text: "x" })).toThrow(RangeError);
    expect(() => sim.partition([[1, 2], [2, 3]])).toThrow(/two partition groups/);
    expect(() => sim.setDropRate(1.5)).toThrow(RangeError);
    expect(() => createSim({ nodes: 2, seed: 1, latency: [20, 10] })).toThrow(RangeError);
  });
});

describe("simulated network: UI hooks", () => {
  it("lists in-flight messages earliest first and drops one by id", () => {
    const sim = createSim<Msg>({ nodes: 3, seed: 1, latency: [10, 30] });
    const ids = [1, 2, 3].map((i) => sim.send(1, 2, { text: `m${i}` })!.id);
    const listed = sim.inFlight();
    expect(listed.map((e) => e.id).sort()).toEqual(ids.sort());
    expect(listed.map((e) => e.at)).toEqual(listed.map((e) => e.at).slice().sort((a, b) => a - b));
    expect(sim.dropMessage(ids[1])).toBe(true);
    expect(sim.dropMessage(ids[1])).toBe(false);
    const got = drain(sim).map((e) => (e.kind === "message" ? e.id : -1));
    expect(got.sort()).toEqual([ids[0], ids[2]].sort());
  });

  it("counts the events next() hands out (a replay's position within a millisecond); snapshots keep the count", () => {
    const sim = createSim<Msg>({ nodes: 3, seed: 2, latency: [5, 5] });
    sim.send(1, 2, { text: "a" });
    sim.send(1, 3, { text: "b" });
    sim.setTimer(2, "t", 3);
    sim.setTimer(2, "t", 4); // replaces the first: the stale one is skipped, not counted
    sim.crash(3); // "b" will be lost: still an event
    const snap = sim.snapshot();
    expect(sim.next()!.kind).toBe("timer");
    expect(sim.events).toBe(1);
    expect(sim.next(5)).toMatchObject({ kind: "message", at: 5 });
    expect(sim.time).toBe(5);
    expect(sim.events).toBe(2); // the lost "b" is still queued for t=5
    expect(sim.next(5)).toMatchObject({ kind: "lost", reason: "crashed" });
    expect(sim.events).toBe(3);
    sim.restore(snap);
    expect(sim.events).toBe(0);
  });

  it("restore rewinds to a snapshot and replays the same future; fork branches", () => {
    const sim = createSim<Msg>({ nodes: 3, seed: 9, latency: [1, 100], dropRate: 0.1 });
    for (let i = 0; i < 10; i++) sim.send(1, 2, { text: `a${i}` });
    drain(sim, 40);
    const snap = sim.snapshot();
    const future = () => {
      for (let i = 0; i < 10; i++) sim.send(2, 3, { text: `b${i}` });
      return drain(sim).map(label);
    };
    const first = future();
    sim.restore(snap);
    expect(sim.time).toBeLessThanOrEqual(40);
    expect(future()).toEqual(first);

    sim.restore(snap);
    const branch = sim.fork();
    branch.crash(3);
    drain(branch);
    expect(future()).toEqual(first); // the original is untouched by the fork
  });
});
