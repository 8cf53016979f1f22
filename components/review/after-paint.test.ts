import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { afterPaint } from "./after-paint";

// The review screen starts a grade's request and stores its session with afterPaint: never in the
// key's own task (that would delay the frame with the next card), but surely and exactly once: after
// the next frame, by a timer in a tab that paints no frames, or at once when the page is left.

let frames: FrameRequestCallback[];
let listeners: Map<string, Set<() => void>>;

beforeEach(() => {
  vi.useFakeTimers();
  frames = [];
  listeners = new Map();
  vi.stubGlobal("requestAnimationFrame", (cb: FrameRequestCallback) => frames.push(cb));
  vi.stubGlobal("addEventListener", (type: string, fn: () => void) => {
    if (!listeners.has(type)) listeners.set(type, new Set());
    listeners.get(type)!.add(fn);
  });
  vi.stubGlobal("removeEventListener", (type: string, fn: () => void) => listeners.get(type)?.delete(fn));
});

afterEach(() => {
  vi.useRealTimers();
  vi.unstubAllGlobals();
});

/** The browser renders a frame: its animation-frame callbacks run, then the frame is painted. */
function paintFrame() {
  const due = frames.splice(0);
  for (const cb of due) cb(performance.now());
}

describe("afterPaint", () => {
  it("runs the work only after the next frame is painted, not in the key's task", () => {
    const work = vi.fn();
    afterPaint(work);
    expect(work).not.toHaveBeenCalled();
    vi.advanceTimersByTime(0);
    expect(work).not.toHaveBeenCalled(); // no frame yet
    paintFrame();
    expect(work).not.toHaveBeenCalled(); // the frame callback only queues it behind the paint
    vi.advanceTimersByTime(0);
    expect(work).toHaveBeenCalledTimes(1);
    vi.advanceTimersByTime(1000);
    expect(work).toHaveBeenCalledTimes(1); // the fallback timer does not run it again
    expect(listeners.get("pagehide")?.size ?? 0).toBe(0);
  });

  it("still runs in a tab that paints no frames (hidden), by a timer", () => {
    const work = vi.fn();
    afterPaint(work);
    vi.advanceTimersByTime(99);
    expect(work).not.toHaveBeenCalled();
    vi.advanceTimersByTime(1);
    expect(work).toHaveBeenCalledTimes(1);
    paintFrame();
    vi.advanceTimersByTime(0);
    expect(work).toHaveBeenCalledTimes(1);
  });

  it("runs at once when the page is left (reload, navigation), so no write or stored step is lost", () => {
    const work = vi.fn();
    afterPaint(work);
    for (const fn of [...(listeners.get("pagehide") ?? [])]) fn();
    expect(work).toHaveBeenCalledTimes(1);
    paintFrame();
    vi.advanceTimersByTime(1000);
    expect(work).toHaveBeenCalledTimes(1);
  });
});
