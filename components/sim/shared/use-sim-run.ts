"use client";

import { useCallback, useEffect, useRef, useState, useSyncExternalStore } from "react";
import type { RunSpec, SimModel } from "./model";
import { RunController, type AskedNow } from "./run-controller";
import { decodeRun, encodeRun, seedFrom } from "./share-link";

export const SPEEDS = [0.25, 0.5, 1, 2, 4] as const;
/** While playing, the URL (history.replaceState: a few ms each) is rewritten this often; pausing and leaving the page write it at once. */
const URL_EVERY_MS = 3000;

export interface SimRunOptions {
  name: string;
  presets: readonly string[];
  preset: string;
  /** "page": the URL carries the run (reload keeps it). "embed": a lesson's inline copy; the URL is left alone. */
  mode: "page" | "embed";
  /**
   * Who re-renders on every animation frame while playing. "all" (the default): the component
   * calling the hook. "drawing": only what subscribes with `useSimFrame(run.frames)` (the
   * drawing); the caller re-renders a few times a second while playing, and at once on every
   * step, action, seek, reset, pause and question.
   */
  frameUpdates?: "all" | "drawing";
}

/** The run's clock as the animation loop moves it: `version` changes whenever the run moved. */
export interface SimFrameState {
  version: number;
  /** Fractional simulated ms played but not yet run (engines step whole ms). */
  carry: number;
}

/** Milliseconds of real time between the caller's re-renders while playing in "drawing" mode. */
export const COARSE_FRAME_MS = 200;

/** An external store of the frame: every frame (`get`), and a copy refreshed at most every COARSE_FRAME_MS while playing (`getCoarse`). */
export class SimFrameStore {
  private fine: SimFrameState = { version: 0, carry: 0 };
  private coarse: SimFrameState = this.fine;
  private coarseAt = 0;
  private fineSubs = new Set<() => void>();
  private coarseSubs = new Set<() => void>();

  readonly get = (): SimFrameState => this.fine;
  readonly getCoarse = (): SimFrameState => this.coarse;
  readonly subscribe = (cb: () => void) => {
    this.fineSubs.add(cb);
    return () => void this.fineSubs.delete(cb);
  };
  readonly subscribeCoarse = (cb: () => void) => {
    this.coarseSubs.add(cb);
    return () => void this.coarseSubs.delete(cb);
  };

  /**
   * The run moved. `now` is the animation frame's time when the loop moved it (the coarse copy
   * follows at most every COARSE_FRAME_MS); without it (a step, an action, a pause) both follow at once.
   */
  bump(carry = 0, now?: number): void {
    this.fine = { version: this.fine.version + 1, carry };
    for (const cb of this.fineSubs) cb();
    if (now === undefined || now - this.coarseAt >= COARSE_FRAME_MS) {
      if (now !== undefined) this.coarseAt = now;
      this.coarse = this.fine;
      for (const cb of this.coarseSubs) cb();
    }
  }
}

/** The frame to draw, refreshed on every animation frame: for the drawing of a run in "drawing" mode. */
export function useSimFrame(frames: SimFrameStore): SimFrameState {
  return useSyncExternalStore(frames.subscribe, frames.get, frames.get);
}

export interface AskedQuestion<C> extends AskedNow<C> {
  fork: C;
  result: { chosen: string[]; answer: string[]; correct: boolean; explanation: string } | null;
}

function reducedMotionStore() {
  const q = typeof window === "undefined" ? null : window.matchMedia("(prefers-reduced-motion: reduce)");
  return {
    subscribe: (cb: () => void) => {
      q?.addEventListener("change", cb);
      return () => q?.removeEventListener("change", cb);
    },
    get: () => q?.matches ?? false,
  };
}
const motion = reducedMotionStore();

export function useReducedMotion(): boolean {
  return useSyncExternalStore(motion.subscribe, motion.get, () => false);
}

function build<C, A, Cfg>(model: SimModel<C, A, Cfg>, spec: RunSpec<A, Cfg>): { ctl: RunController<C, A, Cfg> | null; error: string | null } {
  try {
    return { ctl: new RunController(model, spec), error: null };
  } catch (e) {
    return { ctl: null, error: e instanceof Error ? e.message : String(e) };
  }
}

/**
 * One simulator run in React: the controller, a requestAnimationFrame loop that plays it at
 * `speed`, the share link in the URL (page mode), and the question being asked. `version`
 * changes whenever the run moved, so views re-render from `ctl.c`.
 */
/** The first run: from the URL on the full page, the lesson's preset in an embed. Client only (the simulators are never server-rendered). */
function firstRun<C, A, Cfg>(model: SimModel<C, A, Cfg>, opts: SimRunOptions): { ctl: RunController<C, A, Cfg> | null; notice: string | null } {
  const fresh = (seed: number, preset: string): RunSpec<A, Cfg> => ({ seed, preset, config: model.defaultConfig(preset), actions: [], end: null });
  if (opts.mode === "embed" || typeof window === "undefined") {
    const r = build(model, fresh(1, opts.preset));
    return { ctl: r.ctl, notice: r.error };
  }
  const d = decodeRun(model, window.location.search, opts.presets, opts.preset, seedFrom(Math.random()));
  if (d.ok) {
    const r = build(model, d.spec);
    if (r.ctl) return { ctl: r.ctl, notice: null };
    const again = build(model, d.fresh ? fresh(d.spec.seed, d.spec.preset) : { ...d.spec, actions: [], end: null });
    const second = again.ctl ? again : build(model, fresh(d.spec.seed, d.spec.preset));
    return { ctl: second.ctl, notice: `This link could not be replayed (${r.error}), so a fresh run has started.` };
  }
  const r = build(model, fresh(d.seed, d.preset));
  return { ctl: r.ctl, notice: d.message };
}

/**
 * One simulator run in React: the controller, a requestAnimationFrame loop that plays it at
 * `speed`, the share link in the URL (page mode), and the question being asked. `version`
 * changes whenever the run moved, so views re-render from `ctl.c`.
 */
export function useSimRun<C, A, Cfg>(model: SimModel<C, A, Cfg>, opts: SimRunOptions) {
  const [first] = useState(() => firstRun(model, opts));
  const [ctl, setCtl] = useState<RunController<C, A, Cfg> | null>(first.ctl);
  const [notice, setNotice] = useState<string | null>(first.notice);
  const [frames] = useState(() => new SimFrameStore());
  const coarse = opts.frameUpdates === "drawing";
  const frame = useSyncExternalStore(coarse ? frames.subscribeCoarse : frames.subscribe, coarse ? frames.getCoarse : frames.get, coarse ? frames.getCoarse : frames.get);
  const [playing, setPlaying] = useState(false);
  const [speed, setSpeed] = useState<number>(1);
  const [asked, setAsked] = useState<AskedQuestion<C> | null>(null);
  const carry = useRef(0); // fractional simulated ms not yet run (engines step whole ms)
  const bump = useCallback((fraction = 0, now?: number) => frames.bump(fraction, now), [frames]);

  const syncUrl = useCallback(
    (c: RunController<C, A, Cfg>) => {
      if (opts.mode !== "page") return;
      const url = `${window.location.pathname}?${encodeRun(c.spec())}`;
      window.history.replaceState(window.history.state, "", url);
    },
    [opts.mode],
  );

  // The URL names the run from the start, so reload and "Copy link" agree.
  useEffect(() => {
    if (first.ctl) syncUrl(first.ctl);
  }, [first, syncUrl]);

  const startFresh = useCallback(
    (spec: RunSpec<A, Cfg>, message: string | null) => {
      const built = build(model, spec);
      let c = built.ctl;
      if (!c) {
        c = build(model, { ...spec, config: model.defaultConfig(spec.preset), actions: [], end: null }).ctl;
        message = `${built.error ?? "That run could not be rebuilt"}. A fresh run has started.`;
      }
      carry.current = 0;
      setCtl(c);
      setNotice(message);
      setAsked(null);
      setPlaying(false);
      if (c) syncUrl(c);
      bump();
    },
    [model, syncUrl, bump],
  );

  // The animation loop.
  useEffect(() => {
    if (!playing || !ctl) return;
    let raf = 0;
    let last = performance.now();
    let lastUrl = last;
    const tick = (now: number) => {
      const dt = Math.min(100, now - last); // a background tab does not jump ahead
      last = now;
      const want = carry.current + (dt / 1000) * model.msPerSecond * speed;
      const whole = Math.floor(want);
      carry.current = want - whole;
      if (whole > 0) {
        const q = ctl.advance(whole);
        if (q) {
          carry.current = 0;
          setPlaying(false);
          setAsked({ ...q, fork: ctl.fork(), result: null });
          syncUrl(ctl);
          bump();
          return;
        }
      }
      if (now - lastUrl > URL_EVERY_MS) {
        lastUrl = now;
        syncUrl(ctl);
      }
      bump(carry.current, now);
      raf = requestAnimationFrame(tick);
    };
    raf = requestAnimationFrame(tick);
    // A reload or leaving the page mid-play keeps the exact point reached, not the last periodic write.
    const leave = () => syncUrl(ctl);
    window.addEventListener("pagehide", leave);
    return () => {
      window.removeEventListener("pagehide", leave);
      cancelAnimationFrame(raf);
      syncUrl(ctl);
      bump(carry.current); // the paused view shows exactly where the run stopped
    };
  }, [playing, ctl, speed, model, syncUrl, bump]);

  const act = useCallback(
    (a: A) => {
      if (!ctl) return;
      try {
        ctl.act(a);
      } catch (e) {
        setNotice(e instanceof Error ? e.message : String(e));
      }
      syncUrl(ctl);
      bump();
    },
    [ctl, syncUrl, bump],
  );

  const step = useCallback(() => {
    if (!ctl) return;
    setPlaying(false);
    ctl.step();
    carry.current = 0;
    syncUrl(ctl);
    bump();
  }, [ctl, syncUrl, bump]);

  const seek = useCallback(
    (time: number) => {
      if (!ctl) return;
      setPlaying(false);
      carry.current = 0;
      ctl.seek(time);
      syncUrl(ctl);
      bump();
    },
    [ctl, syncUrl, bump],
  );

  const reset = useCallback(
    (change?: { preset?: string; config?: Cfg; seed?: number }) => {
      const preset = change?.preset ?? ctl?.preset ?? opts.preset;
      const config = change?.config ?? (change?.preset ? model.defaultConfig(preset) : (ctl?.config ?? model.defaultConfig(preset)));
      startFresh({ seed: change?.seed ?? ctl?.seed ?? 1, preset, config, actions: [], end: null }, null);
    },
    [ctl, model, opts.preset, startFresh],
  );

  const answer = useCallback(
    (chosen: string[]) => {
      if (!asked) return;
      const { answer: right, explanation } = asked.question.resolve(asked.fork);
      const correct = chosen.length === right.length && chosen.every((c) => right.includes(c));
      setAsked({ ...asked, result: { chosen, answer: right, correct, explanation } });
    },
    [asked],
  );

  const dismiss = useCallback(
    (runOn: boolean) => {
      setAsked(null);
      if (runOn) setPlaying(true);
    },
    [],
  );

  const shareUrl = useCallback(() => (ctl ? `${window.location.origin}/sim/${opts.name}?${encodeRun(ctl.spec())}` : ""), [ctl, opts.name]);

  return {
    ctl, version: frame.version, playing,
    /** The per-frame store (for `useSimFrame` in the drawing) and whether the caller only re-renders a few times a second. */
    frames, coarse, setPlaying, speed, setSpeed, notice, setNotice, asked, answer, dismiss, act, step, seek, reset, shareUrl,
    /** Simulated time to draw at: the engine's clock plus the fraction of a millisecond played. */
    drawTime: ctl ? model.time(ctl.c) + frame.carry : 0,
  };
}

export type SimRun<C, A, Cfg> = ReturnType<typeof useSimRun<C, A, Cfg>>;
