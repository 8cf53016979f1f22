"use client";

import { memo } from "react";
import { pressable } from "../shared/pressable";
import { RAFT_LOG_LAYOUT as LOG, RAFT_VIEWBOX, type RaftLogRow, type RaftMessageShape, type RaftServerShape, type RaftView } from "./raft-view";

const ROLE_FILL: Record<RaftServerShape["role"], string> = {
  leader: "fill-leader",
  candidate: "fill-candidate",
  follower: "fill-follower",
  stopped: "fill-stopped",
};
const ROLE_GLYPH: Record<RaftServerShape["role"], string> = { leader: "♛", candidate: "?", follower: "", stopped: "✕" };

const termFill = (t: number) => `fill-term-${t % 6}`;

// Drawn on every animation frame while playing: each part re-renders only when what it shows
// changed (the log rows when the engine moves, a message's body never, its place by one
// transform), so a frame costs a few attribute writes.

const sameServer = (a: { s: RaftServerShape; selected: boolean; onServer(id: number): void }, b: typeof a) =>
  a.selected === b.selected &&
  a.onServer === b.onServer &&
  a.s.label === b.s.label &&
  a.s.x === b.s.x &&
  a.s.y === b.s.y &&
  a.s.r === b.s.r &&
  (a.s.timer?.fraction ?? -1) === (b.s.timer?.fraction ?? -1);

const Server = memo(function Server({ s, selected, onServer }: { s: RaftServerShape; selected: boolean; onServer(id: number): void }) {
  const onSelect = () => onServer(s.id);
  const circumference = 2 * Math.PI * (s.r + 6);
  const roleLine = `${s.role}${s.votedFor !== null && s.role !== "leader" ? ` · voted S${s.votedFor}` : ""}`;
  return (
    // The name starts with the drawn words, in drawing order (WCAG 2.5.3 label in name), then says the rest.
    <g {...pressable(onSelect)} aria-label={`Term ${s.term}, S${s.id} ${ROLE_GLYPH[s.role]} ${roleLine}: ${s.label}`} aria-pressed={selected} className="group cursor-pointer outline-none" data-server={s.id} data-role={s.role}>
      <circle cx={s.x} cy={s.y} r={s.r + 11} className="invisible fill-none stroke-focus group-focus-visible:visible" strokeWidth={3} />
      {selected ? <circle cx={s.x} cy={s.y} r={s.r + 9} className="fill-none stroke-ink" strokeWidth={1.5} strokeDasharray="4 3" /> : null}
      <circle cx={s.x} cy={s.y} r={s.r + 6} className="fill-none stroke-line" strokeWidth={4} />
      {s.timer ? (
        <circle
          cx={s.x}
          cy={s.y}
          r={s.r + 6}
          className="fill-none stroke-muted"
          strokeWidth={4}
          strokeDasharray={`${circumference * s.timer.fraction} ${circumference}`}
          transform={`rotate(-90 ${s.x} ${s.y})`}
        />
      ) : null}
      <circle cx={s.x} cy={s.y} r={s.r} className={`${ROLE_FILL[s.role]} stroke-ink`} strokeWidth={s.role === "leader" ? 3 : 1} strokeDasharray={s.role === "stopped" ? "4 3" : undefined} />
      {/* The server's name (aria-label) says all of this in words; the drawn text is for the eye. */}
      <g aria-hidden="true">
      <text x={s.x} y={s.y + 6} textAnchor="middle" fontSize={18} fontWeight={700} className="fill-surface">
        {s.term}{" " /* a space between the drawn words, so the name can repeat them (label in name) */}
      </text>
      <text x={s.x} y={s.y - s.r - 14} textAnchor="middle" fontSize={13} fontWeight={600} className="fill-ink">
        S{s.id} {ROLE_GLYPH[s.role]}
      </text>
      <text x={s.x} y={s.y + s.r + 22} textAnchor="middle" fontSize={11} className="fill-muted">
        {roleLine}
      </text>
      </g>
    </g>
  );
}, sameServer);

/** A message drawn around (0, 0): the same elements all the way, moved by its group's transform. */
const MessageBody = memo(function MessageBody({ shape, glyph, term, selected }: Pick<RaftMessageShape, "shape" | "glyph" | "term"> & { selected: boolean }) {
  const size = 9;
  const body =
    shape === "circle" ? (
      <circle r={size} />
    ) : shape === "square" ? (
      <rect x={-size} y={-size} width={size * 2} height={size * 2} />
    ) : (
      <polygon points={`0,${-size - 2} ${size + 2},0 0,${size + 2} ${-size - 2},0`} />
    );
  return (
    <>
      <circle r={size + 6} className="invisible fill-none stroke-focus group-focus-visible:visible" strokeWidth={2.5} />
      <g className={`${termFill(term)} ${selected ? "stroke-ink" : "stroke-surface"}`} strokeWidth={selected ? 2.5 : 1}>
        {body}
      </g>
      <text y={4} textAnchor="middle" fontSize={11} fontWeight={700} className="pointer-events-none fill-surface" aria-hidden="true">
        {glyph}
      </text>
    </>
  );
});

function Message({ m, selected, onMessage }: { m: RaftMessageShape; selected: boolean; onMessage(id: number): void }) {
  return (
    <g
      {...pressable(() => onMessage(m.id))}
      transform={`translate(${m.x.toFixed(1)} ${m.y.toFixed(1)})`}
      aria-label={m.label}
      aria-pressed={selected}
      className="group cursor-pointer outline-none"
      data-message={m.id}
    >
      <MessageBody shape={m.shape} glyph={m.glyph} term={m.term} selected={selected} />
    </g>
  );
}

/** The log of every server: re-drawn only when the rows change (the engine moved), not every frame. */
const LogRows = memo(function LogRows({ rows }: { rows: RaftLogRow[] }) {
  const cols = rows.reduce((m, r) => Math.max(m, r.cells.length), 0);
  const firstIndex = rows.reduce((m, r) => (r.cells.length ? Math.min(m, r.cells[0].index) : m), Infinity);
  return (
    <g aria-label="Logs" role="group">
      <text x={LOG.x} y={18} fontSize={11} className="fill-muted">
        log index
      </text>
      {Number.isFinite(firstIndex)
        ? Array.from({ length: cols }, (_, k) => (
            <text key={k} x={LOG.x + 40 + k * LOG.cell + LOG.cell / 2 - 1} y={18} fontSize={10} textAnchor="middle" className="fill-muted">
              {firstIndex + k}
            </text>
          ))
        : null}
      {rows.map((r) => (
        <LogRowShape key={r.id} r={r} />
      ))}
    </g>
  );
});

const LogRowShape = memo(function LogRowShape({ r }: { r: RaftLogRow }) {
  return (
    <g aria-label={`S${r.id} log: ${r.cells.map((c) => `${c.index} term ${c.term} ${c.state.replace("-", " ")}`).join("; ") || "empty"}`}>
      <text x={LOG.x} y={r.y + r.height / 2 + 4} fontSize={12} fontWeight={600} className="fill-ink">
        S{r.id}
      </text>
      {r.cells.map((c) => (
        <g key={c.index}>
          <rect
            x={c.x}
            y={r.y + 4}
            width={LOG.cell - 3}
            height={Math.min(26, r.height - 10)}
            className={`${termFill(c.term)} ${c.state === "uncommitted" ? "opacity-40" : ""} ${c.state === "uncommitted" ? "stroke-none" : "stroke-ink"}`}
            strokeWidth={c.state === "committed" ? 2 : 1.5}
            strokeDasharray={c.state === "committed-elsewhere" ? "3 2" : undefined}
          >
            <title>{`index ${c.index}, term ${c.term}, "${c.command}": ${c.state === "committed" ? "committed" : c.state === "committed-elsewhere" ? "committed in the cluster; this server has not learned it yet" : "not committed"}`}</title>
          </rect>
          <text x={c.x + (LOG.cell - 3) / 2} y={r.y + 4 + Math.min(26, r.height - 10) / 2 + 4} fontSize={11} textAnchor="middle" className="pointer-events-none fill-ink">
            {c.term}
          </text>
        </g>
      ))}
      {r.note ? (
        <text x={LOG.x + 40} y={r.y + r.height - 1} fontSize={9} className="fill-warn">
          ⚠ {r.note.length > 70 ? `${r.note.slice(0, 68)}…` : r.note}
          <title>{r.note}</title>
        </text>
      ) : null}
    </g>
  );
});

export interface RaftDrawingProps {
  view: RaftView;
  selectedServer: number | null;
  selectedMessage: number | null;
  onServer(id: number): void;
  onMessage(id: number): void;
}

export function RaftDrawing({ view, selectedServer, selectedMessage, onServer, onMessage }: RaftDrawingProps) {
  return (
    <svg
      viewBox={`0 0 ${RAFT_VIEWBOX.width} ${RAFT_VIEWBOX.height}`}
      className="w-full rounded-md border border-line bg-surface"
      role="group"
      aria-label={`Raft cluster: ${view.servers.length} servers${view.leader ? `, leader S${view.leader}` : ", no leader"}; ${view.committed} entries committed`}
    >
      {view.groups ? (
        <text x={12} y={18} fontSize={12} className="fill-warn">
          ⚡ partitioned: {view.groups.map((g) => `{${g.map((i) => `S${i}`).join(" ")}}`).join(" | ")}
        </text>
      ) : null}
      {view.servers.map((s) => (
        <Server key={s.id} s={s} selected={selectedServer === s.id} onServer={onServer} />
      ))}
      <g aria-label="Messages in flight" role="group">
        {view.messages.map((m) => (
          <Message key={m.id} m={m} selected={selectedMessage === m.id} onMessage={onMessage} />
        ))}
      </g>
      <LogRows rows={view.rows} />
      <Legend />
    </svg>
  );
}

const Legend = memo(function Legend() {
  return (
    <>
      <text x={LOG.x} y={RAFT_VIEWBOX.height - 22} fontSize={10} className="fill-muted">
        numbers are terms · solid border: committed · pale: not committed
      </text>
      <text x={LOG.x} y={RAFT_VIEWBOX.height - 8} fontSize={10} className="fill-muted">
        dashed: committed in the cluster, this server not told yet · ring: election timer
      </text>
    </>
  );
});
