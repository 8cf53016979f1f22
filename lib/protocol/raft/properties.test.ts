// Property tests: random fault schedules (crashes, restarts, partitions, heals, drop
// rates, forced timeouts, proposals) must never break Figure 3's safety properties,
// checked after every single event, and must never lose a committed entry.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { createRaftCluster, replayRaft } from "./index";
import type { RaftAction } from "./cluster-types";
import type { Entry } from "./types";
import { pause, pauseArb } from "../testing/pauses";

const RUNS = 1000;

function actionArb(n: number): fc.Arbitrary<RaftAction> {
  const id = fc.integer({ min: 1, max: n });
  return fc.oneof(
    { weight: 4, arbitrary: fc.string({ minLength: 1, maxLength: 3 }).map((command) => ({ type: "propose" as const, command })) },
    { weight: 2, arbitrary: id.map((i) => ({ type: "crash" as const, id: i })) },
    { weight: 2, arbitrary: id.map((i) => ({ type: "restart" as const, id: i })) },
    {
      weight: 1,
      arbitrary: fc
        .array(fc.integer({ min: 0, max: 2 }), { minLength: n, maxLength: n })
        .map((side) => ({
          type: "partition" as const,
          groups: [0, 1, 2].map((g) => side.flatMap((s, i) => (s === g ? [i + 1] : []))).filter((g) => g.length > 0),
        })),
    },
    { weight: 1, arbitrary: fc.constant({ type: "heal" as const }) },
    { weight: 1, arbitrary: fc.integer({ min: 0, max: 40 }).map((p) => ({ type: "dropRate" as const, p: p / 100 })) },
    { weight: 1, arbitrary: id.map((i) => ({ type: "timeout" as const, id: i })) },
  );
}

const scheduleArb = fc
  .record({
    nodes: fc.constantFrom(3, 5),
    seed: fc.integer({ min: 0, max: 2 ** 31 - 1 }),
    fastBackup: fc.boolean(),
    // Up to 120 ms one way, so messages from old terms arrive long after newer ones. The election
    // timeout stays above heartbeat + slowest message, or the engine refuses the config (no leader lasts).
    net: fc.constantFrom(
      { latency: [10, 20] as [number, number], electionTimeout: [150, 300] as [number, number] },
      { latency: [1, 50] as [number, number], electionTimeout: [150, 300] as [number, number] },
      { latency: [5, 120] as [number, number], electionTimeout: [200, 400] as [number, number] },
    ),
  })
  .map(({ net, ...rest }) => ({ ...rest, ...net }))
  .chain((base) =>
    fc.record({
      base: fc.constant(base),
      steps: fc.array(fc.record({ wait: fc.integer({ min: 0, max: 300 }), action: actionArb(base.nodes) }), {
        minLength: 10,
        maxLength: 60,
        size: "max",
      }),
    }),
  );

describe("random fault schedules (Figure 3 after every event)", () => {
  it(`${RUNS} schedules: no safety violation, and nothing committed is ever lost`, () => {
    fc.assert(
      fc.property(scheduleArb, ({ base, steps }) => {
        const c = createRaftCluster({ ...base, traceLimit: 0 });
        // An oracle independent of the checker: every commit seen on any node, by index.
        const seen = new Map<number, Entry>();
        const observeCommits = () => {
          for (const v of c.nodes()) {
            for (let i = 1; i <= v.commitIndex; i++) {
              const had = seen.get(i);
              if (had === undefined) seen.set(i, v.log[i - 1]);
              else expect(v.log[i - 1]).toEqual(had);
            }
          }
        };
        for (const { wait, action } of steps) {
          c.apply(action);
          // runUntil evaluates after every event, so this stops at the first violation.
          expect(c.runUntil((x) => x.violations().length > 0, wait)).toBe(false);
          observeCommits();
        }
        // Heal everything and let the cluster commit one more entry everywhere.
        c.heal();
        c.setDropRate(0);
        for (let id = 1; id <= base.nodes; id++) c.restart(id);
        // Like the 6.824 one(): a proposal can be lost to a leader change, so retry.
        let done = false;
        for (let attempt = 0; attempt < 20 && !done; attempt++) {
          c.runUntil((x) => x.leader() !== null, 5000);
          const r = c.propose(`final-${attempt}`);
          if (!r.ok) continue;
          done = c.runUntil((x) => x.nodes().every((v) => v.commitIndex >= r.index && v.log[r.index - 1].command === `final-${attempt}`), 5000);
        }
        expect(c.violations()).toEqual([]); // the checker ran after every recovery event too
        expect(done).toBe(true);
        observeCommits();
        // Every entry ever committed is still in every log, at its index.
        for (const v of c.nodes()) for (const [i, e] of seen) expect(v.log[i - 1]).toEqual(e);
      }),
      { numRuns: RUNS, seed: 20240501 },
    );
  });
});

describe("random schedules replay exactly", () => {
  it("200 schedules: replaying the run record gives the same trace and the same nodes", () => {
    fc.assert(
      fc.property(scheduleArb, ({ base, steps }) => {
        const c = createRaftCluster({ ...base, traceLimit: 50 });
        for (const { wait, action } of steps) {
          c.apply(action);
          c.advance(wait);
        }
        const again = replayRaft(JSON.parse(JSON.stringify(c.runRecord())));
        expect(again.trace()).toEqual(c.trace());
        expect(again.nodes()).toEqual(c.nodes());
      }),
      { numRuns: 200, seed: 7 },
    );
  });

  it("300 schedules with runUntil stops mid-millisecond: the record puts each action back at its event", () => {
    // Between actions the schedule either advances or runs a few events and stops, often with
    // more events queued for the same millisecond: the next action must replay right there.
    const arb = scheduleArb.chain(({ base, steps }) =>
      fc.record({
        base: fc.constant({ ...base, latency: [5, 5] as [number, number] }),
        steps: fc.constant(steps.slice(0, 30)),
        pauses: fc.array(pauseArb(300), { minLength: steps.length, maxLength: steps.length }),
      }),
    );
    fc.assert(
      fc.property(arb, ({ base, steps, pauses }) => {
        const c = createRaftCluster({ ...base, traceLimit: 50 });
        steps.forEach(({ action }, i) => {
          c.apply(action);
          pause(c, pauses[i]);
        });
        const again = replayRaft(JSON.parse(JSON.stringify(c.runRecord())));
        expect(again.trace()).toEqual(c.trace());
        expect(again.nodes()).toEqual(c.nodes());
        expect(again.violations()).toEqual(c.violations());
        expect(again.runRecord()).toEqual(c.runRecord());
      }),
      { numRuns: 300, seed: 8 },
    );
  });
});
