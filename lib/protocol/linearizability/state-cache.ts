// The memo of Lowe's optimisation: the set of (linearized operations, model state) pairs
// already explored. Two visits of the same pair lead to the same subtree, so the second is
// skipped. Porcupine keeps map[uint64][]cacheEntry with a cloned bitset per entry. Here
// each entry is one record in a single Int32Array — [hash, next in bucket, bitset
// words...] — so a lookup, which on the Jepsen logs is a hit four times in five, touches
// one cache line before it compares states; an insert allocates nothing except when the
// arrays double. (Open addressing with linear probing measured slower than this.)
import type { StateKeyer } from "./state-key";

const HASH = 0;
const CHAIN = 1;
const BITS = 2;

export class StateCache<S> {
  private heads: Int32Array;
  private mask: number;
  private readonly stride: number;
  private records: Int32Array;
  private capacity = 1024;
  private states: S[] = [];
  private keys = new Float64Array(1024);
  private count = 0;

  constructor(
    private readonly words: number,
    private readonly keyer: StateKeyer<S>,
  ) {
    this.heads = new Int32Array(1024).fill(-1);
    this.mask = 1023;
    this.stride = BITS + words;
    this.records = new Int32Array(1024 * this.stride);
  }

  get size(): number {
    return this.count;
  }

  /**
   * Inserts the pair unless an equal one is present; true if it was new. `hash` must mix
   * the bitset's hash with the state's fingerprint: then equal bits and equal hash imply
   * equal fingerprints, and only `keyer.same` is left to ask.
   */
  addIfAbsent(hash: number, bits: Int32Array, state: S, key: number): boolean {
    const { records: rec, stride, words } = this;
    for (let e = this.heads[hash & this.mask]; e !== -1; ) {
      const base = e * stride;
      if (rec[base + HASH] === hash) {
        let w = 0;
        while (w < words && rec[base + BITS + w] === bits[w]) w++;
        if (w === words && this.keyer.same(this.states[e], this.keys[e], state, key)) return false;
      }
      e = rec[base + CHAIN];
    }
    this.insert(hash, bits, state, key);
    return true;
  }

  private insert(hash: number, bits: Int32Array, state: S, key: number): void {
    const e = this.count;
    if (e === this.capacity) this.grow();
    const { records: rec, stride, words } = this;
    const base = e * stride;
    const bucket = hash & this.mask;
    rec[base + HASH] = hash;
    rec[base + CHAIN] = this.heads[bucket];
    for (let w = 0; w < words; w++) rec[base + BITS + w] = bits[w]; // beats .set() for a few words
    this.heads[bucket] = e;
    this.states[e] = state;
    this.keys[e] = key;
    this.count = e + 1;
  }

  /** Doubles the storage and the bucket table together: the load factor stays <= 1. */
  private grow(): void {
    const cap = (this.capacity *= 2);
    const records = new Int32Array(cap * this.stride);
    records.set(this.records);
    this.records = records;
    const keys = new Float64Array(cap);
    keys.set(this.keys);
    this.keys = keys;
    this.heads = new Int32Array(cap).fill(-1);
    this.mask = cap - 1;
    for (let e = 0; e < this.count; e++) {
      const base = e * this.stride;
      const bucket = records[base + HASH] & this.mask;
      records[base + CHAIN] = this.heads[bucket];
      this.heads[bucket] = e;
    }
  }
}
