import { describe, expect, it } from "vitest";
import { COARSE_FRAME_MS, SimFrameStore } from "./use-sim-run";

describe("the player's frame store: the drawing every frame, the rest a few times a second", () => {
  it("tells per-frame subscribers about every frame, and coarse ones at most every COARSE_FRAME_MS while playing", () => {
    const s = new SimFrameStore();
    let fine = 0;
    let coarse = 0;
    s.subscribe(() => fine++);
    s.subscribeCoarse(() => coarse++);
    // One second of 60 Hz animation frames.
    for (let i = 1; i <= 60; i++) s.bump(i / 100, 1000 + i * (1000 / 60));
    expect(fine).toBe(60);
    expect(s.get()).toEqual({ version: 60, carry: 0.6 });
    expect(coarse).toBeGreaterThanOrEqual(Math.floor(1000 / COARSE_FRAME_MS));
    expect(coarse).toBeLessThanOrEqual(Math.ceil(1000 / COARSE_FRAME_MS) + 1);
    expect(s.getCoarse().version).toBeLessThanOrEqual(60);
    // A step, an action or a pause reaches everyone at once, so the controls never show a stale run.
    s.bump(0);
    expect(coarse).toBeGreaterThan(0);
    expect(s.getCoarse()).toBe(s.get());
    expect(s.get().version).toBe(61);
  });

  it("keeps the same snapshot object between changes (useSyncExternalStore needs that) and unsubscribes", () => {
    const s = new SimFrameStore();
    const a = s.get();
    expect(s.get()).toBe(a);
    let n = 0;
    const off = s.subscribe(() => n++);
    s.bump(0.25, 16);
    off();
    s.bump(0.5, 32);
    expect(n).toBe(1);
    expect(s.get()).not.toBe(a);
  });
});
