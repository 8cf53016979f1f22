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

/** Most gets the search tries are rejected; sharing one answer spares an allocation each. */
const REJECT_VALUE: { ok: boolean; state: KvValue } = Object.freeze({ ok: false, state: EMPTY_VALUE });

/** Partitioned by key: the state is the value of the one key of the part ("" if unset). */
export const kvModel: Model<KvValue, KvInput, KvOutput> = {
  init: () => EMPTY_VALUE,
  step: (state, input, output) => {
    if (input.op === "get") return output === null || output === state.value ? { ok: true, state } : REJECT_VALUE;
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
  isReadOnly: (input) => input.op === "get",
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
const REJECT_MAP: { ok: boolean; state: KvMapState } = Object.freeze({ ok: false, state: EMPTY_MAP });

function indexOfKey(keys: readonly string[], key: string): number {
  for (let i = 0; i < keys.length; i++) if (keys[i] === key) return i;
  return -1;
}

/** Copies the map with one key set; a new key goes in at its sorted position. */
function update(state: KvMapState, input: KvInput & { value: string }): KvMapState {
  const { keys, values, valueHashes } = state;
  const key = input.key;
  let i = indexOfKey(keys, key);
  let newKeys = keys;
  let newValues: string[];
  let newHashes: number[];
  let oldTerm = 0;
  if (i >= 0) {
    newValues = values.slice();
    newHashes = valueHashes.slice();
    oldTerm = term(key, valueHashes[i]);
  } else {
    i = 0;
    while (i < keys.length && keys[i] < key) i++;
    const n = keys.length + 1;
    const k2: string[] = (newKeys = new Array(n));
    newValues = new Array(n);
    newHashes = new Array(n);
    for (let j = 0; j < n; j++) {
      const from = j < i ? j : j - 1;
      k2[j] = j === i ? key : keys[from];
      newValues[j] = j === i ? "" : values[from];
      newHashes[j] = j === i ? 0 : valueHashes[from];
    }
  }
  if (input.op === "put") {
    newValues[i] = input.value;
    newHashes[i] = rolling(input.value);
  } else {
    newValues[i] = newValues[i] + input.value;
    newHashes[i] = appendHash(newHashes[i], input.value);
  }
  const hash = (state.hash - oldTerm + term(key, newHashes[i])) & MASK;
  return { keys: newKeys, values: newValues, valueHashes: newHashes, hash };
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
      return output === null || output === (i < 0 ? "" : state.values[i]) ? { ok: true, state } : REJECT_MAP;
    }
    return { ok: true, state: update(state, input) };
  },
  equal: sameMap,
  hash: (s) => s.hash,
  describeOperation: describeKv,
  describeState: (s) => `{${s.keys.map((k, i) => `${quote(k)}: ${quote(s.values[i])}`).join(", ")}}`,
  isReadOnly: (input) => input.op === "get",
};
