// Shapes shared by the checker, the models and the parsers. The first two are the public
// contract in shared/docs/protocol-api.md; keep their fields as they are.

/**
 * One completed (or pending) call on a concurrent object. The interval [call, return] is
 * CLOSED: two operations whose intervals touch (a.return === b.call) are concurrent.
 * Times are plain numbers (simulated ms, log line numbers...); only their order matters.
 */
export interface Operation<I, O> {
  clientId: number;
  input: I;
  call: number;
  output: O;
  return: number;
}

/**
 * A sequential specification, as in Porcupine's model.go: `step` says whether `output` is a
 * legal answer to `input` in `state` and gives the next state. `step` must be pure.
 *
 * `hash` is a fingerprint: equal states must hash equally. The checker memoizes
 * (linearized set, state) pairs, so a good hash is what keeps the search fast.
 * - hash and equal: states with the same fingerprint are compared with `equal`.
 * - hash only: the hash is taken to be canonical (equal iff hashes are equal).
 * - equal only: every state shares one fingerprint and `equal` decides (Porcupine's way).
 * - neither: the state itself (primitives) or its key-sorted JSON is the canonical key.
 */
export interface Model<S, I, O> {
  init(): S;
  /** When ok is false the state is ignored, so a shared rejection object may be returned. */
  step(state: S, input: I, output: O): { ok: boolean; state: S };
  equal?(a: S, b: S): boolean;
  hash?(state: S): string | number;
  partition?(history: Operation<I, O>[]): Operation<I, O>[][];
  describeOperation?(input: I, output: O): string;
  describeState?(state: S): string;
  /**
   * Optional speed-up: true if this operation, whenever it is legal, leaves every state
   * unchanged (a read; a cas that failed). The checker then places it as soon as it is legal
   * instead of branching on it (see search.ts). Claiming this for an operation that can
   * change some state (a write, even of the current value) makes verdicts wrong.
   */
  isReadOnly?(input: I, output: O): boolean;
}

export interface LinearizabilityOptions {
  /**
   * Give up with verdict "unknown" after this many ms. The engine never reads a clock
   * except through `now`, and polls it only every 4096 search steps, so the budget can be
   * overrun by a few thousand steps (well under a millisecond on the logs we test).
   */
  timeoutMs?: number;
  /** Clock for `timeoutMs`; defaults to globalThis.performance.now (a web-standard global). */
  now?: () => number;
  /**
   * Deterministic budget: give up with "unknown" after this many search steps in total
   * (one step = one visit of a call or return entry). Same history + same budget gives the
   * same answer on every machine, which a wall-clock timeout cannot promise.
   */
  maxSteps?: number;
  /**
   * Partitions (e.g. keys) are searched in interleaved slices of steps. By default the
   * check stops at the first partition proven illegal, as Porcupine kills its other
   * goroutines, and unfinished partitions are reported "skipped". Set this to finish every
   * partition (within the budgets) so each failing key can be explained.
   */
  checkAllPartitions?: boolean;
}

export type LinearizabilityVerdict = "ok" | "illegal" | "unknown";

/** One operation placed in a (partial) linearization, with the state it leaves behind. */
export interface LinearizedStep<S, I, O> {
  /** Index of the operation in the history given to checkOperations (-1 if unknown). */
  index: number;
  operation: Operation<I, O>;
  description: string;
  stateAfter: S;
  stateDescription: string;
}

/** Why a partition is not linearizable, phrased for a learner. */
export interface LinearizationFailure<S, I, O> {
  /** The operation whose return the search could not get past: it had to take effect by
   *  then, but no order of the still-open operations lets it. */
  index: number;
  operation: Operation<I, O>;
  description: string;
  /** State at the end of the longest linearizable prefix, where `operation` did not fit. */
  state: S;
  stateDescription: string;
  /** Every operation that could have gone next after the prefix, and whether the model
   *  accepts it in `state` (accepted ones lead only to dead ends further on). */
  candidates: { index: number; description: string; legalNow: boolean }[];
}

export interface LinearizabilityPartition<S, I, O> {
  verdict: LinearizabilityVerdict | "skipped";
  operations: Operation<I, O>[];
  /** "ok": a full linearization. Otherwise the longest linearizable prefix found. */
  linearization: LinearizedStep<S, I, O>[];
  failure: LinearizationFailure<S, I, O> | null;
  steps: number;
}

export interface LinearizabilityResult<S, I, O> {
  verdict: LinearizabilityVerdict;
  /** Set when verdict is "unknown". */
  reason: "timeout" | "step-budget" | null;
  steps: number;
  partitions: LinearizabilityPartition<S, I, O>[];
  /** Human-readable one-paragraph summary of the verdict. */
  explanation: string;
}
