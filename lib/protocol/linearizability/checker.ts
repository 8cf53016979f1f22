// checkOperations: split the history (model.partition, e.g. per key: linearizability is
// compositional, Herlihy & Wing 1990 §3.3), search each part, and turn the raw search
// outcome into something a learner can read: the linearization or the longest prefix, and
// the operation that could not be placed after it.
import { LinearizationSearch, type SearchOutcome } from "./search";
import { canonicalJson, createStateKeyer } from "./state-key";
import type {
  LinearizabilityOptions,
  LinearizabilityResult,
  LinearizationFailure,
  LinearizedStep,
  Model,
  Operation,
  LinearizabilityPartition,
} from "./types";

function validate<I, O>(history: Operation<I, O>[]): void {
  history.forEach((op, i) => {
    if (typeof op.call !== "number" || typeof op.return !== "number" || Number.isNaN(op.call) || Number.isNaN(op.return)) {
      throw new TypeError(`operation ${i}: call and return must be numbers`);
    }
    if (op.return < op.call) {
      throw new RangeError(`operation ${i}: returns at ${op.return}, before its call at ${op.call}`);
    }
  });
}

function describer<S, I, O>(model: Model<S, I, O>) {
  return {
    op: (op: Operation<I, O>) =>
      model.describeOperation
        ? model.describeOperation(op.input, op.output)
        : `${canonicalJson(op.input)} -> ${canonicalJson(op.output)}`,
    state: (s: S) => (model.describeState ? model.describeState(s) : canonicalJson(s)),
  };
}

function explainPartition<S, I, O>(
  model: Model<S, I, O>,
  ops: Operation<I, O>[],
  outcome: SearchOutcome<S>,
  indexOf: (op: Operation<I, O>) => number,
): LinearizabilityPartition<S, I, O> {
  const describe = describer(model);
  const linearization: LinearizedStep<S, I, O>[] = outcome.order.map((k, i) => ({
    index: indexOf(ops[k]),
    operation: ops[k],
    description: describe.op(ops[k]),
    stateAfter: outcome.states[i],
    stateDescription: describe.state(outcome.states[i]),
  }));
  let failure: LinearizationFailure<S, I, O> | null = null;
  if (outcome.verdict === "illegal" && outcome.blocked >= 0) {
    const blocked = ops[outcome.blocked];
    const state = outcome.order.length > 0 ? outcome.states[outcome.states.length - 1] : model.init();
    const placed = new Set(outcome.order);
    // The open operations that were free to go next: called no later than the blocked
    // operation's return (closed intervals), not yet placed.
    const candidates = ops
      .map((op, k) => ({ op, k }))
      .filter(({ op, k }) => !placed.has(k) && op.call <= blocked.return)
      .map(({ op }) => ({
        index: indexOf(op),
        description: describe.op(op),
        legalNow: model.step(state, op.input, op.output).ok,
      }));
    failure = {
      index: indexOf(blocked),
      operation: blocked,
      description: describe.op(blocked),
      state,
      stateDescription: describe.state(state),
      candidates,
    };
  }
  const verdict = outcome.verdict === "running" ? "unknown" : outcome.verdict;
  return { verdict, operations: ops, linearization, failure, steps: outcome.steps };
}

function summarize<S, I, O>(verdict: string, parts: LinearizabilityPartition<S, I, O>[], reason: string | null): string {
  if (verdict === "ok") {
    return parts.length <= 1
      ? "Linearizable: every operation can take effect at one instant inside its interval."
      : `Linearizable: each of the ${parts.length} independent parts has a linearization.`;
  }
  const bad = parts.find((p) => p.verdict === "illegal");
  if (bad?.failure) {
    const f = bad.failure;
    const prefix = bad.linearization.length;
    return (
      `Not linearizable: after the longest legal order found (${prefix} operation${prefix === 1 ? "" : "s"}), ` +
      `${f.description} must take effect before it returns, but the state is ${f.stateDescription} ` +
      `and no remaining order of the open operations makes it legal.`
    );
  }
  return reason === "timeout"
    ? "Unknown: the search ran out of time before reaching a verdict."
    : "Unknown: the search used up its step budget before reaching a verdict.";
}

/** Steps each unfinished partition gets per round of the interleaving. */
const SLICE = 16384;

export function checkOperations<S, I, O>(
  model: Model<S, I, O>,
  history: Operation<I, O>[],
  options: LinearizabilityOptions = {},
): LinearizabilityResult<S, I, O> {
  validate(history);
  const parts = model.partition ? model.partition(history) : [history];
  const positions = new Map<Operation<I, O>, number>();
  history.forEach((op, i) => positions.set(op, i));
  const indexOf = (op: Operation<I, O>) => positions.get(op) ?? -1;

  const now = options.now ?? (() => globalThis.performance.now());
  const deadline = options.timeoutMs === undefined ? Infinity : now() + options.timeoutMs;
  let timedOut = false;
  const expired = () => deadline !== Infinity && (timedOut ||= now() >= deadline);
  let stepsLeft = options.maxSteps ?? Infinity;

  // Round-robin in fixed step slices: deterministic, and like Porcupine's goroutines a
  // partition that explodes cannot starve a cheap proof of illegality in another one.
  const searches = parts.map(
    (ops) =>
      new LinearizationSearch(
        model,
        createStateKeyer(model),
        ops.map((o) => o.input),
        ops.map((o) => o.output),
        ops.map((o) => o.call),
        ops.map((o) => o.return),
      ),
  );
  let open = searches.filter((s) => s.verdict === "running");
  let decided = false;
  while (open.length > 0 && !decided && stepsLeft > 0 && !timedOut) {
    for (const search of open) {
      const before = search.steps;
      const verdict = search.run(Math.min(SLICE, stepsLeft), expired);
      stepsLeft -= search.steps - before;
      if (verdict === "illegal" && !options.checkAllPartitions) decided = true;
      if (decided || stepsLeft <= 0 || timedOut) break;
    }
    open = open.filter((s) => s.verdict === "running");
  }

  const results = searches.map((search, i) => {
    const outcome = search.outcome();
    if (outcome.verdict === "running" && decided) {
      return { verdict: "skipped" as const, operations: parts[i], linearization: [], failure: null, steps: outcome.steps };
    }
    return explainPartition(model, parts[i], outcome, indexOf);
  });
  const steps = searches.reduce((sum, s) => sum + s.steps, 0);
  // An illegal part is a proof on its own; "unknown" only when no part was proven illegal.
  const verdict = results.some((r) => r.verdict === "illegal")
    ? "illegal"
    : results.some((r) => r.verdict === "unknown")
      ? "unknown"
      : "ok";
  const reason = verdict === "unknown" ? (timedOut ? "timeout" : "step-budget") : null;
  return { verdict, reason, steps, partitions: results, explanation: summarize(verdict, results, reason) };
}
