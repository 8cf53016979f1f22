// The space-time diagram: one horizontal lane per process, events as dots in trace order,
// messages as arrows from send to receive (dashed while in flight), each event stamped with
// its Lamport number and vector. Pure: view-model data in, SVG out (the quiz reuses it).
// Kinds differ by shape, not only colour: local ●, send ▲, receive ■.
import { Fragment } from "react";
import { pressable } from "../shared/pressable";
import type { DiagramEvent, SpaceTimeView } from "./view-model";

function Marker({ e, selected }: { e: DiagramEvent; selected: boolean }) {
  const cls = selected ? "fill-accent stroke-ink" : "fill-ink stroke-ink";
  const sw = selected ? 2 : 1;
  if (e.kind === "send") return <path d={`M ${e.x} ${e.y - 8} L ${e.x + 7} ${e.y + 5} L ${e.x - 7} ${e.y + 5} Z`} className={cls} strokeWidth={sw} />;
  if (e.kind === "receive") return <rect x={e.x - 6} y={e.y - 6} width={12} height={12} className={cls} strokeWidth={sw} />;
  return <circle cx={e.x} cy={e.y} r={6} className={cls} strokeWidth={sw} />;
}

export function SpaceTime({
  view,
  selected = [],
  onSelect,
  showVectors = true,
  showLamport = true,
  title = "Space-time diagram",
}: {
  view: SpaceTimeView;
  selected?: string[];
  onSelect?: (id: string) => void;
  showVectors?: boolean;
  /** false: events are named without their Lamport stamp (a quiz asking for the stamps). */
  showLamport?: boolean;
  title?: string;
}) {
  return (
    // With selectable events the drawing is a group of buttons (a role="img" may hold nothing focusable).
    <svg role={onSelect ? "group" : "img"} aria-label={title} width={view.width} height={view.height} viewBox={`0 0 ${view.width} ${view.height}`} className="max-w-none font-sans text-ink">
      <title>{title}</title>
      <defs>
        <marker id="st-arrow" viewBox="0 0 10 10" refX="9" refY="5" markerWidth="7" markerHeight="7" orient="auto-start-reverse">
          <path d="M 0 0 L 10 5 L 0 10 z" className="fill-muted" />
        </marker>
      </defs>
      {view.lanes.map((l) => (
        <g key={l.process}>
          <text x={8} y={l.y + 4} className="fill-ink text-sm font-semibold">
            {l.label ?? `P${l.process}`}
          </text>
          <line x1={40} x2={view.width - 10} y1={l.y} y2={l.y} className="stroke-line-strong" strokeWidth={1.5} />
        </g>
      ))}
      {view.messages.map((m) => (
        <g key={m.message} aria-hidden="true">
          <line
            x1={m.x1}
            y1={m.y1}
            x2={m.x2}
            y2={m.y2}
            className="stroke-muted"
            strokeWidth={1.5}
            strokeDasharray={m.inFlight ? "5 4" : undefined}
            markerEnd="url(#st-arrow)"
          />
          <text x={(m.x1 + m.x2) / 2 + 4} y={(m.y1 + m.y2) / 2 - 4} className="fill-muted text-[11px] italic">
            {m.message}
            {m.inFlight ? " (in flight)" : ""}
          </text>
        </g>
      ))}
      {view.events.map((e) => {
        const isSel = selected.includes(e.id);
        const interactive = onSelect !== undefined;
        return (
          <Fragment key={e.id}>
          <g
            data-event={e.id}
            aria-pressed={interactive ? isSel : undefined}
            aria-label={interactive ? e.title : undefined}
            {...pressable(onSelect && (() => onSelect(e.id)))}
            className={interactive ? "cursor-pointer outline-none" : undefined}
          >
            <title>{e.title}</title>
            {interactive && (
              <circle cx={e.x} cy={e.y} r={18} className="pointer-events-none fill-none stroke-focus opacity-0 [g:focus-visible>&]:opacity-100" strokeWidth={2.5} aria-hidden="true" />
            )}
            <circle cx={e.x} cy={e.y} r={14} className={isSel ? "fill-none stroke-accent" : "fill-transparent stroke-none"} strokeWidth={2} />
            <Marker e={e} selected={isSel} />
          </g>
          {/* The stamps sit outside the button (its name, the event's title, says them in words: WCAG 2.5.3); clicks pass through them. */}
          <g aria-hidden="true" className="pointer-events-none">
            <text x={e.x} y={e.y - 14} textAnchor="middle" className="fill-ink text-[11px] font-semibold">
              {showLamport ? `${e.id} · ${e.lamport}` : e.id}
            </text>
            {showVectors && (
              <text x={e.x} y={e.y + 22} textAnchor="middle" className="fill-muted font-mono text-[10px]">
                {e.vector}
              </text>
            )}
            {e.label && (
              <text x={e.x} y={e.y + 34} textAnchor="middle" className="fill-muted text-[10px]">
                {e.label}
              </text>
            )}
          </g>
          </Fragment>
        );
      })}
    </svg>
  );
}
