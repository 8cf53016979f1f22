import { MASTERED_RULE, percent, type CardProgress } from "@/lib/srs/progress";

/**
 * A lesson's card progress. The figures are the information; the bar (mastered solid, seen
 * hatched, the rest empty) only echoes them, so nothing depends on telling colours apart.
 */
export function TopicProgress({ progress, label }: { progress: CardProgress; label: string }) {
  const { total, seen, mastered, suspended } = progress;
  return (
    <div className="space-y-1" data-testid="topic-progress">
      <p className="text-small tabular-nums">
        <span className="sr-only">{label}: </span>
        <strong>{seen}</strong> of {total} cards seen ({percent(seen, total)}%) · <strong>{mastered}</strong> mastered ({percent(mastered, total)}%)
        {suspended ? ` · ${suspended} suspended` : ""}
      </p>
      <div aria-hidden="true" className="flex h-2.5 w-full overflow-hidden rounded-sm border border-line-strong bg-surface">
        <div className="h-full bg-accent" style={{ width: `${total ? (mastered / total) * 100 : 0}%` }} />
        <div
          className="h-full border-r border-line-strong text-accent"
          style={{
            width: `${total ? (Math.max(0, seen - mastered) / total) * 100 : 0}%`,
            backgroundImage: "repeating-linear-gradient(135deg, currentColor 0 1px, transparent 1px 5px)",
          }}
        />
      </div>
    </div>
  );
}

/** The definitions behind the figures, said once per page. */
export function TopicProgressLegend() {
  return (
    <p className="text-caption text-muted">
      <strong>Seen</strong>: reviewed at least once. <strong>Mastered</strong>: {MASTERED_RULE}. Bar: solid = mastered, hatched = seen, empty = not
      yet studied.
    </p>
  );
}
