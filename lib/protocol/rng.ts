// Seeded pseudo-random numbers for the whole protocol engine.
//
// Every simulator draws from one of these instead of Math.random(), so the same seed
// gives the same run in the browser and in Node. The generator is sfc32 (Chris
// Doty-Humphrey's "small fast chaotic" PRNG, 128-bit state, passes PractRand), with its
// state filled from the seed by splitmix32 so that nearby seeds (1, 2, 3...) still give
// unrelated streams.

export interface Rng {
  /** Uniform float in [0, 1). */
  next(): number;
  /** Uniform integer in [lo, hi], both ends inclusive. */
  int(lo: number, hi: number): number;
  /** True with probability p. */
  chance(p: number): boolean;
  /** One element of a non-empty array. */
  pick<T>(items: ReadonlyArray<T>): T;
  /** The four 32-bit state words; feed them to setState to rewind. */
  state(): [number, number, number, number];
  setState(s: ReadonlyArray<number>): void;
  /** An independent copy that continues from the same point. */
  clone(): Rng;
}

class Sfc32 implements Rng {
  constructor(
    private a: number,
    private b: number,
    private c: number,
    private d: number,
  ) {}

  private u32(): number {
    const t = (((this.a + this.b) | 0) + this.d) | 0;
    this.d = (this.d + 1) | 0;
    this.a = this.b ^ (this.b >>> 9);
    this.b = (this.c + (this.c << 3)) | 0;
    this.c = (this.c << 21) | (this.c >>> 11);
    this.c = (this.c + t) | 0;
    return t >>> 0;
  }

  next(): number {
    return this.u32() / 4294967296;
  }

  int(lo: number, hi: number): number {
    if (!Number.isInteger(lo) || !Number.isInteger(hi) || hi < lo) {
      throw new RangeError(`rng.int needs integers lo <= hi, got ${lo}, ${hi}`);
    }
    return lo + Math.floor(this.next() * (hi - lo + 1));
  }

  chance(p: number): boolean {
    return p > 0 && this.next() < p;
  }

  pick<T>(items: ReadonlyArray<T>): T {
    if (items.length === 0) throw new RangeError("rng.pick needs a non-empty array");
    return items[Math.floor(this.next() * items.length)];
  }

  state(): [number, number, number, number] {
    return [this.a, this.b, this.c, this.d];
  }

  setState(s: ReadonlyArray<number>): void {
    if (s.length !== 4) throw new RangeError("rng state has four words");
    this.a = s[0] | 0;
    this.b = s[1] | 0;
    this.c = s[2] | 0;
    this.d = s[3] | 0;
  }

  clone(): Rng {
    return new Sfc32(this.a, this.b, this.c, this.d);
  }
}

/** splitmix32 step: a well-mixed 32-bit output for each increment of its counter. */
function splitmix32(x: number): number {
  x = (x + 0x9e3779b9) | 0;
  let z = x;
  z = Math.imul(z ^ (z >>> 16), 0x85ebca6b);
  z = Math.imul(z ^ (z >>> 13), 0xc2b2ae35);
  return (z ^ (z >>> 16)) >>> 0;
}

export function createRng(seed: number): Rng {
  if (!Number.isFinite(seed)) throw new RangeError(`rng seed must be a finite number, got ${seed}`);
  // Fold both halves of large or fractional seeds in, so 2**32 + 1 and 1 differ.
  let s = (Math.floor(seed) ^ Math.floor(seed / 4294967296)) | 0;
  const words: number[] = [];
  for (let i = 0; i < 4; i++) {
    s = (s + 0x9e3779b9) | 0;
    words.push(splitmix32(s));
  }
  const rng = new Sfc32(words[0], words[1], words[2], words[3]);
  // sfc32 mixes poorly during its first outputs; discarding a few is the usual fix.
  for (let i = 0; i < 12; i++) rng.next();
  return rng;
}
