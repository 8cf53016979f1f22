"use client";

import type { BugSwitch, InvariantState } from "./model";

export interface InvariantBannerProps {
  invariants: InvariantState[];
  bugs?: BugSwitch[];
  enabled?: Record<string, boolean>;
  onBug?(key: string, on: boolean): void;
}

/** Each safety property of the protocol and whether the run keeps it, plus the deliberate-bug switches. */
export function InvariantBanner({ invariants, bugs, enabled, onBug }: InvariantBannerProps) {
  const broken = invariants.filter((i) => !i.holds);
  return (
    <section aria-label="Safety properties" className={`rounded-md border-2 p-3 ${broken.length ? "border-violated" : "border-holds"}`}>
      <div role="status" aria-live="polite">
        <p className={`text-sm font-semibold ${broken.length ? "text-violated" : "text-holds"}`}>
          {broken.length ? `✗ ${broken.length} safety ${broken.length === 1 ? "property" : "properties"} violated` : "✓ Every safety property holds"}
        </p>
        <ul className="mt-1 grid gap-x-4 gap-y-0.5 text-sm sm:grid-cols-2">
          {invariants.map((i) => (
            <li key={i.name} data-invariant={i.name} data-holds={i.holds}>
              <span className={i.holds ? "text-holds" : "text-violated"} aria-hidden="true">
                {i.holds ? "✓" : "✗"}
              </span>{" "}
              {i.name}: <strong>{i.holds ? "holds" : "violated"}</strong>
              {!i.holds && i.detail ? <span className="block text-xs text-violated">{i.detail}</span> : null}
            </li>
          ))}
        </ul>
      </div>
      {bugs && bugs.length > 0 ? (
        <fieldset className="mt-2 border-t border-line pt-2">
          <legend className="sr-only">Deliberate bugs</legend>
          {bugs.map((b) => (
            <label key={b.key} className="flex items-start gap-2 text-sm">
              <input type="checkbox" className="mt-1" checked={!!enabled?.[b.key]} onChange={(e) => onBug?.(b.key, e.target.checked)} />
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
