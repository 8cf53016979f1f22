// Test-only: how a random schedule lets simulated time pass between its actions. `advance` runs a
// whole window; `events` runs until that many more events have been handled. The second stops
// wherever the events fall, often between two events due in the same millisecond, the way a
// user's runUntil(predicate) or single-stepping does. A replay has to put the next action there
// too, not after the rest of that millisecond. Not part of the public API.

import fc from "fast-check";

export type Pause = { kind: "advance"; ms: number } | { kind: "events"; count: number; maxMs: number };

export function pauseArb(maxMs: number): fc.Arbitrary<Pause> {
  return fc.oneof(
    fc.record({ kind: fc.constant("advance" as const), ms: fc.integer({ min: 0, max: maxMs }) }),
    fc.record({ kind: fc.constant("events" as const), count: fc.integer({ min: 1, max: 12 }), maxMs: fc.constant(maxMs) }),
  );
}

/** The driver calls a pause needs (every cluster driver has them). */
export interface Runnable {
  advance(ms: number): void;
  runUntil(pred: () => boolean, maxMs: number): boolean;
}

export function pause(c: Runnable, p: Pause): void {
  if (p.kind === "advance") return c.advance(p.ms);
  let seen = 0;
  c.runUntil(() => seen++ >= p.count, p.maxMs); // asked before the first event and after each one
}
