// Raft logs as rows of cells (index above, term inside, term colour behind), with the probed
// entry, conflicts, deletions and appends marked by border style and a glyph as well as
// colour. Pure: rows in, SVG out; the quiz draws its divergent logs with it too.
import type { Cell, CellMark } from "./view-model";

export const CELL = 34;
const LABEL_W = 118;

const TERM_FILL = ["fill-term-0", "fill-term-1", "fill-term-2", "fill-term-3", "fill-term-4", "fill-term-5"];

export interface LogRow {
  label: string;
  cells: Cell[];
  /** Struck-through entries shown after the row (just deleted). */
  removed?: Cell[];
  faint?: boolean;
  /** A pointer drawn above this row's cell (e.g. nextIndex). */
  pointer?: { index: number; label: string } | null;
  /** A short note drawn under the label (e.g. "current term 3"). */
  note?: string;
}

const MARK_STROKE: Record<CellMark, string> = {
  plain: "stroke-line-strong",
  probe: "stroke-accent",
  conflict: "stroke-violated",
  deleted: "stroke-violated",
  appended: "stroke-holds",
};
const MARK_GLYPH: Partial<Record<CellMark, string>> = { probe: "?", conflict: "✗", deleted: "✗", appended: "+" };

export function LogRows({ rows, maxIndex, title = "Raft logs" }: { rows: LogRow[]; maxIndex: number; title?: string }) {
  const width = LABEL_W + (maxIndex + 1) * CELL + 20;
  const rowH = CELL + 26;
  const height = 22 + rows.length * rowH;
  return (
    <svg role="img" aria-label={title} width={width} height={height} viewBox={`0 0 ${width} ${height}`} className="max-w-none font-sans text-ink">
      <title>{title}</title>
      {Array.from({ length: maxIndex }, (_, i) => (
        <text key={i} x={LABEL_W + i * CELL + CELL / 2} y={14} textAnchor="middle" className="fill-muted text-[10px]">
          {i + 1}
        </text>
      ))}
      {rows.map((row, r) => {
        const y = 26 + r * rowH + 12;
        const cellsToDraw = [...row.cells.map((c) => ({ c, struck: false })), ...(row.removed ?? []).map((c) => ({ c, struck: true }))];
        return (
          <g key={row.label} opacity={row.faint ? 0.45 : 1} data-row={row.label}>
            <text x={4} y={y + CELL / 2 + 4} className="fill-ink text-xs font-semibold">
              {row.label}
            </text>
            {row.note && (
              <text x={4} y={y + CELL / 2 + 17} className="fill-muted text-[10px]">
                {row.note}
              </text>
            )}
            {row.pointer && (
              <g aria-hidden="true">
                <text x={LABEL_W + (row.pointer.index - 1) * CELL + CELL / 2} y={y - 4} textAnchor="middle" className="fill-accent text-[10px] font-semibold">
                  ▼ {row.pointer.label}
                </text>
              </g>
            )}
            {cellsToDraw.map(({ c, struck }) => {
              const x = LABEL_W + (c.index - 1) * CELL;
              const glyph = MARK_GLYPH[c.mark];
              return (
                <g key={`${c.index}-${struck ? "x" : "o"}`} data-index={c.index} data-mark={c.mark}>
                  <title>{`${row.label}: index ${c.index}, term ${c.term}${c.mark === "plain" ? "" : ` (${c.mark})`}`}</title>
                  <rect
                    x={x + 2}
                    y={y + (struck ? 4 : 0)}
                    width={CELL - 4}
                    height={CELL - 4}
                    rx={4}
                    className={`${TERM_FILL[c.term % 6]} ${MARK_STROKE[c.mark]}`}
                    fillOpacity={struck ? 0.15 : 0.3}
                    strokeWidth={c.mark === "plain" ? 1 : 3}
                    strokeDasharray={c.mark === "deleted" || c.mark === "conflict" ? "4 2" : undefined}
                  />
                  <text x={x + CELL / 2} y={y + CELL / 2 + 3} textAnchor="middle" className="fill-ink text-xs font-semibold">
                    {c.term}
                  </text>
                  {glyph && (
                    <text x={x + CELL - 6} y={y + 10} textAnchor="end" className="fill-ink text-[9px]" aria-hidden="true">
                      {glyph}
                    </text>
                  )}
                  {struck && <line x1={x + 4} x2={x + CELL - 4} y1={y + CELL - 4} y2={y + 4} className="stroke-violated" strokeWidth={2} />}
                </g>
              );
            })}
          </g>
        );
      })}
    </svg>
  );
}
