// The memo of Lowe's optimisation: the set of (linearized operations, model state) pairs
// already explored. Two visits of the same pair lead to the same subtree, so the second is
// skipped. Porcupine keeps map[uint64][]cacheEntry with a cloned bitset per entry; here the
// bitsets live side by side in one growing Int32Array and buckets are chained by index, so
// an insert allocates nothing except when the arrays double.
import type { StateKeyer } from "./state-key";

export class StateCache<S> {
  private heads: Int32Array;
  private mask: number;
  private chain = new Int32Array(1024);
  private hashes = new Int32Array(1024);
  private fps = new Int32Array(1024);
  private bitStore: Int32Array;
  private states: S[] = [];
  private keys: unknown[] = [];
  private count = 0;

  constructor(
    private readonly words: number,
    private readonly keyer: StateKeyer<S>,
  ) {
    this.heads = new Int32Array(1024).fill(-1);
    this.mask = 1023;
    this.bitStore = new Int32Array(1024 * words);
  }

  get size(): number {
    return this.count;
  }

  /** Inserts the pair unless an equal one is present; true if it was new. */
  addIfAbsent(hash: number, bits: Int32Array, state: S, key: unknown, fp: number): boolean {
    const words = this.words;
    const store = this.bitStore;
    for (let e = this.heads[hash & this.mask]; e !== -1; e = this.chain[e]) {
      if (this.hashes[e] !== hash || this.fps[e] !== fp) continue;
      let w = 0;
      const base = e * words;
      while (w < words && store[base + w] === bits[w]) w++;
      if (w === words && this.keyer.same(this.states[e], this.keys[e], state, key)) return false;
    }
    this.insert(hash, bits, state, key, fp);
    return true;
  }

  private insert(hash: number, bits: Int32Array, state: S, key: unknown, fp: number): void {
    const e = this.count;
    if (e === this.hashes.length) this.grow();
    if (e >= this.heads.length) this.rehash();
    const bucket = hash & this.mask;
    this.chain[e] = this.heads[bucket];
    this.heads[bucket] = e;
    this.hashes[e] = hash;
    this.fps[e] = fp;
    this.bitStore.set(bits, e * this.words);
    this.states.push(state);
    this.keys.push(key);
    this.count = e + 1;
  }

  private grow(): void {
    const cap = this.hashes.length * 2;
    const grown = (old: Int32Array, size: number) => {
      const a = new Int32Array(size);
      a.set(old);
      return a;
    };
    this.chain = grown(this.chain, cap);
    this.hashes = grown(this.hashes, cap);
    this.fps = grown(this.fps, cap);
    this.bitStore = grown(this.bitStore, cap * this.words);
  }

  /** Keeps the load factor at most 1 so chains stay short. */
  private rehash(): void {
    const size = this.heads.length * 2;
    this.heads = new Int32Array(size).fill(-1);
    this.mask = size - 1;
    for (let e = 0; e < this.count; e++) {
      const bucket = this.hashes[e] & this.mask;
      this.chain[e] = this.heads[bucket];
      this.heads[bucket] = e;
    }
  }
}
