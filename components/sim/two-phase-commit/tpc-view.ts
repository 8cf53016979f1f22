// Two-phase commit view model: the coordinator above, participants below, votes and
// decisions travelling between; blocked (in-doubt) participants drawn and worded as blocked.
import { describeTpcMessage, type TpcMessage, type TwoPhaseCommit } from "@/lib/protocol/two-phase-commit";
import { travel, type GraphMessage, type GraphNode } from "../shared/graph";

export const TPC_VIEWBOX = { width: 720, height: 380 } as const;

export interface TpcView {
  nodes: GraphNode[];
  messages: GraphMessage[];
  outcome: string;
  blocked: number[];
}

function glyph(m: TpcMessage): Pick<GraphMessage, "shape" | "glyph" | "fill"> {
  switch (m.type) {
    case "prepare":
      return { shape: "circle", glyph: "P", fill: "fill-term-0" };
    case "vote":
      return { shape: "diamond", glyph: m.vote === "yes" ? "Y" : "N", fill: m.vote === "yes" ? "fill-term-1" : "fill-term-3" };
    case "decision":
      return { shape: "square", glyph: m.decision === "commit" ? "C" : "A", fill: m.decision === "commit" ? "fill-term-1" : "fill-term-3" };
    case "ack":
      return { shape: "circle", glyph: "✓", fill: "fill-term-5" };
    case "decision-request":
      return { shape: "circle", glyph: "?", fill: "fill-term-2" };
    case "uncertain":
      return { shape: "circle", glyph: "~", fill: "fill-term-2" };
  }
}

export function tpcView(c: TwoPhaseCommit, now: number, reducedMotion: boolean): TpcView {
  const co = c.coordinator();
  const ps = c.participants();
  const votes = Object.values(co.votes);
  const coLines = [
    co.alive ? co.phase.replace("-", " ") : "stopped",
    `votes ${votes.filter((v) => v === "yes").length} yes, ${votes.filter((v) => v === "no").length} no`,
    `log: ${co.decision ? co.decision.toUpperCase() : "no decision"}`,
  ];
  const nodes: GraphNode[] = [
    {
      id: 1, x: TPC_VIEWBOX.width / 2, y: 70, w: 200, h: 72, shape: "rect", fill: co.alive ? "fill-leader" : "fill-stopped",
      title: "Coordinator C", lines: coLines, dashed: !co.alive, state: co.alive ? co.phase : "stopped",
      label: `Coordinator, ${coLines.join(", ")}`,
    },
  ];
  const gap = TPC_VIEWBOX.width / (ps.length + 1);
  ps.forEach((p, i) => {
    const blocked = p.inDoubt;
    const word = !p.alive ? "stopped" : blocked ? "BLOCKED: in doubt" : p.status;
    const lines = [word, `vote ${p.vote ? p.vote.toUpperCase() : "–"}`, p.locksHeld ? "🔒 holds locks" : "locks released"];
    nodes.push({
      id: p.id, x: gap * (i + 1), y: 290, w: Math.min(150, gap - 12), h: 72, shape: "rect",
      fill: !p.alive ? "fill-stopped" : blocked ? "fill-warn" : p.status === "committed" ? "fill-holds" : p.status === "aborted" ? "fill-violated" : "fill-follower",
      title: `P${p.id}`, lines, dashed: blocked || !p.alive, state: !p.alive ? "stopped" : blocked ? "blocked" : p.status,
      label: `Participant P${p.id}, ${lines.join(", ")}${!p.alive && blocked ? ", in doubt (its log says PREPARED)" : ""}`,
    });
  });
  const pos = new Map(nodes.map((n) => [n.id, n]));
  const messages: GraphMessage[] = c.inFlight().map((e) => ({
    id: e.id,
    ...travel(pos.get(e.from)!, pos.get(e.to)!, e.sentAt, e.at, now, reducedMotion, 45),
    ...glyph(e.msg),
    label: `Message #${e.id}: ${c.label(e.from)} to ${c.label(e.to)}, ${describeTpcMessage(e.msg)}, arrives at t=${e.at}`,
  }));
  const o = c.outcome();
  return {
    nodes,
    messages,
    outcome: o === "in-doubt" ? `blocked: ${c.inDoubt().map((i) => `P${i}`).join(", ")} in doubt` : o,
    blocked: c.inDoubt(),
  };
}
