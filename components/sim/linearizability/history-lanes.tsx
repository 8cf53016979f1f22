// One lane per client, one bar per operation, the linearization points joined in order, and
// the operation that breaks a failing history marked. Pure: view-model data in, SVG out, so
// the quiz can draw generated histories with it too. Marks never rely on colour alone: a
// blocked bar is dashed and says ✗, a candidate is dotted, placed bars carry their number.
import { Fragment } from "react";
import { pressable } from "../shared/pressable";
import type { BarMark, HistoryView } from "./view-model";

const MARK_CLASS: Record<BarMark, string> = {
  plain: "fill-surface-raised stroke-line-strong",
  placed: "fill-surface-raised stroke-holds",
  blocked: "fill-surface-raised stroke-violated",
  candidate: "fill-surface-raised stroke-warn",
  unplaced: "fill-surface-raised stroke-line",
};

/** Drawn only while the bar has keyboard focus (SVG groups get no outline of their own). */
const FOCUS_RING = "pointer-events-none fill-none stroke-focus opacity-0 [g:focus-visible>&]:opacity-100";

const MARK_DASH: Partial<Record<BarMark, string>> = { blocked: "6 3", candidate: "2 3" };

export function HistoryLanes({
  view,
  selected,
  onSelect,
  title = "History: one lane per client, one bar per operation",
}: {
  view: HistoryView;
  selected?: number | null;
  onSelect?: (index: number) => void;
  title?: string;
}) {
  return (
    // With selectable bars the drawing is a group of buttons (a role="img" may hold nothing focusable).
    <svg
      role={onSelect ? "group" : "img"}
      aria-label={title}
      width={view.width}
      height={view.height}
      viewBox={`0 0 ${view.width} ${view.height}`}
      className="max-w-none font-sans text-ink"
    >
      <title>{title}</title>
      {view.ticks.map((t) => (
        <g key={t.label}>
          <line x1={t.x} x2={t.x} y1={12} y2={view.height - 4} className="stroke-line" strokeWidth={1} />
          <text x={t.x} y={10} textAnchor="middle" className="fill-muted text-[10px]">
            {t.label}
          </text>
        </g>
      ))}
      {view.lanes.map((l) => (
        <text key={l.client} x={6} y={l.y + 26} className="fill-muted text-xs">
          {l.label}
        </text>
      ))}
      {view.path.length > 1 && (
        <polyline
          points={view.path.map((p) => `${p.x},${p.y}`).join(" ")}
          className="fill-none stroke-holds"
          strokeWidth={1.5}
          strokeDasharray="3 2"
          aria-hidden="true"
        />
      )}
      {view.bars.map((b) => {
        const isSelected = selected === b.index;
        const barWidth = Math.max(4, b.x1 - b.x0);
        const interactive = onSelect !== undefined;
        return (
          <Fragment key={b.index}>
          <g
            data-op={b.index}
            data-mark={b.mark}
            aria-label={interactive ? `${b.title}${b.mark === "blocked" ? " (breaks linearizability)" : ""}` : undefined}
            aria-pressed={interactive ? isSelected : undefined}
            {...pressable(onSelect && (() => onSelect(b.index)))}
            className={interactive ? "cursor-pointer outline-none" : undefined}
          >
            <title>{b.title}</title>
            {interactive && (
              <rect x={b.x0 - 4} y={b.y - 4} width={barWidth + 8} height={b.height + 8} rx={6} className={FOCUS_RING} strokeWidth={2.5} aria-hidden="true" />
            )}
            <rect
              x={b.x0}
              y={b.y}
              width={barWidth}
              height={b.height}
              rx={4}
              className={MARK_CLASS[b.mark]}
              strokeWidth={isSelected || b.mark === "blocked" ? 3 : 1.5}
              strokeDasharray={MARK_DASH[b.mark]}
            />
          </g>
          {/* The bar's words sit outside the button: its name says them (WCAG 2.5.3). */}
          <g aria-hidden="true" className="pointer-events-none">
            {b.pending && (
              <text x={b.x1 - 4} y={b.y + 16} textAnchor="end" className="fill-muted text-xs">
                …
              </text>
            )}
            <text x={b.x0 + 6} y={b.y + 16} className="fill-ink text-xs">
              {b.mark === "blocked" ? "✗ " : ""}
              {b.label}
            </text>
            {b.point && (
              <g aria-hidden="true">
                <line x1={b.point.x} x2={b.point.x} y1={b.y - 4} y2={b.y + b.height + 4} className="stroke-holds" strokeWidth={2} />
                <circle cx={b.point.x} cy={b.y - 7} r={7} className="fill-holds" />
                <text x={b.point.x} y={b.y - 4} textAnchor="middle" className="fill-surface text-[9px] font-semibold">
                  {b.point.order}
                </text>
              </g>
            )}
          </g>
          </Fragment>
        );
      })}
    </svg>
  );
}
