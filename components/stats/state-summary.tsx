import type { StatsView } from "@/lib/stats/stats";

const ROWS = [
  ["new", "New", "not studied yet"],
  ["learning", "Learning", "in their first steps"],
  ["review", "Review", "scheduled days or more ahead"],
  ["relearning", "Relearning", "forgotten, back in short steps"],
  ["suspended", "Suspended", "left out of reviews"],
] as const;

/** Items by state: a labelled stacked bar (each segment named in the list below it) and the counts. */
export function StateSummary({ states }: { states: StatsView["states"] }) {
  const total = Math.max(1, states.total);
  const tone: Record<string, string> = { new: "bg-term-0", learning: "bg-candidate", review: "bg-good", relearning: "bg-again", suspended: "bg-stopped" };
  return (
    <div className="space-y-3">
      <div aria-hidden="true" className="flex h-3 w-full overflow-hidden rounded-sm ring-1 ring-line">
        {ROWS.map(([k]) => (states[k] ? <span key={k} className={tone[k]} style={{ width: `${(states[k] / total) * 100}%` }} /> : null))}
      </div>
      <dl className="grid grid-cols-2 gap-x-6 gap-y-1 text-sm sm:grid-cols-3" data-testid="state-summary">
        {ROWS.map(([k, label, hint]) => (
          <div key={k} className="flex items-baseline gap-2">
            <span aria-hidden="true" className={`inline-block size-2.5 rounded-sm ${tone[k]}`} />
            <dt>
              {label} <span className="text-muted">({hint})</span>
            </dt>
            <dd className="ml-auto tabular-nums" data-testid={`state-${k}`}>{states[k]}</dd>
          </div>
        ))}
      </dl>
      <p className="text-sm text-muted">{states.total} items in all (cards and any other scheduled items).</p>
    </div>
  );
}
