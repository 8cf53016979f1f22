// Shapes shared by the node-and-message drawings (Paxos, two-phase commit, split brain): a
// view model fills these, shared/graph-drawing.tsx draws them. Pure.

export interface GraphNode {
  id: number;
  x: number;
  y: number;
  w: number;
  h: number;
  shape: "circle" | "rect";
  /** A semantic fill class (fill-leader, fill-stopped, ...). */
  fill: string;
  title: string;
  /** Short lines drawn under the title, in words. */
  lines: string[];
  /** Stopped/blocked nodes get a dashed outline as well as their colour. */
  dashed: boolean;
  /** What a screen reader hears. */
  label: string;
  /** Extra attributes for tests and styling (data-state). */
  state: string;
}

export interface GraphMessage {
  id: number;
  x: number;
  y: number;
  shape: "circle" | "square" | "diamond";
  glyph: string;
  fill: string;
  label: string;
}

/** Where a message is on its way from a to b at `now`; reduced motion jumps between two fixed points. */
export function travel(
  a: { x: number; y: number },
  b: { x: number; y: number },
  sentAt: number,
  at: number,
  now: number,
  reducedMotion: boolean,
  inset = 30,
): { x: number; y: number } {
  let t = at > sentAt ? (now - sentAt) / (at - sentAt) : 1;
  t = Math.max(0, Math.min(1, t));
  if (reducedMotion) t = t < 0.5 ? 0.3 : 0.7;
  const dx = b.x - a.x;
  const dy = b.y - a.y;
  const len = Math.hypot(dx, dy) || 1;
  const s = Math.min(0.45, inset / len);
  const f = s + (1 - 2 * s) * t;
  return { x: a.x + dx * f, y: a.y + dy * f };
}
