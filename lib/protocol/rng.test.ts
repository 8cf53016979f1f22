import { describe, expect, it } from "vitest";
import { createRng } from "./rng";

describe("createRng", () => {
  it("gives the same stream for the same seed", () => {
    const a = createRng(42);
    const b = createRng(42);
    const xs = Array.from({ length: 100 }, () => a.next());
    const ys = Array.from({ length: 100 }, () => b.next());
    expect(xs).toEqual(ys);
  });

  it("gives unrelated streams for neighbouring seeds", () => {
    const a = createRng(1);
    const b = createRng(2);
    const same = Array.from({ length: 100 }, () => a.next() === b.next()).filter(Boolean);
    expect(same.length).toBe(0);
  });

  it("next() stays in [0, 1) and is roughly uniform", () => {
    const r = createRng(7);
    const buckets = new Array(10).fill(0);
    let outside = 0;
    for (let i = 0; i < 100_000; i++) {
      const x = r.next();
      if (!(x >= 0 && x < 1)) outside++;
      buckets[Math.floor(x * 10)]++;
    }
    expect(outside).toBe(0);
    for (const b of buckets) expect(Math.abs(b - 10_000)).toBeLessThan(500);
  });

  it("int(lo, hi) is inclusive at both ends and hits every value", () => {
    const r = createRng(3);
    const seen = new Set<number>();
    for (let i = 0; i < 2000; i++) {
      const x = r.int(150, 160);
      expect(x).toBeGreaterThanOrEqual(150);
      expect(x).toBeLessThanOrEqual(160);
      seen.add(x);
    }
    expect(seen.size).toBe(11);
    expect(r.int(5, 5)).toBe(5);
  });

  it("rejects a reversed or fractional range", () => {
    const r = createRng(3);
    expect(() => r.int(3, 2)).toThrow(RangeError);
    expect(() => r.int(1.5, 2)).toThrow(RangeError);
  });

  it("state() and setState() rewind the stream; clone() continues independently", () => {
    const r = createRng(99);
    r.next();
    const saved = r.state();
    const c = r.clone();
    const first = [r.next(), r.next(), r.next()];
    r.setState(saved);
    expect([r.next(), r.next(), r.next()]).toEqual(first);
    expect([c.next(), c.next(), c.next()]).toEqual(first);
  });
});
