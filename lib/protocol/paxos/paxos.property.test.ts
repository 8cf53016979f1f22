import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { createPaxosCluster, replayPaxos, type PaxosBugs, type PaxosCluster } from "./index";

// Random fault schedules: several proposers, crashes and restarts of any node, partitions,
// random and user drops, delays. Safety (at most one value chosen, learners agree with it) must
// hold after every single event (Paxos Made Simple §2.1 "Safety requirements").

type Step =
  | { kind: "propose"; proposer: number; value: string }
  | { kind: "crash" | "restart"; node: number }
  | { kind: "partition"; sides: number[] }
  | { kind: "heal" }
  | { kind: "drop-rate"; percent: number }
  | { kind: "drop-message" | "delay-message"; pick: number; ms: number };

const stepArb: fc.Arbitrary<Step> = fc.oneof(
  { weight: 4, arbitrary: fc.record({ kind: fc.constant("propose" as const), proposer: fc.integer({ min: 1, max: 3 }), value: fc.constantFrom("a", "b", "c", "d") }) },
  { weight: 2, arbitrary: fc.record({ kind: fc.constantFrom("crash" as const, "restart" as const), node: fc.integer({ min: 1, max: 8 }) }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant("partition" as const), sides: fc.array(fc.integer({ min: 0, max: 2 }), { minLength: 8, maxLength: 8 }) }) },
  { weight: 1, arbitrary: fc.constant({ kind: "heal" as const }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant("drop-rate" as const), percent: fc.integer({ min: 0, max: 40 }) }) },
  { weight: 2, arbitrary: fc.record({ kind: fc.constantFrom("drop-message" as const, "delay-message" as const), pick: fc.nat(), ms: fc.integer({ min: 1, max: 60 }) }) },
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
  const n = c.config.proposers + c.config.acceptors;
  const node = (x: number) => ((x - 1) % n) + 1;
  switch (step.kind) {
    case "propose": return void c.propose(((step.proposer - 1) % c.config.proposers) + 1, step.value);
    case "crash": return c.crash(node(step.node));
    case "restart": return c.restart(node(step.node));
    case "partition": {
      const groups: number[][] = [[], [], []];
      for (let id = 1; id <= n; id++) groups[step.sides[id - 1]].push(id);
      return c.partition(groups.filter((g) => g.length > 0));
    }
    case "heal": return c.heal();
    case "drop-rate": return c.setDropRate(step.percent / 100);
    case "drop-message":
    case "delay-message": {
      const wire = c.inFlight();
      if (wire.length === 0) return;
      const id = wire[step.pick % wire.length].id;
      if (step.kind === "drop-message") c.dropMessage(id);
      else c.delayMessage(id, step.ms);
    }
  }
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
