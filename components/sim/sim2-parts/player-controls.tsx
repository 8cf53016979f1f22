"use client";
// The transport bar every simulator of this set shares: play/pause, back, step, reset, speed
// and a scrubber over the run's steps. Keyboard: every control is a native button, select or
// range input, so Tab, Space and the arrow keys work without extra handlers.
import { SPEEDS, type Player } from "./use-player";

const BTN =
  "rounded-md border border-line-strong bg-surface-raised px-3 py-1.5 text-sm font-medium text-ink hover:bg-surface-sunken disabled:opacity-50";

export function PlayerControls({ player, stepLabel, label }: { player: Player; stepLabel: string; label: string }) {
  return (
    <div role="group" aria-label={`${label} playback`} className="flex flex-wrap items-center gap-2">
      <button type="button" className={BTN} onClick={player.toggle} aria-pressed={player.playing}>
        {player.playing ? "❚❚ Pause" : "▶ Play"}
      </button>
      <button type="button" className={BTN} onClick={player.back} disabled={player.step === 0}>
        ◀ Back
      </button>
      <button type="button" className={BTN} onClick={player.forward}>
        Step ▶
      </button>
      <button type="button" className={BTN} onClick={player.reset}>
        ↺ Reset
      </button>
      <label className="flex items-center gap-1 text-sm text-muted">
        Speed
        <select
          className="rounded-md border border-line-strong bg-surface px-2 py-1 text-ink"
          value={player.speed}
          onChange={(e) => player.setSpeed(Number(e.target.value))}
        >
          {SPEEDS.map((s) => (
            <option key={s} value={s}>
              {s}×
            </option>
          ))}
        </select>
      </label>
      <label className="flex min-w-56 flex-1 items-center gap-2 text-sm text-muted">
        <span className="whitespace-nowrap">Timeline</span>
        <input
          type="range"
          min={0}
          max={player.total}
          value={player.step}
          onChange={(e) => {
            player.pause();
            player.setStep(Number(e.target.value));
          }}
          aria-valuetext={stepLabel}
          className="flex-1 accent-[var(--color-accent)]"
        />
        <span className="whitespace-nowrap tabular-nums text-ink">{stepLabel}</span>
      </label>
    </div>
  );
}
