// The invariant / verdict banner: each property by name with "holds" or "violated" in words
// and a glyph (never colour alone). role="status" so screen readers hear changes politely.
export interface BannerFact {
  name: string;
  /** null: not known (not checked yet, or the search gave up). */
  holds: boolean | null;
  detail?: string;
}

const WORD = (h: boolean | null) => (h === null ? "unknown" : h ? "holds" : "violated");
const GLYPH = (h: boolean | null) => (h === null ? "? " : h ? "✓ " : "✗ ");
const TEXT = (h: boolean | null) => (h === null ? "text-warn" : h ? "text-holds" : "text-violated");

export function VerdictBanner({ title, facts, tone }: { title?: string; facts: BannerFact[]; tone?: "holds" | "violated" | "neutral" }) {
  const bad = facts.some((f) => f.holds === false);
  const unknown = facts.some((f) => f.holds === null);
  const t = tone ?? (bad ? "violated" : unknown ? "neutral" : "holds");
  const border = t === "violated" ? "border-violated" : t === "holds" ? "border-holds" : "border-line-strong";
  return (
    <div role="status" aria-live="polite" className={`rounded-lg border-2 ${border} bg-surface-raised px-3 py-2`} data-testid="sim-banner">
      {title && <p className="font-semibold text-ink">{title}</p>}
      <ul className="mt-1 space-y-0.5 text-sm">
        {facts.map((f) => (
          <li key={f.name} className={TEXT(f.holds)}>
            <span aria-hidden="true">{GLYPH(f.holds)}</span>
            <span className="font-medium">{f.name}</span>: {WORD(f.holds)}
            {f.detail ? <span className="text-muted"> ({f.detail})</span> : null}
          </li>
        ))}
      </ul>
    </div>
  );
}
