"use client";

import { Fragment, type ReactNode } from "react";
import type { GraphMessage, GraphNode } from "./graph";
import { pressable } from "./pressable";

export interface GraphDrawingProps {
  width: number;
  height: number;
  label: string;
  nodes: GraphNode[];
  messages: GraphMessage[];
  selectedNode?: number | null;
  selectedMessage?: number | null;
  /** Without onNode the drawing is a picture (role=img named by label): nothing is focusable. */
  onNode?(id: number): void;
  onMessage?(id: number): void;
  /** Drawn under the nodes (partition lines, storage, legends). */
  children?: ReactNode;
}

/** Nodes and travelling messages, each focusable and selectable from the keyboard (when onNode/onMessage are given). */
export function GraphDrawing({ width, height, label, nodes, messages, selectedNode = null, selectedMessage = null, onNode, onMessage, children }: GraphDrawingProps) {
  return (
    <svg viewBox={`0 0 ${width} ${height}`} className="w-full rounded-md border border-line bg-surface" role={onNode ? "group" : "img"} aria-label={label}>
      {children}
      {nodes.map((n) => (
        <Fragment key={n.id}>
        <g {...pressable(onNode && (() => onNode(n.id)))} aria-label={onNode ? n.label : undefined} aria-pressed={onNode ? selectedNode === n.id : undefined} className={onNode ? "group cursor-pointer outline-none" : undefined} data-node={n.id} data-state={n.state}>
          {onNode ? null : <title>{n.label}</title>}
          {n.shape === "circle" ? (
            <>
              <circle cx={n.x} cy={n.y} r={n.w / 2 + 6} className="invisible fill-none stroke-focus group-focus-visible:visible" strokeWidth={3} />
              {selectedNode === n.id ? <circle cx={n.x} cy={n.y} r={n.w / 2 + 3} className="fill-none stroke-ink" strokeDasharray="4 3" /> : null}
              <circle cx={n.x} cy={n.y} r={n.w / 2} className={`${n.fill} stroke-ink`} strokeDasharray={n.dashed ? "4 3" : undefined} />
            </>
          ) : (
            <>
              <rect x={n.x - n.w / 2 - 5} y={n.y - n.h / 2 - 5} width={n.w + 10} height={n.h + 10} rx={8} className="invisible fill-none stroke-focus group-focus-visible:visible" strokeWidth={3} />
              {selectedNode === n.id ? <rect x={n.x - n.w / 2 - 3} y={n.y - n.h / 2 - 3} width={n.w + 6} height={n.h + 6} rx={7} className="fill-none stroke-ink" strokeDasharray="4 3" /> : null}
              <rect x={n.x - n.w / 2} y={n.y - n.h / 2} width={n.w} height={n.h} rx={6} className={`${n.fill} stroke-ink`} strokeDasharray={n.dashed ? "4 3" : undefined} strokeWidth={n.dashed ? 2 : 1} />
            </>
          )}
        </g>
        {/* The node's name (aria-label) says all of this in words; the drawn text is for the eye, and sits
            outside the button so the button's visible text never disagrees with its name (WCAG 2.5.3). */}
        <g aria-hidden="true" className="pointer-events-none">
            <text x={n.x} y={n.y - n.h / 2 + 16} textAnchor="middle" fontSize={13} fontWeight={700} className="pointer-events-none fill-surface">
              {n.title}
            </text>
            {n.lines.map((l, i) => (
              <text key={i} x={n.x} y={n.y - n.h / 2 + 31 + i * 13} textAnchor="middle" fontSize={11} className="pointer-events-none fill-surface">
                {l}
              </text>
            ))}
        </g>
        </Fragment>
      ))}
      <g role={onMessage ? "group" : undefined} aria-label={onMessage ? "Messages in flight" : undefined}>
        {messages.map((m) => {
          const s = 9;
          const body =
            m.shape === "circle" ? (
              <circle cx={m.x} cy={m.y} r={s + 1} />
            ) : m.shape === "square" ? (
              <rect x={m.x - s} y={m.y - s} width={s * 2} height={s * 2} />
            ) : (
              <polygon points={`${m.x},${m.y - s - 3} ${m.x + s + 3},${m.y} ${m.x},${m.y + s + 3} ${m.x - s - 3},${m.y}`} />
            );
          return (
            <Fragment key={m.id}>
            <g {...pressable(onMessage && (() => onMessage(m.id)))} aria-label={onMessage ? m.label : undefined} aria-pressed={onMessage ? selectedMessage === m.id : undefined} className={onMessage ? "group cursor-pointer outline-none" : undefined} data-message={m.id}>
              {onMessage ? null : <title>{m.label}</title>}
              <circle cx={m.x} cy={m.y} r={s + 7} className="invisible fill-none stroke-focus group-focus-visible:visible" strokeWidth={2.5} />
              <g className={`${m.fill} ${selectedMessage === m.id ? "stroke-ink" : "stroke-surface"}`} strokeWidth={selectedMessage === m.id ? 2.5 : 1}>
                {body}
              </g>
            </g>
            <text x={m.x} y={m.y + 4} textAnchor="middle" fontSize={9} fontWeight={700} className="pointer-events-none fill-surface" aria-hidden="true">
              {m.glyph}
            </text>
            </Fragment>
          );
        })}
      </g>
    </svg>
  );
}
