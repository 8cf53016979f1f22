// Split-brain view model: nodes grouped by which side of the partition they are on, each
// with its role, epoch and log; in fencing mode the shared storage too (pure).
import type { SplitBrainCluster } from "@/lib/protocol/split-brain";
import { travel, type GraphMessage, type GraphNode } from "../shared/graph";

export const SPLIT_BRAIN_VIEWBOX = { width: 720, height: 360 } as const;

export interface SplitBrainView {
  nodes: GraphNode[];
  messages: GraphMessage[];
  /** x positions of the dashed partition lines between groups. */
  cuts: number[];
  leaders: string;
  storage: { token: number; values: string[]; refused: string[] } | null;
  writes: Array<{ id: number; value: string; node: number; epoch: number; slot: number; acked: boolean; lost: boolean }>;
}

export function splitBrainView(c: SplitBrainCluster, now: number, reducedMotion: boolean): SplitBrainView {
  const views = c.nodes();
  const groups = c.groups();
  const order = groups.flat();
  const gapCount = groups.length - 1;
  const slot = (SPLIT_BRAIN_VIEWBOX.width - 40 - gapCount * 40) / order.length;
  const xOf = new Map<number, number>();
  const cuts: number[] = [];
  let x = 20;
  groups.forEach((g, gi) => {
    for (const id of g) {
      xOf.set(id, x + slot / 2);
      x += slot;
    }
    if (gi < groups.length - 1) {
      cuts.push(x + 20);
      x += 40;
    }
  });
  const naive = c.mode !== "majority";
  const nodes: GraphNode[] = views.map((v) => {
    const role = !v.alive ? "stopped" : v.role === "leader" ? (naive ? "primary" : "leader") : naive ? "standby" : v.role;
    const tail = v.log.slice(-3).map((e) => e.command);
    const lines = [role, `epoch ${v.epoch}`, `log: ${v.log.length > 3 ? "… " : ""}${tail.join(", ") || "empty"}`];
    return {
      id: v.id, x: xOf.get(v.id)!, y: 120, w: Math.min(150, slot - 10), h: 76, shape: "rect",
      fill: !v.alive ? "fill-stopped" : v.role === "leader" ? "fill-leader" : v.role === "candidate" ? "fill-candidate" : "fill-follower",
      title: `N${v.id}`, lines, dashed: !v.alive, state: role,
      label: `Node N${v.id}, ${role}, epoch ${v.epoch}, log ${v.log.map((e) => e.command).join(", ") || "empty"}, ${v.commitIndex} acknowledged`,
    };
  });
  const pos = new Map(nodes.map((n) => [n.id, n]));
  const messages: GraphMessage[] = c.inFlight().map((e) => {
    const m = e.msg as { type?: string; entries?: unknown[]; success?: boolean; voteGranted?: boolean };
    const kind = m.type ?? "";
    const glyph = kind === "Heartbeat" ? "H" : kind === "RequestVote" ? "?" : kind === "RequestVoteReply" ? (m.voteGranted ? "✓" : "✗") : kind === "AppendEntries" ? (m.entries?.length ? String(m.entries.length) : "H") : m.success ? "✓" : "✗";
    const shape = kind === "RequestVote" || kind === "RequestVoteReply" ? "circle" : kind === "AppendEntriesReply" ? "diamond" : "square";
    return {
      id: e.id, ...travel(pos.get(e.from)!, pos.get(e.to)!, e.sentAt, e.at, now, reducedMotion, 50), glyph, shape,
      fill: "fill-term-0", label: `Message #${e.id}: N${e.from} to N${e.to}, ${kind}, arrives at t=${e.at}`,
    };
  });
  const ls = c.leaders();
  const d = c.diagnostics();
  const lost = new Set(d.lostWrites.map((w) => w.id));
  const st = c.mode === "fencing" ? c.storage() : null;
  return {
    nodes,
    messages,
    cuts,
    leaders: ls.length === 0 ? "no node believes it leads" : `${ls.map((l) => `N${l.id} (epoch ${l.epoch})`).join(" and ")} ${ls.length === 1 ? "believes it leads" : "believe they lead"}`,
    storage: st ? { token: st.token, values: st.entries.map((e) => e.command), refused: st.fenced.map((f) => `"${f.value}" from N${f.node} (token ${f.token} < ${f.highest})`) } : null,
    writes: c.writes().map((w) => ({ id: w.id, value: w.value, node: w.node, epoch: w.epoch, slot: w.slot, acked: w.ackedAt !== null, lost: lost.has(w.id) })),
  };
}
