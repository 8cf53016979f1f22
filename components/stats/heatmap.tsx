import type { HeatCell } from "@/lib/stats/arithmetic";

const MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];
/** Levels 1-4 are the accent at rising strength, and each cell also names its count in a tooltip. */
const LEVEL_OPACITY = [0, 0.3, 0.5, 0.75, 1];

/** The last 365 study days as a GitHub-style calendar, server-rendered SVG. */
export function Heatmap({ cells, streak, longest, reviews, days }: { cells: HeatCell[]; streak: number; longest: number; reviews: number; days: number }) {
  const S = 11;
  const G = 2;
  const weeks = (cells.at(-1)?.week ?? 0) + 1;
  const W = 28 + weeks * (S + G);
  const H = 16 + 7 * (S + G);
  const monthStarts = cells.filter((c) => c.day.endsWith("-01"));
  const summary = `${reviews} reviews on ${days} of the last 365 days; current streak ${streak} ${streak === 1 ? "day" : "days"}, longest ${longest}.`;
  return (
    <figure className="space-y-2" aria-labelledby="heatmap-summary">
      <div className="overflow-x-auto" tabIndex={0} role="region" aria-label="Review calendar, scrolls sideways">
        <svg viewBox={`0 0 ${W} ${H}`} width={W} height={H} role="img" aria-labelledby="heatmap-summary" data-testid="heatmap">
          {monthStarts.map((c) => (
            <text key={c.day} x={28 + c.week * (S + G)} y={10} className="fill-muted text-[9px]">
              {MONTHS[Number(c.day.slice(5, 7)) - 1]}
            </text>
          ))}
          {["Mon", "Wed", "Fri"].map((d, i) => (
            <text key={d} x={0} y={16 + (1 + 2 * i) * (S + G) + S - 2} className="fill-muted text-[9px]">
              {d}
            </text>
          ))}
          {cells.map((c) => (
            <rect
              key={c.day}
              x={28 + c.week * (S + G)}
              y={16 + c.weekday * (S + G)}
              width={S}
              height={S}
              rx={2}
              className={c.level ? "fill-accent" : "fill-surface-sunken stroke-line"}
              fillOpacity={c.level ? LEVEL_OPACITY[c.level] : 1}
              data-level={c.level}
            >
              <title>{`${c.day}: ${c.reviews} ${c.reviews === 1 ? "review" : "reviews"}`}</title>
            </rect>
          ))}
        </svg>
      </div>
      <figcaption id="heatmap-summary" className="text-sm text-muted" data-testid="heatmap-summary">
        {summary}
      </figcaption>
    </figure>
  );
}
