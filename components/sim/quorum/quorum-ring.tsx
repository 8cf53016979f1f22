// Replicas around a ring; the two drawn quorums marked by badge letter and outline style
// (first: solid square badge, second: dashed ring), shared replicas by both, crashed ones
// greyed with "down". Pure: view-model data in, SVG out (the quiz can reuse it).
import { Fragment } from "react";
import { pressable } from "../shared/pressable";
import type { RingNode } from "./view-model";

export function QuorumRing({
  size,
  nodes,
  firstShort,
  secondShort,
  onToggle,
  title = "Replicas and quorums",
}: {
  size: number;
  nodes: RingNode[];
  firstShort: string;
  secondShort: string;
  onToggle?: (id: number) => void;
  title?: string;
}) {
  return (
    // With replicas to press the drawing is a group of buttons (a role="img" may hold nothing focusable).
    <svg role={onToggle ? "group" : "img"} aria-label={title} width={size} height={size} viewBox={`0 0 ${size} ${size}`} className="font-sans text-ink">
      <title>{title}</title>
      {nodes.map((n) => {
        const interactive = onToggle !== undefined;
        return (
          <Fragment key={n.id}>
          <g
            data-node={n.id}
            data-up={n.up}
            aria-label={interactive ? `${n.title}. Press to ${n.up ? "crash" : "restart"} it.` : undefined}
            {...pressable(onToggle && (() => onToggle(n.id)))}
            className={interactive ? "cursor-pointer outline-none" : undefined}
          >
            <title>{n.title}</title>
            {interactive && (
              <circle cx={n.x} cy={n.y} r={31} className="pointer-events-none fill-none stroke-focus opacity-0 [g:focus-visible>&]:opacity-100" strokeWidth={2.5} aria-hidden="true" />
            )}
            {n.inSecond && <circle cx={n.x} cy={n.y} r={27} className="fill-none stroke-accent" strokeWidth={2.5} strokeDasharray="5 3" />}
            <circle
              cx={n.x}
              cy={n.y}
              r={20}
              className={n.up ? (n.inFirst ? "fill-surface-raised stroke-holds" : "fill-surface-raised stroke-line-strong") : "fill-surface-sunken stroke-stopped"}
              strokeWidth={n.inFirst ? 3.5 : 1.5}
              strokeDasharray={n.up ? undefined : "3 3"}
            />
          </g>
          {/* The replica's words sit outside the button: its name says them (WCAG 2.5.3). */}
          <g aria-hidden="true" className="pointer-events-none">
            <text x={n.x} y={n.y + 4} textAnchor="middle" className={n.up ? "fill-ink text-sm font-semibold" : "fill-stopped text-sm"}>
              {n.id}
            </text>
            {!n.up && (
              <text x={n.x} y={n.y + 34} textAnchor="middle" className="fill-stopped text-[10px]">
                down
              </text>
            )}
            {n.inFirst && (
              <g aria-hidden="true">
                <rect x={n.x + 10} y={n.y - 26} width={15} height={14} rx={2} className="fill-holds" />
                <text x={n.x + 17.5} y={n.y - 15} textAnchor="middle" className="fill-surface text-[10px] font-bold">
                  {firstShort}
                </text>
              </g>
            )}
            {n.inSecond && (
              <g aria-hidden="true">
                <rect x={n.x - 25} y={n.y - 26} width={15} height={14} rx={7} className="fill-accent" />
                <text x={n.x - 17.5} y={n.y - 15} textAnchor="middle" className="fill-surface text-[10px] font-bold">
                  {secondShort}
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
