// Test-only: the random network faults shared by the Paxos and 2PC property tests (crash and
// restart any node, partition, heal, random drop rate, drop or delay one in-flight message).
// Each test puts its own client steps in front; the arbitraries are built in a fixed order so
// a fixed fast-check seed keeps generating the same schedules. Not part of the public API.

import fc from "fast-check";

export type FaultStep =
  | { kind: "crash" | "restart"; node: number }
  | { kind: "partition"; sides: number[] }
  | { kind: "heal" }
  | { kind: "drop-rate"; percent: number }
  | { kind: "drop-message" | "delay-message"; pick: number; ms: number };

export interface FaultShape {
  /** Most nodes a schedule can have; node picks wrap around to the actual count. */
  maxNodes: number;
  /** Number of partition sides a node can be put on. */
  sides: number;
  crashWeight: number;
  maxDelayMs: number;
}

/** Weighted arbitraries for fc.oneof, after the protocol's own steps. */
export function faultStepArbs(o: FaultShape): Array<fc.WeightedArbitrary<FaultStep>> {
  return [
    { weight: o.crashWeight, arbitrary: fc.record({ kind: fc.constantFrom("crash" as const, "restart" as const), node: fc.integer({ min: 1, max: o.maxNodes }) }) },
    { weight: 1, arbitrary: fc.record({ kind: fc.constant("partition" as const), sides: fc.array(fc.integer({ min: 0, max: o.sides - 1 }), { minLength: o.maxNodes, maxLength: o.maxNodes }) }) },
    { weight: 1, arbitrary: fc.constant({ kind: "heal" as const }) },
    { weight: 1, arbitrary: fc.record({ kind: fc.constant("drop-rate" as const), percent: fc.integer({ min: 0, max: 40 }) }) },
    { weight: 2, arbitrary: fc.record({ kind: fc.constantFrom("drop-message" as const, "delay-message" as const), pick: fc.nat(), ms: fc.integer({ min: 1, max: o.maxDelayMs }) }) },
  ];
}

/** The driver calls a fault step needs (PaxosCluster and TwoPhaseCommit both have them). */
export interface FaultTarget {
  crash(id: number): void;
  restart(id: number): void;
  partition(groups: number[][]): void;
  heal(): void;
  setDropRate(p: number): void;
  inFlight(): ReadonlyArray<{ id: number }>;
  dropMessage(id: number): boolean;
  delayMessage(id: number, ms: number): number | null;
}

/** Apply one fault to a cluster of `n` nodes (ids 1..n). */
export function applyFault(c: FaultTarget, step: FaultStep, n: number, sides: number): void {
  const node = (x: number) => ((x - 1) % n) + 1;
  switch (step.kind) {
    case "crash": return c.crash(node(step.node));
    case "restart": return c.restart(node(step.node));
    case "partition": {
      const groups: number[][] = Array.from({ length: sides }, () => []);
      for (let id = 1; id <= n; id++) groups[step.sides[id - 1]].push(id);
      return c.partition(groups.filter((g) => g.length > 0));
    }
    case "heal": return c.heal();
    case "drop-rate": return c.setDropRate(step.percent / 100);
    default: {
      const wire = c.inFlight();
      if (wire.length === 0) return;
      const id = wire[step.pick % wire.length].id;
      if (step.kind === "drop-message") c.dropMessage(id);
      else c.delayMessage(id, step.ms);
    }
  }
}
