// Raft view model: engine state → the shapes and words the SVG draws (pure; raft-view.test.ts).
// Positions are in the drawing's own units (RAFT_VIEWBOX); nothing here knows about React.

import type { InFlightMessage, RaftClusterSim, RaftMessage, RaftNodeView } from "@/lib/protocol/raft";
import { raftMessageWords } from "./raft-words";

export const RAFT_VIEWBOX = { width: 760, height: 420 } as const;
const RING = { cx: 190, cy: 210, r: 150 };
const LOG = { x: 400, width: 350, cell: 24, shown: 12 };

export type RaftRoleWord = "leader" | "candidate" | "follower" | "stopped";

export interface RaftServerShape {
  id: number;
  x: number;
  y: number;
  r: number;
  role: RaftRoleWord;
  term: number;
  votedFor: number | null;
  /** Election timer: the share of the longest timeout still to run, and the ms left. Null for leaders and stopped servers. */
  timer: { fraction: number; remaining: number } | null;
  /** What a screen reader hears for this server. */
  label: string;
}

export type RaftCellState = "committed" | "committed-elsewhere" | "uncommitted";

export interface RaftLogCell {
  index: number;
  term: number;
  command: string;
  x: number;
  state: RaftCellState;
}

export interface RaftLogRow {
  id: number;
  y: number;
  height: number;
  cells: RaftLogCell[];
  /** Entries before the first cell drawn (long logs show their tail). */
  hidden: number;
  commitIndex: number;
  /** Why commitIndex is behind what the cluster has committed (it is volatile state). */
  note: string | null;
}

export type RaftMessageShapeKind = "circle" | "square" | "diamond";

export interface RaftMessageShape {
  id: number;
  from: number;
  to: number;
  x: number;
  y: number;
  shape: RaftMessageShapeKind;
  /** A glyph inside the shape, so kinds differ without colour: ? vote request, ✓/✗ replies, H heartbeat, a count of entries. */
  glyph: string;
  term: number;
  label: string;
}

export interface RaftView {
  servers: RaftServerShape[];
  rows: RaftLogRow[];
  messages: RaftMessageShape[];
  /** Entries committed cluster-wide so far. */
  committed: number;
  leader: number | null;
  /** Partition groups when the network is split, else null. */
  groups: number[][] | null;
}

export function ringPosition(i: number, n: number): { x: number; y: number } {
  const a = (2 * Math.PI * i) / n - Math.PI / 2;
  return { x: RING.cx + RING.r * Math.cos(a), y: RING.cy + RING.r * Math.sin(a) };
}

function glyph(m: RaftMessage): { shape: RaftMessageShapeKind; glyph: string } {
  switch (m.type) {
    case "RequestVote":
      return { shape: "circle", glyph: "?" };
    case "RequestVoteReply":
      return { shape: "circle", glyph: m.voteGranted ? "✓" : "✗" };
    case "AppendEntries":
      return { shape: "square", glyph: m.entries.length === 0 ? "H" : String(m.entries.length) };
    case "AppendEntriesReply":
      return { shape: "diamond", glyph: m.success ? "✓" : "✗" };
  }
}

/**
 * What changes only when the engine moves (an event or an action), not with the clock: the
 * logs, who leads, the partition, and each server's and message's state. The player computes it
 * once per engine change and `raftMoving` places it at each animation frame's time.
 */
export interface RaftStill {
  nodes: ReadonlyArray<RaftNodeView>;
  inFlight: ReadonlyArray<InFlightMessage>;
  maxTimeout: number;
  rows: RaftLogRow[];
  committed: number;
  leader: number | null;
  groups: number[][] | null;
}

const sameCell = (a: RaftLogCell, b: RaftLogCell) => a.index === b.index && a.term === b.term && a.command === b.command && a.x === b.x && a.state === b.state;
const sameRow = (a: RaftLogRow, b: RaftLogRow) =>
  a.id === b.id && a.y === b.y && a.height === b.height && a.hidden === b.hidden && a.commitIndex === b.commitIndex && a.note === b.note &&
  a.cells.length === b.cells.length && a.cells.every((x, i) => sameCell(x, b.cells[i]));

/** `next`, with every row equal to `prev`'s kept as `prev`'s object (and `prev` itself when all are), so a drawing can skip unchanged rows. */
function shareRows(prev: RaftLogRow[] | undefined, next: RaftLogRow[]): RaftLogRow[] {
  if (!prev || prev.length !== next.length) return next;
  let all = true;
  const out = next.map((r, i) => {
    if (sameRow(prev[i], r)) return prev[i];
    all = false;
    return r;
  });
  return all ? prev : out;
}

/** @param prev the previous result for the same run: rows that did not change are shared with it. */
export function raftStill(c: RaftClusterSim, prev?: RaftStill): RaftStill {
  const nodes = c.nodes();
  const n = nodes.length;
  const committed = c.committed();
  const rowH = Math.min(44, (RAFT_VIEWBOX.height - 40) / n);
  const rows: RaftLogRow[] = nodes.map((v, i) => {
    const hidden = Math.max(0, v.log.length - LOG.shown);
    let agrees = 0; // how much of this log is the cluster's committed prefix
    while (agrees < Math.min(v.log.length, committed.length) && v.log[agrees].term === committed[agrees].term && v.log[agrees].command === committed[agrees].command) agrees++;
    const cells = v.log.slice(hidden).map((e, k): RaftLogCell => {
      const index = hidden + k + 1;
      const state: RaftCellState = index <= v.commitIndex ? "committed" : index <= agrees ? "committed-elsewhere" : "uncommitted";
      return { index, term: e.term, command: e.command, x: LOG.x + 40 + k * LOG.cell, state };
    });
    let note: string | null = null;
    if (v.commitIndex < agrees) {
      note = v.alive
        ? `commit index ${v.commitIndex} is volatile: this server learns entries 1–${agrees} are committed from the leader's next message`
        : `stopped: its log is on disk, its commit index (volatile) is forgotten`;
    }
    return { id: v.id, y: 30 + i * rowH, height: rowH, cells, hidden, commitIndex: v.commitIndex, note };
  });
  const groups = c.networkStats().groups;
  return {
    nodes,
    inFlight: c.inFlight(),
    maxTimeout: c.config.electionTimeout[1],
    rows: shareRows(prev?.rows, rows),
    committed: committed.length,
    leader: c.leader(),
    groups: groups.length > 1 ? groups.map((g) => g.slice()) : null,
  };
}

/** What a screen reader hears for a message in flight. */
export const raftMessageLabel = (m: InFlightMessage) => `Message #${m.id}: ${raftMessageWords(m.msg)}; arrives at t=${m.at}`;

/**
 * The servers (election timers) and messages (positions) at simulated time `now`.
 * @param now the simulated time to draw at (may carry a fraction of a millisecond)
 * @param reducedMotion messages jump between two fixed points instead of gliding
 */
export function raftMoving(still: RaftStill, now: number, reducedMotion: boolean): Pick<RaftView, "servers" | "messages"> {
  const n = still.nodes.length;
  const maxTimeout = still.maxTimeout;
  const serverR = n > 5 ? 26 : 30;
  const servers: RaftServerShape[] = still.nodes.map((v, i) => {
    const p = ringPosition(i, n);
    const role: RaftRoleWord = v.alive ? v.role : "stopped";
    const remaining = Number.isFinite(v.electionDeadline) ? Math.max(0, v.electionDeadline - now) : null;
    const timer = v.alive && role !== "leader" && remaining !== null ? { fraction: Math.min(1, remaining / maxTimeout), remaining: Math.round(remaining) } : null;
    const parts = [`Server S${v.id}`, role, `term ${v.term}`];
    if (v.votedFor !== null) parts.push(`voted for S${v.votedFor}`);
    parts.push(`log ${v.log.length} entries, commit index ${v.commitIndex}`);
    if (timer) parts.push(`election timeout in ${timer.remaining} ms`);
    return { id: v.id, ...p, r: serverR, role, term: v.term, votedFor: v.votedFor, timer, label: parts.join(", ") };
  });

  const pos = new Map(servers.map((s) => [s.id, s]));
  const messages: RaftMessageShape[] = still.inFlight.map((m) => {
    const a = pos.get(m.from)!;
    const b = pos.get(m.to)!;
    let t = m.at > m.sentAt ? (now - m.sentAt) / (m.at - m.sentAt) : 1;
    t = Math.max(0, Math.min(1, t));
    if (reducedMotion) t = t < 0.5 ? 0.3 : 0.7;
    const dx = b.x - a.x;
    const dy = b.y - a.y;
    const len = Math.hypot(dx, dy) || 1;
    const start = a.r / len;
    const end = 1 - b.r / len;
    const f = start + (end - start) * t;
    return {
      id: m.id,
      from: m.from,
      to: m.to,
      x: a.x + dx * f,
      y: a.y + dy * f,
      ...glyph(m.msg),
      term: m.msg.term,
      label: raftMessageLabel(m),
    };
  });
  return { servers, messages };
}

/**
 * Everything drawn at simulated time `now`: `raftStill` placed by `raftMoving`.
 * @param now the simulated time to draw at (may carry a fraction of a millisecond)
 * @param reducedMotion messages jump between two fixed points instead of gliding
 */
export function raftView(c: RaftClusterSim, now: number, reducedMotion: boolean): RaftView {
  const still = raftStill(c);
  return { ...raftMoving(still, now, reducedMotion), rows: still.rows, committed: still.committed, leader: still.leader, groups: still.groups };
}

export const RAFT_LOG_LAYOUT = LOG;
