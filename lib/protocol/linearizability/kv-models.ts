// A key-value store with get / put / append (the "kv" histories of Porcupine's tests).
// Keys are independent objects, so linearizability can be checked key by key
// (Herlihy & Wing 1990, §3.3, locality); kvModel does that, kvMapModel does not.
import { hashString, mix32 } from "./state-key";
import type { Model, Operation } from "./types";

export type KvInput =
  | { op: "get"; key: string }
  | { op: "put"; key: string; value: string }
  | { op: "append"; key: string; value: string };
/** For a get, the value read ("" for a missing key) or null if it never returned;
 *  for put and append, null. */
export type KvOutput = string | null;

const quote = (s: string) => JSON.stringify(s);

function describeKv(input: KvInput, output: KvOutput): string {
  switch (input.op) {
    case "get":
      return `get(${quote(input.key)}) -> ${output === null ? "unknown" : quote(output)}`;
    case "put":
      return `put(${quote(input.key)}, ${quote(input.value)})`;
    case "append":
      return `append(${quote(input.key)}, ${quote(input.value)})`;
  }
}

/** One part per key, keys in sorted order so results are stable. */
function partitionByKey(history: Operation<KvInput, KvOutput>[]): Operation<KvInput, KvOutput>[][] {
  const byKey = new Map<string, Operation<KvInput, KvOutput>[]>();
  for (const op of history) {
    const list = byKey.get(op.input.key);
    if (list) list.push(op);
    else byKey.set(op.input.key, [op]);
  }
  return [...byKey.keys()].sort().map((k) => byKey.get(k)!);
}

// ---------- values with their hash ----------

const P = 0x01000193; // odd multiplier of the rolling hash

/**
 * Rolling hash of s: h(a + s) = h(a) * P^|s| + h(s), kept mod 2^30 so it stays a small
 * integer (V8 stores those unboxed; a full int32 field would cost a heap number per state).
 * P^|s| is left in `pow` rather than returned in a tuple, to spare an allocation per step.
 */
const MASK = 0x3fffffff;
let pow = 1;
function rolling(s: string): number {
  let h = 0;
  let p = 1;
  for (let i = 0; i < s.length; i++) {
    h = (Math.imul(h, P) + s.charCodeAt(i)) | 0;
    p = Math.imul(p, P);
  }
  pow = p;
  return h & MASK;
}

/** Hash of a + s given the hash of a. */
const appendHash = (hashA: number, s: string) => {
  const h = rolling(s);
  return (Math.imul(hashA, pow) + h) & MASK;
};

/**
 * The value of one key with its rolling hash kept alongside, so the checker's memo can
 * fingerprint a state in O(1) instead of rehashing a string that grows with every append.
 */
export interface KvValue {
  readonly value: string;
  readonly hash: number;
}

const EMPTY_VALUE: KvValue = { value: "", hash: 0 };

/** Partitioned by key: the state is the value of the one key of the part ("" if unset). */
export const kvModel: Model<KvValue, KvInput, KvOutput> = {
  init: () => EMPTY_VALUE,
  step: (state, input, output) => {
    if (input.op === "get") return { ok: output === null || output === state.value, state };
    return {
      ok: true,
      state:
        input.op === "put"
          ? { value: input.value, hash: rolling(input.value) }
          : { value: state.value + input.value, hash: appendHash(state.hash, input.value) },
    };
  },
  equal: (a, b) => a === b || (a.hash === b.hash && a.value === b.value),
  hash: (s) => s.hash,
  partition: partitionByKey,
  describeOperation: describeKv,
  describeState: (s) => quote(s.value),
};

// ---------- the whole map as one state ----------

/**
 * An immutable map kept as parallel sorted arrays (a handful of keys in practice), with a
 * hash maintained incrementally: a rolling polynomial hash per value, so an append costs
 * O(length of the appended text), not of the whole value, and an order-independent sum of
 * per-key terms for the map, so changing one key is a subtraction and an addition.
 */
export interface KvMapState {
  readonly keys: readonly string[];
  readonly values: readonly string[];
  readonly valueHashes: readonly number[];
  readonly hash: number;
}

const term = (key: string, valueHash: number) => mix32(hashString(key) ^ mix32(valueHash)) & MASK;

const EMPTY_MAP: KvMapState = { keys: [], values: [], valueHashes: [], hash: 0 };

function indexOfKey(keys: readonly string[], key: string): number {
  for (let i = 0; i < keys.length; i++) if (keys[i] === key) return i;
  return -1;
}

function update(state: KvMapState, input: KvInput & { value: string }): KvMapState {
  let i = indexOfKey(state.keys, input.key);
  const keys = i < 0 ? [...state.keys, input.key].sort() : (state.keys as string[]);
  const values = state.values.slice();
  const valueHashes = state.valueHashes.slice();
  let oldTerm = 0;
  if (i < 0) {
    i = keys.indexOf(input.key);
    values.splice(i, 0, "");
    valueHashes.splice(i, 0, 0);
  } else {
    oldTerm = term(input.key, valueHashes[i]);
  }
  if (input.op === "put") {
    values[i] = input.value;
    valueHashes[i] = rolling(input.value);
  } else {
    values[i] = values[i] + input.value;
    valueHashes[i] = appendHash(valueHashes[i], input.value);
  }
  const hash = (state.hash - oldTerm + term(input.key, valueHashes[i])) & MASK;
  return { keys, values, valueHashes, hash };
}

function sameMap(a: KvMapState, b: KvMapState): boolean {
  if (a === b) return true;
  if (a.hash !== b.hash || a.keys.length !== b.keys.length) return false;
  for (let i = 0; i < a.keys.length; i++) {
    if (a.keys[i] !== b.keys[i] || a.valueHashes[i] !== b.valueHashes[i]) return false;
  }
  for (let i = 0; i < a.values.length; i++) if (a.values[i] !== b.values[i]) return false;
  return true;
}

/** No partition: the state is the whole map, so every key's operations interleave in one
 *  search. Slower by design; it is what a checker must do when keys are not independent. */
export const kvMapModel: Model<KvMapState, KvInput, KvOutput> = {
  init: () => EMPTY_MAP,
  step: (state, input, output) => {
    if (input.op === "get") {
      const i = indexOfKey(state.keys, input.key);
      return { ok: output === null || output === (i < 0 ? "" : state.values[i]), state };
    }
    return { ok: true, state: update(state, input) };
  },
  equal: sameMap,
  hash: (s) => s.hash,
  describeOperation: describeKv,
  describeState: (s) => `{${s.keys.map((k, i) => `${quote(k)}: ${quote(s.values[i])}`).join(", ")}}`,
};
