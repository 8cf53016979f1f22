"use client";
// The step simulators' player (clocks, reconcile, linearizability, quorum: their runs are a
// list of steps, not a timed engine run): play / pause / step / back / speed over `total`
// steps, one step per second at 1×; `onPastEnd` lets a simulator keep going when play reaches
// the end (quorum draws again). Drawn by <StepPlayer> in controls.tsx.
import { useCallback, useEffect, useRef, useState } from "react";

export interface StepPlayerState {
  step: number;
  total: number;
  playing: boolean;
  speed: number;
  setStep(step: number): void;
  setSpeed(speed: number): void;
  toggle(): void;
  pause(): void;
  forward(): void;
  back(): void;
  reset(): void;
}

export function useStepPlayer(total: number, initialStep: number, onPastEnd?: () => boolean): StepPlayerState {
  const [step, setStepRaw] = useState(() => Math.max(0, Math.min(initialStep, total)));
  const [playing, setPlaying] = useState(false);
  const [speed, setSpeed] = useState(1);
  const clamp = useCallback((s: number) => Math.max(0, Math.min(s, total)), [total]);
  const shown = clamp(step);
  const pastEnd = useRef(onPastEnd);
  useEffect(() => {
    pastEnd.current = onPastEnd;
  });

  const forward = useCallback(() => {
    if (shown < total) setStepRaw(shown + 1);
    else if (pastEnd.current?.()) setStepRaw(total + 1);
    else setPlaying(false);
  }, [shown, total]);

  useEffect(() => {
    if (!playing) return;
    const id = window.setTimeout(forward, 1000 / speed);
    return () => window.clearTimeout(id);
  }, [playing, speed, forward, shown]);

  return {
    step: shown,
    total,
    playing,
    speed,
    setStep: (s) => setStepRaw(Math.max(0, s)), // clamped when read: total may grow with this render
    setSpeed,
    toggle: () => {
      if (!playing && shown >= total && !pastEnd.current) setStepRaw(0);
      setPlaying((p) => !p);
    },
    pause: () => setPlaying(false),
    forward: () => {
      setPlaying(false);
      forward();
    },
    back: () => {
      setPlaying(false);
      setStepRaw(Math.max(0, shown - 1));
    },
    reset: () => {
      setPlaying(false);
      setStepRaw(0);
    },
  };
}
