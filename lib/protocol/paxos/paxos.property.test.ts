import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { applyFault, faultStepArbs, type FaultShape, type FaultStep } from "../testing/fault-steps";
import { pause, pauseArb } from "../testing/pauses";
import { createPaxosCluster, replayPaxos, type PaxosBugs, type PaxosCluster } from "./index";

// Random fault schedules: several proposers, crashes and restarts of any node, partitions,
// random and user drops, delays. Safety (at most one value chosen, learners agree with it) must
// hold after every single event (Paxos Made Simple §2.1 "Safety requirements").

type Step = { kind: "propose"; proposer: number; value: string } | FaultStep;

// Up to 3 proposers + 5 acceptors; partitions into up to three sides.
const faults: FaultShape = { maxNodes: 8, sides: 3, crashWeight: 2, maxDelayMs: 60 };

const stepArb: fc.Arbitrary<Step> = fc.oneof(
  { weight: 4, arbitrary: fc.record({ kind: fc.constant("propose" as const), proposer: fc.integer({ min: 1, max: 3 }), value: fc.constantFrom("a", "b", "c", "d") }) },
  ...faultStepArbs(faults),
);

const scheduleArb = fc.record({
  seed: fc.integer({ min: 0, max: 2 ** 31 - 1 }),
  proposers: fc.integer({ min: 1, max: 3 }),
  acceptors: fc.constantFrom(1, 3, 4, 5),
  latency: fc.tuple(fc.integer({ min: 1, max: 20 }), fc.integer({ min: 0, max: 30 })).map(([lo, spread]) => [lo, lo + spread] as [number, number]),
  retryTimeout: fc.integer({ min: 20, max: 250 }),
  backoff: fc.constantFrom<[number, number]>([0, 0], [0, 30], [0, 100]),
  steps: fc.array(fc.record({ wait: fc.integer({ min: 0, max: 60 }), step: stepArb }), { minLength: 2, maxLength: 30, size: "max" }),
});
type Schedule = typeof scheduleArb extends fc.Arbitrary<infer T> ? T : never;

function apply(c: PaxosCluster, step: Step): void {
  if (step.kind === "propose") return void c.propose(((step.proposer - 1) % c.config.proposers) + 1, step.value);
  applyFault(c, step, c.config.proposers + c.config.acceptors, faults.sides);
}

/** Runs a schedule; returns the violations seen at the first event that broke safety, if any. */
function runSchedule(s: Schedule, bugs: Partial<PaxosBugs> = {}): { violations: string[]; cluster: PaxosCluster } {
  const c = createPaxosCluster({ ...s, bugs });
  const broken = (k: PaxosCluster) => k.violations().length > 0;
  for (const { wait, step } of s.steps) {
    if (c.runUntil(broken, wait)) break;
    apply(c, step);
    if (broken(c)) break;
  }
  if (!broken(c)) {
    c.heal();
    c.setDropRate(0);
    c.runUntil(broken, 1500);
  }
  return { violations: c.violations(), cluster: c };
}

describe("Paxos safety under random fault schedules", () => {
  it("never chooses two values and every learner agrees, checked after every event (1,000 schedules)", () => {
    fc.assert(
      fc.property(scheduleArb, (s) => {
        expect(runSchedule(s).violations).toEqual([]);
      }),
      { numRuns: 1000, seed: 20010101 },
    );
  });

  it("values do get chosen in most schedules (the property is not vacuous)", () => {
    const samples = fc.sample(scheduleArb, { numRuns: 200, seed: 7 });
    const withProposal = samples.filter((s) => s.steps.some((x) => x.step.kind === "propose"));
    const decided = withProposal.filter((s) => runSchedule(s).cluster.chosen() !== null);
    expect(decided.length / withProposal.length).toBeGreaterThan(0.6);
  });

  it("a schedule replays to the identical trace from (seed, config, actions)", () => {
    fc.assert(
      fc.property(scheduleArb, (s) => {
        const { cluster } = runSchedule(s);
        const again = replayPaxos({ ...s }, cluster.actions, cluster.time);
        expect(again.trace).toEqual(cluster.trace);
      }),
      { numRuns: 100, seed: 99 },
    );
  });
});

describe("a saved run replays exactly, even from mid-millisecond stops", () => {
  // Same faults and proposals, but between steps the schedule either advances or runs a few events
  // and stops, often with more events queued for the same millisecond. Fixed latencies make such
  // ties common. The record goes through JSON, as a saved timeline would.
  const replayArb = fc.record({
    seed: fc.integer({ min: 0, max: 2 ** 31 - 1 }),
    proposers: fc.integer({ min: 1, max: 3 }),
    acceptors: fc.constantFrom(3, 5),
    latency: fc.constantFrom<[number, number]>([5, 5], [10, 10], [1, 3], [10, 20]),
    dropRate: fc.constantFrom(0, 0.1),
    steps: fc.array(fc.record({ pause: pauseArb(60), step: stepArb }), { minLength: 2, maxLength: 25 }),
    last: pauseArb(400),
  });

  it("300 schedules: replay(config, actions, end) gives the same trace, nodes, chosen value and record", () => {
    fc.assert(
      fc.property(replayArb, ({ steps, last, ...config }) => {
        const c = createPaxosCluster(config);
        for (const s of steps) {
          pause(c, s.pause);
          apply(c, s.step);
        }
        pause(c, last);
        const saved: ReturnType<PaxosCluster["runRecord"]> = JSON.parse(JSON.stringify(c.runRecord()));
        const again = replayPaxos(saved.config, saved.actions, saved.end);
        expect(again.trace).toEqual(c.trace);
        expect(again.nodes()).toEqual(c.nodes());
        expect(again.chosen()).toEqual(c.chosen());
        expect(again.decisions()).toEqual(c.decisions());
        expect(again.violations()).toEqual(c.violations());
        expect(again.inFlight()).toEqual(c.inFlight());
        expect(again.runRecord()).toEqual(c.runRecord());
      }),
      { numRuns: 300, seed: 2001 },
    );
  });
});

describe("mutation check: the checker catches a broken Paxos", () => {
  // The same search, against deliberately broken rules, must find a schedule that chooses two values.
  for (const bug of ["acceptorIgnoresPromises", "proposerIgnoresAcceptedValues"] as const) {
    it(`${bug} leads to "two values chosen"`, () => {
      const result = fc.check(
        fc.property(scheduleArb, (s) => runSchedule(s, { [bug]: true }).violations.length === 0),
        { numRuns: 1000, seed: 20010101 },
      );
      expect(result.failed).toBe(true);
      const [counterexample] = result.counterexample!;
      expect(runSchedule(counterexample, { [bug]: true }).violations.join("\n")).toMatch(/two values chosen/);
    });
  }

  it("acceptorIgnoresPromises: the textbook interleaving", () => {
    // P1's accept(1.1) lands after the acceptors promised P2's ballot 1.2. A correct acceptor
    // refuses it; the broken one accepts, so "x" is chosen at 1.1 and then "y" at 1.2.
    const run = (bugs: Partial<PaxosBugs>) => {
      const c = createPaxosCluster({ seed: 1, proposers: 2, acceptors: 3, latency: [10, 10], bugs });
      c.propose(1, "x");
      c.advance(5);
      c.propose(2, "y");
      c.advance(200);
      return c;
    };
    expect(run({}).violations()).toEqual([]);
    expect(run({}).chosen()!.value).toBe("y");
    expect(run({ acceptorIgnoresPromises: true }).violations()).toContain(
      'two values chosen: "x" at ballot 1.1 (t=30) and "y" at ballot 1.2 (t=35)',
    );
  });
});
