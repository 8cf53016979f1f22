import { describe, expect, it } from "vitest";
import fc from "fast-check";
import {
  COORDINATOR_CRASH_POINTS, createTwoPhaseCommit, PARTICIPANT_CRASH_POINTS, replayTwoPhaseCommit,
  type CrashPoint, type TpcBugs, type TpcRunRecord, type TwoPhaseCommit,
} from "./index";
import { applyFault, faultStepArbs, type FaultShape, type FaultStep } from "../testing/fault-steps";
import { pause, pauseArb } from "../testing/pauses";

// Random schedules: votes, injected crashes at protocol steps, crashes and restarts at random
// times, partitions, drops and delays. After every event: no participant commits while another
// aborts, and no commit without every YES (Bernstein et al. 1987 §7.2). After all faults are
// repaired, every participant must reach the same outcome (2PC terminates once nodes recover).

type Step = { kind: "begin" } | FaultStep;

// A coordinator + up to 4 participants; partitions into two sides.
const faults: FaultShape = { maxNodes: 5, sides: 2, crashWeight: 3, maxDelayMs: 80 };

const stepArb: fc.Arbitrary<Step> = fc.oneof({ weight: 1, arbitrary: fc.constant({ kind: "begin" as const }) }, ...faultStepArbs(faults));

const injectedArb = fc.array(
  fc.oneof(
    fc.record({ node: fc.constant(1), at: fc.constantFrom<CrashPoint>(...COORDINATOR_CRASH_POINTS) }),
    fc.record({ node: fc.integer({ min: 2, max: 5 }), at: fc.constantFrom<CrashPoint>(...PARTICIPANT_CRASH_POINTS) }),
  ),
  { maxLength: 3 },
);

const scheduleArb = fc.record({
  seed: fc.integer({ min: 0, max: 2 ** 31 - 1 }),
  participants: fc.integer({ min: 1, max: 4 }),
  votes: fc.array(fc.constantFrom("yes" as const, "yes" as const, "no" as const), { maxLength: 4 }),
  cooperativeTermination: fc.boolean(),
  latency: fc.tuple(fc.integer({ min: 1, max: 20 }), fc.integer({ min: 0, max: 30 })).map(([lo, s]) => [lo, lo + s] as [number, number]),
  injected: injectedArb,
  steps: fc.array(fc.record({ wait: fc.integer({ min: 0, max: 80 }), step: stepArb }), { minLength: 1, maxLength: 20, size: "max" }),
});
type Schedule = typeof scheduleArb extends fc.Arbitrary<infer T> ? T : never;

function apply(c: TwoPhaseCommit, step: Step): void {
  if (step.kind === "begin") return void c.begin();
  applyFault(c, step, c.config.participants + 1, faults.sides);
}

function runSchedule(s: Schedule, bugs: Partial<TpcBugs> = {}) {
  const crashes = s.injected.filter((x) => x.node <= s.participants + 1);
  const c = createTwoPhaseCommit({
    seed: s.seed, participants: s.participants, votes: s.votes.slice(0, s.participants), latency: s.latency,
    cooperativeTermination: s.cooperativeTermination, crashes, bugs,
  });
  const broken = (k: TwoPhaseCommit) => k.violations().length > 0;
  c.begin();
  for (const { wait, step } of s.steps) {
    if (c.runUntil(broken, wait)) return c;
    apply(c, step);
    if (broken(c)) return c;
  }
  // Repair everything: every node up, network healed and reliable. An armed crash may only fire
  // now, even in a recovering coordinator's broadcast; each fires once, so one more round than
  // there are armed crashes brings every node back for good.
  c.heal();
  c.setDropRate(0);
  for (let round = 0; round <= crashes.length + 1; round++) {
    for (let id = 1; id <= s.participants + 1; id++) c.restart(id);
    if (c.runUntil(broken, 3000)) return c;
  }
  return c;
}

describe("2PC atomicity under random fault schedules", () => {
  it("never commits at one participant and aborts at another, checked after every event; all decide once repaired", () => {
    fc.assert(
      fc.property(scheduleArb, (s) => {
        const c = runSchedule(s);
        expect(c.violations()).toEqual([]);
        expect(["committed", "aborted"]).toContain(c.outcome());
      }),
      { numRuns: 400, seed: 1987 },
    );
  });

  it("both outcomes occur (the property is not vacuous)", () => {
    const outcomes = fc.sample(scheduleArb, { numRuns: 200, seed: 3 }).map((s) => runSchedule(s).outcome());
    expect(outcomes.filter((o) => o === "committed").length).toBeGreaterThan(20);
    expect(outcomes.filter((o) => o === "aborted").length).toBeGreaterThan(20);
  });
});

describe("a saved run replays exactly, even from mid-millisecond stops", () => {
  // Votes, injected and user crashes, network faults; between steps the schedule advances or runs
  // a few events and stops, often with more events queued for the same millisecond (fixed
  // latencies make such ties common). The record goes through JSON, as a saved timeline would.
  const replayArb = fc.record({
    seed: fc.integer({ min: 0, max: 2 ** 31 - 1 }),
    participants: fc.integer({ min: 1, max: 4 }),
    noProbability: fc.constantFrom(0, 0.3),
    cooperativeTermination: fc.boolean(),
    latency: fc.constantFrom<[number, number]>([10, 10], [5, 5], [1, 3], [10, 20]),
    dropRate: fc.constantFrom(0, 0.1),
    injected: injectedArb,
    steps: fc.array(fc.record({ pause: pauseArb(80), step: stepArb }), { minLength: 1, maxLength: 20 }),
    last: pauseArb(600),
  });

  it("300 schedules: replay(config, actions, end) gives the same trace, nodes, outcome and record", () => {
    fc.assert(
      fc.property(replayArb, ({ steps, last, injected, ...config }) => {
        const c = createTwoPhaseCommit({ ...config, crashes: injected.filter((x) => x.node <= config.participants + 1) });
        c.begin();
        for (const s of steps) {
          pause(c, s.pause);
          apply(c, s.step);
        }
        pause(c, last);
        const saved: TpcRunRecord = JSON.parse(JSON.stringify(c.runRecord()));
        const again = replayTwoPhaseCommit(saved.config, saved.actions, saved.end);
        expect(again.trace).toEqual(c.trace);
        expect(again.nodes()).toEqual(c.nodes());
        expect(again.outcome()).toBe(c.outcome());
        expect(again.violations()).toEqual(c.violations());
        expect(again.inFlight()).toEqual(c.inFlight());
        expect(again.runRecord()).toEqual(c.runRecord());
      }),
      { numRuns: 300, seed: 1978 },
    );
  });
});

describe("mutation check: aborting an in-doubt participant on a timeout breaks atomicity", () => {
  it("the same search finds a schedule where one participant commits and another aborts", () => {
    const result = fc.check(
      fc.property(scheduleArb, (s) => runSchedule(s, { inDoubtTimeoutAborts: true }).violations().length === 0),
      { numRuns: 400, seed: 1987 },
    );
    expect(result.failed).toBe(true);
    const c = runSchedule(result.counterexample![0], { inDoubtTimeoutAborts: true });
    expect(c.violations().join("\n")).toMatch(/atomicity broken|committed but the coordinator decided abort|aborted but the coordinator decided commit/);
  });

  it("the textbook case: COMMIT reached one participant, the coordinator died, the other gives up and aborts", () => {
    const c = createTwoPhaseCommit({
      seed: 1, participants: 2, latency: [10, 10], crashes: [{ node: 1, at: "mid-broadcast" }],
      bugs: { inDoubtTimeoutAborts: true },
    });
    c.begin();
    c.advance(500);
    expect(c.participants().map((p) => p.status)).toEqual(["committed", "aborted"]);
    expect(c.violations()).toContain("atomicity broken: participant(s) 2 committed while 3 aborted");
  });
});
