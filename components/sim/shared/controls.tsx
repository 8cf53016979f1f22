"use client";

import { SPEEDS } from "./use-sim-run";
import type { StepPlayerState } from "./use-step-player";

/** Shared look for simulator buttons: visible focus comes from the global focus ring. */
export const BUTTON =
  "rounded border border-line-strong bg-surface px-2.5 py-1 text-sm text-ink hover:bg-surface-raised disabled:cursor-not-allowed disabled:opacity-50";
export const SELECT = "max-w-full rounded border border-line-strong bg-surface px-1 py-1 text-sm text-ink";
export const BUTTON_PRIMARY = "rounded border border-accent-fill bg-accent-fill px-3 py-1 text-sm font-medium text-on-accent disabled:opacity-50";

export interface PlayerProps {
  playing: boolean;
  onPlay(playing: boolean): void;
  onStep(): void;
  onReset(): void;
  speed: number;
  onSpeed(speed: number): void;
  time: number;
  start: number;
  end: number;
  onSeek(time: number): void;
  disabled?: boolean;
  /** One step back (the step simulators: clocks, reconcile, linearizability, quorum). */
  onBack?(): void;
  /** What the timeline says instead of "time / end" (e.g. "step 3 of 9"). */
  position?: string;
}

const fmt = (ms: number) => (ms >= 10_000 ? `${(ms / 1000).toFixed(1)} s` : `${Math.round(ms)} ms`);

/** Play / pause, (back,) step one event, speed, reset and the timeline scrubber; every control is a native one. */
export function Player(p: PlayerProps) {
  const position = p.position ?? `${fmt(p.time)} of ${fmt(p.end)}`;
  return (
    <div className="flex flex-wrap items-center gap-2" role="group" aria-label="Player">
      <button type="button" className={BUTTON_PRIMARY} onClick={() => p.onPlay(!p.playing)} disabled={p.disabled} aria-pressed={p.playing}>
        {p.playing ? "❚❚ Pause" : "▶ Play"}
      </button>
      {p.onBack ? (
        <button type="button" className={BUTTON} onClick={p.onBack} disabled={p.disabled || p.time <= p.start}>
          ◀ Back
        </button>
      ) : null}
      <button type="button" className={BUTTON} onClick={p.onStep} disabled={p.disabled} title="Run exactly one event">
        Step ▶
      </button>
      <button type="button" className={BUTTON} onClick={p.onReset} disabled={p.disabled}>
        ↺ Reset
      </button>
      <label className="flex items-center gap-1 text-sm">
        Speed
        <select
          className="rounded border border-line-strong bg-surface px-1 py-1 text-sm"
          value={p.speed}
          onChange={(e) => p.onSpeed(Number(e.target.value))}
        >
          {SPEEDS.map((s) => (
            <option key={s} value={s}>
              {s}×
            </option>
          ))}
        </select>
      </label>
      <label className="flex w-full min-w-0 items-center gap-2 text-sm sm:w-auto sm:min-w-48 sm:flex-1">
        <span>Timeline</span>
        <input
          type="range"
          className="min-w-0 flex-1 accent-accent-fill"
          min={p.start}
          max={Math.max(p.end, p.start + 1)}
          step={1}
          value={Math.floor(p.time)}
          aria-valuetext={position}
          onChange={(e) => p.onSeek(Number(e.target.value))}
          disabled={p.disabled}
        />
        <span className="shrink-0 text-right tabular-nums text-muted sm:min-w-28" aria-hidden="true">
          {p.position ?? `${fmt(p.time)} / ${fmt(p.end)}`}
        </span>
      </label>
    </div>
  );
}

/** The Player over a step simulator's useStepPlayer (one step per second at 1×). */
export function StepPlayer({ player, position }: { player: StepPlayerState; position: string }) {
  return (
    <Player
      playing={player.playing}
      onPlay={player.toggle}
      onBack={player.back}
      onStep={player.forward}
      onReset={player.reset}
      speed={player.speed}
      onSpeed={player.setSpeed}
      time={player.step}
      start={0}
      end={player.total}
      onSeek={(s) => {
        player.pause();
        player.setStep(s);
      }}
      position={position}
    />
  );
}
