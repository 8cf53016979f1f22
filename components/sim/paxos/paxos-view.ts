// Paxos view model: proposers on the left, acceptors on the right, messages between (pure).
import { ballotKey, describeMessage, type PaxosCluster, type PaxosMessage } from "@/lib/protocol/paxos";
import { travel, type GraphMessage, type GraphNode } from "../shared/graph";

export const PAXOS_VIEWBOX = { width: 720, height: 400 } as const;

export interface PaxosView {
  nodes: GraphNode[];
  messages: GraphMessage[];
  /** The value chosen so far (by a majority in one ballot), in words. */
  chosen: string;
  /** Each acceptor's accepted value, to see at a glance whether two values were chosen. */
  accepted: Array<{ id: number; value: string | null }>;
  maxRound: number;
}

const column = (count: number, i: number) => (PAXOS_VIEWBOX.height / (count + 1)) * (i + 1);

function glyph(m: PaxosMessage): Pick<GraphMessage, "shape" | "glyph"> {
  switch (m.type) {
    case "prepare":
      return { shape: "circle", glyph: "1a" };
    case "promise":
      return { shape: "circle", glyph: "1b" };
    case "accept":
      return { shape: "square", glyph: "2a" };
    case "accepted":
      return { shape: "square", glyph: "2b" };
    case "nack":
      return { shape: "diamond", glyph: "✗" };
  }
}

export function paxosView(c: PaxosCluster, now: number, reducedMotion: boolean): PaxosView {
  const views = c.nodes();
  const P = c.proposerIds.length;
  const A = c.acceptorIds.length;
  const nodes: GraphNode[] = views.map((v) => {
    if (v.role === "proposer") {
      const i = v.id - 1;
      const ballot = v.ballot ? ballotKey(v.ballot) : "–";
      const lines = [v.alive ? v.phase : "stopped", `ballot ${ballot}`, v.proposedValue ? `proposes "${v.proposedValue}"` : v.value ? `wants "${v.value}"` : "no value yet", v.decided ? `learned "${v.decided}"` : `promises ${v.promisesReceived}/${v.quorum}`];
      return {
        id: v.id, x: 110, y: column(P, i), w: 150, h: 76, shape: "rect",
        fill: !v.alive ? "fill-stopped" : v.decided ? "fill-holds" : v.phase === "accepting" ? "fill-leader" : v.phase === "preparing" ? "fill-candidate" : "fill-follower",
        title: `P${v.id}`, lines, dashed: !v.alive, state: v.alive ? v.phase : "stopped",
        label: `Proposer P${v.id}, ${lines.join(", ")}`,
      };
    }
    const i = v.id - P - 1;
    const promised = v.promised ? ballotKey(v.promised) : "none";
    const acc = v.accepted ? `"${v.accepted.value}" @${ballotKey(v.accepted.ballot)}` : "nothing";
    const lines = [v.alive ? `promised ${promised}` : "stopped", `accepted ${acc}`];
    return {
      id: v.id, x: 590, y: column(A, i), w: 170, h: Math.min(60, PAXOS_VIEWBOX.height / (A + 1) - 6), shape: "rect",
      fill: !v.alive ? "fill-stopped" : v.accepted ? "fill-follower" : "fill-muted",
      title: `A${v.id}`, lines, dashed: !v.alive, state: v.alive ? (v.accepted ? "accepted" : "idle") : "stopped",
      label: `Acceptor A${v.id}, ${v.alive ? "up" : "stopped"}, promised ${promised}, accepted ${acc}`,
    };
  });
  const pos = new Map(nodes.map((n) => [n.id, n]));
  const messages: GraphMessage[] = c.inFlight().map((e) => {
    const a = pos.get(e.from)!;
    const b = pos.get(e.to)!;
    return {
      id: e.id, ...travel(a, b, e.sentAt, e.at, now, reducedMotion, 80), ...glyph(e.msg),
      fill: `fill-term-${("ballot" in e.msg ? e.msg.ballot.proposer : 0) % 6}`,
      label: `Message #${e.id}: ${c.label(e.from)} to ${c.label(e.to)}, ${describeMessage(e.msg)}, arrives at t=${e.at}`,
    };
  });
  const ch = c.chosen();
  return {
    nodes,
    messages,
    chosen: ch ? `"${ch.value}" chosen at ballot ${ballotKey(ch.ballot)} (t=${ch.at})` : "nothing chosen yet",
    accepted: views.filter((v) => v.role === "acceptor").map((v) => ({ id: v.id, value: v.role === "acceptor" && v.accepted ? v.accepted.value : null })),
    maxRound: c.maxRound(),
  };
}
