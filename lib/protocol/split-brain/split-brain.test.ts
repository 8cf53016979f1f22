// Split brain: under a partition, naive failover runs two leaders that both
// acknowledge writes; majority quorums (Raft §5.2, §5.3) never acknowledge two histories.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { createSplitBrainCluster, replaySplitBrain, type SplitBrainRunRecord } from "./index";
import type { SplitBrainCluster } from "./cluster";
import type { SplitBrainMode } from "./types";
import { pause, pauseArb } from "../testing/pauses";

function settled(mode: SplitBrainMode, seed = 1): { c: SplitBrainCluster; leader: number } {
  const c = createSplitBrainCluster({ mode, seed, nodes: 3 });
  // Naive failover can briefly promote two nodes at start-up; wait until it settles.
  c.advance(1000);
  expect(c.leaders().length).toBe(1);
  const leader = c.leaders()[0].id;
  expect(c.write("x=0").ok).toBe(true);
  c.advance(200);
  return { c, leader };
}

/** Cut the leader off from the other two and let each side take client writes. */
function partitionAndWrite(c: SplitBrainCluster, leader: number) {
  const others = [1, 2, 3].filter((id) => id !== leader);
  c.partition([[leader], others]);
  c.advance(1000); // long past the failover timeout
  const oldSide = c.write("x=1 (old leader)", leader);
  const newLeader = c.leaders().find((l) => l.id !== leader)?.id;
  const newSide = newLeader === undefined ? null : c.write("x=2 (new side)", newLeader);
  c.advance(500);
  return { oldSide, newSide, newLeader };
}

describe("naive failover under a partition", () => {
  it("ends with two leaders, both acknowledging conflicting writes for the same slot", () => {
    const { c, leader } = settled("naive");
    const { oldSide, newSide, newLeader } = partitionAndWrite(c, leader);
    expect(newLeader).toBeDefined();
    expect(c.leaders().map((l) => l.id).sort()).toEqual([leader, newLeader].sort());
    expect(oldSide).toMatchObject({ ok: true, acked: true, slot: 2 });
    expect(newSide).toMatchObject({ ok: true, acked: true, slot: 2 });
    const d = c.diagnostics();
    expect(d.divergent).toBe(true);
    expect(d.conflictingSlots.map((s) => [s.slot, s.writes.map((w) => w.value)])).toEqual([
      [2, ["x=1 (old leader)", "x=2 (new side)"]],
    ]);
    expect(c.violations()[0]).toMatch(/^Split brain: slot 2 was acknowledged to clients as "x=1 \(old leader\)"/);
  });

  it("after healing, one side's acknowledged write is silently lost", () => {
    const { c, leader } = settled("naive");
    partitionAndWrite(c, leader);
    c.heal();
    c.advance(1000);
    expect(c.leaders().length).toBe(1);
    const lost = c.diagnostics().lostWrites.map((w) => w.value);
    expect(lost).toEqual(["x=1 (old leader)"]); // the higher epoch's log overwrote it
    expect(c.violations().some((v) => v.startsWith('Lost write: "x=1 (old leader)"'))).toBe(true);
  });
});

describe("majority quorums under the same partition", () => {
  it("the cut-off leader may still think it leads, but cannot acknowledge; the majority side can", () => {
    const { c, leader } = settled("majority");
    const { oldSide, newSide, newLeader } = partitionAndWrite(c, leader);
    expect(newLeader).toBeDefined();
    // A stale leader exists (nothing tells it yet), so two nodes believe they lead ...
    expect(c.diagnostics().maxSimultaneousLeaders).toBe(2);
    // ... but only the majority side's write is acknowledged.
    expect(oldSide).toMatchObject({ ok: true, acked: false });
    const writes = c.writes();
    expect(writes.find((w) => w.value === "x=1 (old leader)")?.ackedAt).toBeNull();
    expect(newSide).toMatchObject({ ok: true });
    expect(writes.find((w) => w.value === "x=2 (new side)")?.ackedAt).not.toBeNull();
    expect(c.violations()).toEqual([]);
  });

  it("after healing there is one history and no acknowledged write is lost", () => {
    const { c, leader } = settled("majority");
    partitionAndWrite(c, leader);
    c.heal();
    c.advance(1000);
    expect(c.leaders().length).toBe(1);
    expect(c.diagnostics()).toMatchObject({ divergent: false, conflictingSlots: [], lostWrites: [] });
    const logs = c.nodes().map((v) => v.log.map((e) => e.command));
    expect(logs.every((l) => l.includes("x=2 (new side)") && !l.includes("x=1 (old leader)"))).toBe(true);
  });
});

const stepArb = fc.oneof(
  fc.record({ kind: fc.constant("write" as const), to: fc.integer({ min: 1, max: 3 }) }),
  fc.record({ kind: fc.constant("partition" as const), cut: fc.integer({ min: 1, max: 3 }) }),
  fc.record({ kind: fc.constant("heal" as const) }),
  fc.record({ kind: fc.constant("crash" as const), id: fc.integer({ min: 1, max: 3 }) }),
  fc.record({ kind: fc.constant("restart" as const), id: fc.integer({ min: 1, max: 3 }) }),
  fc.record({ kind: fc.constant("wait" as const), ms: fc.integer({ min: 1, max: 600 }) }),
);
type Step = typeof stepArb extends fc.Arbitrary<infer T> ? T : never;

/** One client write or fault on a 3-node cluster; writes are named w1, w2, ... in order. */
function applyStep(c: SplitBrainCluster, s: Step, writes: { n: number }): void {
  if (s.kind === "write") c.write(`w${++writes.n}`, s.to);
  else if (s.kind === "partition") c.partition([[s.cut], [1, 2, 3].filter((i) => i !== s.cut)]);
  else if (s.kind === "heal") c.heal();
  else if (s.kind === "crash") c.crash(s.id);
  else if (s.kind === "restart") c.restart(s.id);
  else c.advance(s.ms);
}

describe("random partitions, crashes and writes", () => {
  const schedule = fc.array(stepArb, { minLength: 5, maxLength: 40 });

  function run(mode: SplitBrainMode, seed: number, steps: Step[]): SplitBrainCluster {
    const c = createSplitBrainCluster({ mode, seed, nodes: 3 });
    const writes = { n: 0 };
    for (const s of steps) applyStep(c, s, writes);
    c.heal();
    for (const id of [1, 2, 3]) c.restart(id);
    c.advance(2000);
    return c;
  }

  it("majority mode never acknowledges divergent writes (300 schedules)", () => {
    fc.assert(
      fc.property(fc.integer(), schedule, (seed, steps) => {
        expect(run("majority", seed, steps).violations()).toEqual([]);
      }),
      { numRuns: 300, seed: 99 },
    );
  });

  it("naive mode diverges on some schedules, and the same seed always gives the same verdict", () => {
    const verdicts = fc.sample(fc.tuple(fc.integer(), schedule), { numRuns: 200, seed: 5 }).map(([seed, steps]) => ({
      seed,
      steps,
      divergent: run("naive", seed, steps).diagnostics().divergent,
    }));
    expect(verdicts.some((v) => v.divergent)).toBe(true);
    for (const v of verdicts.slice(0, 20)) expect(run("naive", v.seed, v.steps).diagnostics().divergent).toBe(v.divergent);
  });
});

describe("saved runs replay exactly", () => {
  const same = (a: SplitBrainCluster, b: SplitBrainCluster) => {
    expect(a.time).toBe(b.time);
    expect(a.nodes()).toEqual(b.nodes());
    expect(a.writes()).toEqual(b.writes());
    expect(a.diagnostics()).toEqual(b.diagnostics());
    expect(a.violations()).toEqual(b.violations());
    expect(a.inFlight()).toEqual(b.inFlight());
  };

  it("a naive run that loses an acknowledged write replays from its record to the same loss", () => {
    const { c, leader } = settled("naive", 3);
    const others = [1, 2, 3].filter((id) => id !== leader);
    c.partition([[leader], others]);
    // Stop the moment the cut-off majority promotes its own leader, and write to both sides there.
    expect(c.runUntil((k) => k.leaders().length === 2, 1000)).toBe(true);
    const newLeader = c.leaders().find((l) => l.id !== leader)!.id;
    expect(c.write("x=1 (old leader)", leader)).toMatchObject({ ok: true, acked: true });
    expect(c.write("x=2 (new side)", newLeader)).toMatchObject({ ok: true, acked: true });
    c.advance(500);
    c.heal();
    c.advance(1000);
    expect(c.diagnostics().lostWrites.map((w) => w.value)).toEqual(["x=1 (old leader)"]);
    const saved: SplitBrainRunRecord = JSON.parse(JSON.stringify(c.runRecord()));
    expect(saved.actions.map((a) => a.kind)).toEqual(["write", "partition", "write", "write", "heal"]);
    same(replaySplitBrain(saved.config, saved.actions, saved.end), c);
    same(replaySplitBrain({ mode: "naive", seed: 3, nodes: 3 }, c.actions, c.time), c);
  });

  it("restore rewinds the recorded actions with the state", () => {
    const { c, leader } = settled("naive", 4);
    const snap = c.snapshot();
    partitionAndWrite(c, leader);
    c.restore(snap);
    expect(c.actions.map((a) => a.kind)).toEqual(["write"]);
    same(replaySplitBrain(c.config, c.actions, c.runRecord().end), c);
  });

  const replayArb = fc.record({
    mode: fc.constantFrom<SplitBrainMode>("naive", "majority"),
    seed: fc.integer(),
    latency: fc.constantFrom<[number, number]>([5, 5], [10, 10], [10, 20]),
    dropRate: fc.constantFrom(0, 0.1),
    steps: fc.array(fc.record({ pause: pauseArb(400), step: stepArb }), { minLength: 5, maxLength: 40 }),
  });

  it("300 schedules with mid-millisecond stops: replay(config, actions, end) gives the same nodes, writes and verdict", () => {
    fc.assert(
      fc.property(replayArb, ({ steps, ...config }) => {
        const c = createSplitBrainCluster({ ...config, nodes: 3 });
        const writes = { n: 0 };
        for (const s of steps) {
          pause(c, s.pause);
          applyStep(c, s.step, writes);
        }
        const saved: SplitBrainRunRecord = JSON.parse(JSON.stringify(c.runRecord()));
        const again = replaySplitBrain(saved.config, saved.actions, saved.end);
        same(again, c);
        expect(again.runRecord()).toEqual(c.runRecord());
      }),
      { numRuns: 300, seed: 2012 },
    );
  });
});

describe("snapshots", () => {
  it("restore rewinds and the same actions replay the same outcome", () => {
    const { c, leader } = settled("naive", 4);
    const snap = c.snapshot();
    const go = () => {
      partitionAndWrite(c, leader);
      return { nodes: c.nodes(), writes: c.writes(), v: c.violations() };
    };
    const first = go();
    c.restore(snap);
    expect(go()).toEqual(first);
  });
});

describe("fencing tokens (naive failover + a storage that refuses older tokens)", () => {
  it("the cut-off old primary still believes it leads, but once the new primary has written, the storage refuses its writes", () => {
    const { c, leader } = settled("fencing");
    const others = [1, 2, 3].filter((id) => id !== leader);
    c.partition([[leader], others]);
    c.advance(1000);
    const newLeader = c.leaders().find((l) => l.id !== leader)!;
    expect(c.leaders().map((l) => l.id)).toContain(leader); // two primaries, as with naive failover
    expect(c.write("x=2 (new side)", newLeader.id)).toMatchObject({ ok: true, acked: true, slot: 2 });
    const stale = c.write("x=1 (old leader)", leader);
    expect(stale).toEqual({ ok: false, reason: `fenced: the storage has seen token ${newLeader.epoch}, N${leader} holds 1` });
    expect(c.storage().entries.map((e) => e.command)).toEqual(["x=0", "x=2 (new side)"]);
    expect(c.storage().fenced.map((f) => f.value)).toEqual(["x=1 (old leader)"]);
    c.heal();
    c.advance(1000);
    expect(c.violations()).toEqual([]);
    expect(c.trace().some((t) => /storage refuses "x=1 \(old leader\)"/.test(t.text))).toBe(true);
  });

  it("a fork and a snapshot carry the storage and the trace", () => {
    const { c } = settled("fencing");
    const f = c.fork();
    expect(f.storage()).toEqual(c.storage());
    expect(f.trace()).toEqual(c.trace());
    f.advance(100);
    expect(c.time).not.toBe(f.time);
  });
});
