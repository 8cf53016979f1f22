/**
 * Lamport and vector clocks over an event trace (Lamport 1978; Mattern 1989).
 *
 * ```ts
 * const a = analyzeTrace({ processes: 2, events: [
 *   { id: "A1", process: 1, kind: "send", to: 2, message: "m1" },
 *   { id: "B1", process: 2, kind: "local" },
 *   { id: "B2", process: 2, kind: "receive", message: "m1" },
 * ] });
 * a.event("B2").lamport;       // 2
 * a.event("B2").vector;        // [1, 2]
 * a.happensBefore("A1", "B2"); // true
 * a.concurrent("A1", "B1");    // true, although L(A1) = L(B1) = 1
 * generateClockExercise(seed); // seeded trace + questions answered by the engine
 * ```
 * L(a) < L(b) does not imply a → b; V(a) < V(b) exactly when a → b.
 */
export { analyzeTrace, compareVectors, type ClockAnalysis, type VectorOrder } from "./analyze";
export {
  eventLabel, generateClockExercise, generateClockTrace,
  type ClockExercise, type ClockExerciseOptions, type ClockQuestion,
} from "./exercise";
export { ClockTraceError, type ClockTraceErrorCode, type StampedEvent, type Trace, type TraceEvent } from "./types";
