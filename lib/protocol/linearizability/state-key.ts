// Turns model states into what the memo cache needs: a 32-bit fingerprint for bucketing and
// an exact comparison. The four cases are documented on Model in types.ts.
import type { Model } from "./types";

/** Murmur3's 32-bit finalizer: a bijection on uint32, so distinct ints keep distinct fps. */
export function mix32(x: number): number {
  x = Math.imul(x ^ (x >>> 16), 0x85ebca6b);
  x = Math.imul(x ^ (x >>> 13), 0xc2b2ae35);
  return (x ^ (x >>> 16)) | 0;
}

/** FNV-1a over UTF-16 code units; used for string hashes of the kv models. */
export function hashString(s: string, seed = 0x811c9dc5): number {
  let h = seed | 0;
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 0x01000193);
  return h;
}

/** JSON with object keys sorted, so structurally equal plain-data states agree. */
export function canonicalJson(value: unknown): string {
  if (value === undefined) return "undefined";
  if (value === null || typeof value !== "object") return JSON.stringify(value) ?? String(value);
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(",")}]`;
  if (value instanceof Map) {
    const entries = [...value.entries()].map(([k, v]) => [canonicalJson(k), canonicalJson(v)]);
    entries.sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
    return `Map{${entries.map(([k, v]) => `${k}:${v}`).join(",")}}`;
  }
  const keys = Object.keys(value as object).sort();
  const obj = value as Record<string, unknown>;
  return `{${keys.map((k) => `${JSON.stringify(k)}:${canonicalJson(obj[k])}`).join(",")}}`;
}

export interface StateKeyer<S> {
  /** A number: an int32 hash, or an interned id (id + 0.5) that alone decides equality. */
  key(state: S): number;
  /** 32-bit fingerprint of a key. */
  fp(key: number): number;
  same(a: S, keyA: number, b: S, keyB: number): boolean;
}

/**
 * Strings are interned per check: a Map lookup hashes the string natively and turns it into
 * a small id, which is both an exact key and (through mix32) a collision-free fingerprint.
 * Interned ids are id + 0.5 so they can never equal an int32 hash used as its own key.
 */
export function createStateKeyer<S, I, O>(model: Model<S, I, O>): StateKeyer<S> {
  // Two tables so that the string "1.5" and the number 1.5 never share an id; the string
  // table takes states as they are (no prefix), so a long state is never copied to look it up.
  const strings = new Map<string, number>();
  const others = new Map<string, number>();
  let nextId = 0.5;
  const intern = (table: Map<string, number>, s: string): number => {
    let id = table.get(s);
    if (id === undefined) {
      id = nextId++;
      table.set(s, id);
    }
    return id;
  };
  const toExact = (h: string | number): number =>
    typeof h === "string" ? intern(strings, h) : (h | 0) === h ? h : intern(others, `n${h}`);
  const fp = (key: number): number => mix32(key);

  const { hash, equal } = model;
  if (hash && equal) {
    return { key: (s) => toExact(hash(s)), fp, same: (a, _ka, b) => equal(a, b) };
  }
  if (hash) {
    return { key: (s) => toExact(hash(s)), fp, same: (_a, ka, _b, kb) => ka === kb };
  }
  if (equal) {
    return { key: () => 0, fp: () => 0, same: (a, _ka, b) => equal(a, b) };
  }
  return {
    key: (s) =>
      typeof s === "number" || typeof s === "string"
        ? toExact(s)
        : intern(others, `j${canonicalJson(s)}`),
    fp,
    same: (_a, ka, _b, kb) => ka === kb,
  };
}
