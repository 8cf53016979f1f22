"use client";

import type { BugSwitch } from "./model";

/** One safety property (or verdict) and whether it holds; null: not known (not checked yet, or the search gave up). */
export interface BannerFact {
  name: string;
  holds: boolean | null;
  detail?: string;
}

export interface InvariantBannerProps {
  invariants: readonly BannerFact[];
  /** Said instead of the count of violated properties (e.g. "Not linearizable", "In line after 3 round trips"). */
  title?: string;
  bugs?: BugSwitch[];
  enabled?: Record<string, boolean>;
  onBug?(key: string, on: boolean): void;
}

const GLYPH = (h: boolean | null) => (h === null ? "?" : h ? "✓" : "✗");
const WORD = (h: boolean | null) => (h === null ? "unknown" : h ? "holds" : "violated");
const TEXT = (h: boolean | null) => (h === null ? "text-warn" : h ? "text-holds" : "text-violated");

function summary(broken: number, unknown: number): string {
  if (broken) return `✗ ${broken} safety ${broken === 1 ? "property" : "properties"} violated`;
  if (unknown) return "? Not known yet";
  return "✓ Every safety property holds";
}

/**
 * Each safety property of the protocol by name with "holds" / "violated" in words and a glyph
 * (never colour alone), plus the deliberate-bug switches. role="status": announced politely.
 */
export function InvariantBanner({ invariants, title, bugs, enabled, onBug }: InvariantBannerProps) {
  const broken = invariants.filter((i) => i.holds === false).length;
  const unknown = invariants.filter((i) => i.holds === null).length;
  const tone: boolean | null = broken ? false : unknown ? null : true;
  const border = tone === null ? "border-line-strong" : tone ? "border-holds" : "border-violated";
  return (
    <section aria-label="Safety properties" className={`rounded-md border-2 p-3 ${border}`}>
      <div role="status" aria-live="polite" data-testid="sim-banner">
        <p className={`text-sm font-semibold ${title ? "text-ink" : TEXT(tone)}`}>{title ?? summary(broken, unknown)}</p>
        <ul className="mt-1 grid gap-x-4 gap-y-0.5 text-sm sm:grid-cols-2">
          {invariants.map((i) => (
            <li key={i.name} data-invariant={i.name} data-holds={i.holds}>
              <span className={TEXT(i.holds)} aria-hidden="true">
                {GLYPH(i.holds)}
              </span>{" "}
              {i.name}: <strong>{WORD(i.holds)}</strong>
              {i.detail ? <span className={`block text-xs ${i.holds === false ? "text-violated" : "text-muted"}`}>{i.detail}</span> : null}
            </li>
          ))}
        </ul>
      </div>
      {bugs && bugs.length > 0 ? (
        <fieldset className="mt-2 border-t border-line pt-2">
          <legend className="sr-only">Deliberate bugs</legend>
          {bugs.map((b) => (
            <label key={b.key} className="flex items-start gap-2 py-0.5 text-sm">
              <input type="checkbox" className="size-6 shrink-0" checked={!!enabled?.[b.key]} onChange={(e) => onBug?.(b.key, e.target.checked)} />
              <span>
                <span className="font-medium">Bug: {b.label}</span> <span className="text-muted">— {b.explains} (restarts the run)</span>
              </span>
            </label>
          ))}
        </fieldset>
      ) : null}
    </section>
  );
}
