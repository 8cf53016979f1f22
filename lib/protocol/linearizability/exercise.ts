// Seeded register histories with a requested verdict, for "is this linearizable?" drills.
// An "ok" history is built from a witness: every operation gets a linearization point
// inside its interval and reads return what the sequential register holds at that point
// (Herlihy & Wing 1990, §2). An "illegal" one starts from such a history and changes one
// read's result to another value that was (or could be) in the register, keeping the
// first change the checker proves impossible — usually a stale or a future read.
import { createRng, type Rng } from "../rng";
import { checkOperations } from "./checker";
import { registerModel, type RegisterInput, type RegisterOutput, type RegisterState } from "./register-models";
import type { LinearizabilityResult, Operation } from "./types";

export interface RegisterExerciseOptions {
  seed: number;
  verdict: "ok" | "illegal";
  /** 2..4; drawn from the seed when absent. */
  clients?: number;
  /** 4..10; drawn from the seed when absent. */
  operations?: number;
}

export type RegisterOperation = Operation<RegisterInput, RegisterOutput>;

export interface RegisterExercise {
  seed: number;
  verdict: "ok" | "illegal";
  clients: number;
  /** Sorted by call time; clientId is 1-based; times are small integers (ms). */
  history: RegisterOperation[];
  /** The checker's own verdict on `history` (equal to `verdict`), with its explanation. */
  check: LinearizabilityResult<RegisterState, RegisterInput, RegisterOutput>;
}

const MAX_ATTEMPTS = 500;

function checkedInt(name: string, value: number | undefined, lo: number, hi: number, rng: Rng): number {
  if (value === undefined) return rng.int(lo, hi);
  if (!Number.isInteger(value) || value < lo || value > hi) {
    throw new RangeError(`${name} must be an integer from ${lo} to ${hi}, got ${value}`);
  }
  return value;
}

/** Random timing and kinds; reads are filled in from random linearization points. */
function linearizableHistory(rng: Rng, clients: number, count: number): RegisterOperation[] {
  const owner = Array.from({ length: count }, (_, i) => (i < clients ? i + 1 : rng.int(1, clients)));
  const cursor = Array.from({ length: clients + 1 }, () => rng.int(0, 4));
  const ops: RegisterOperation[] = owner.map((clientId) => {
    const call = cursor[clientId];
    const ret = call + rng.int(2, 8);
    cursor[clientId] = ret + rng.int(1, 4);
    return { clientId, input: { op: "read" }, call, output: null, return: ret };
  });
  ops.sort((a, b) => a.call - b.call || a.clientId - b.clientId);
  // At least one write and one read; written values 1, 2, 3... in call order.
  const writes = new Set(ops.map((_, i) => i).filter(() => rng.chance(0.45)));
  if (writes.size === 0) writes.add(rng.int(0, count - 2));
  if (writes.size === count) writes.delete(rng.int(1, count - 1));
  let value = 0;
  ops.forEach((op, i) => {
    if (writes.has(i)) op.input = { op: "write", value: ++value };
  });
  const points = ops.map((op, i) => ({ i, at: op.call + rng.next() * (op.return - op.call) }));
  points.sort((a, b) => a.at - b.at);
  let register: RegisterState = null;
  for (const { i } of points) {
    const input = ops[i].input;
    if (input.op === "write") register = input.value;
    else ops[i].output = register;
  }
  return ops;
}

const concurrent = (a: RegisterOperation, b: RegisterOperation) => a.call <= b.return && b.call <= a.return;

/** Some overlap between clients, or the drill is just sequential reasoning. */
function hasOverlap(ops: RegisterOperation[]): boolean {
  return ops.some((a, i) => ops.some((b, j) => j > i && a.clientId !== b.clientId && concurrent(a, b)));
}

/** Changes one read so the history is no longer linearizable, or returns null. */
function breakOneRead(rng: Rng, ops: RegisterOperation[]): RegisterOperation[] | null {
  const values: RegisterOutput[] = [null, ...ops.flatMap((o) => (o.input.op === "write" ? [o.input.value] : []))];
  const tries: [number, RegisterOutput][] = [];
  ops.forEach((op, i) => {
    if (op.input.op === "read") for (const v of values) if (v !== op.output) tries.push([i, v]);
  });
  for (let k = tries.length - 1; k > 0; k--) {
    const j = rng.int(0, k);
    [tries[k], tries[j]] = [tries[j], tries[k]];
  }
  for (const [i, v] of tries) {
    const candidate = ops.map((op, j) => (j === i ? { ...op, output: v } : op));
    if (checkOperations(registerModel, candidate).verdict === "illegal") return candidate;
  }
  return null;
}

export function generateRegisterExercise(options: RegisterExerciseOptions): RegisterExercise {
  const { seed, verdict } = options;
  if (verdict !== "ok" && verdict !== "illegal") throw new RangeError(`verdict must be "ok" or "illegal", got ${verdict}`);
  const rng = createRng(seed);
  const clients = checkedInt("clients", options.clients, 2, 4, rng);
  const count = checkedInt("operations", options.operations, 4, 10, rng);
  for (let attempt = 0; attempt < MAX_ATTEMPTS; attempt++) {
    const base = linearizableHistory(rng, clients, count);
    if (!hasOverlap(base)) continue;
    const history = verdict === "ok" ? base : breakOneRead(rng, base);
    if (!history) continue;
    const check = checkOperations(registerModel, history);
    if (check.verdict === verdict) return { seed, verdict, clients, history, check };
  }
  throw new Error(`no ${verdict} register history found for seed ${seed} in ${MAX_ATTEMPTS} attempts`);
}
