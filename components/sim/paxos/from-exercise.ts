// A generated Paxos exercise (lib/protocol's PaxosFigure) as the Paxos simulator's node
// drawing: proposer P4 on the left, the acceptors on the right with what they promised and
// accepted. Pure. When only some acceptors answer (the "which value" questions), their promises
// (1b) are drawn on the way back and the others are marked silent; when P4's prepare reaches
// everyone (the "who promises" question), the prepares (1a) are drawn and no reply is.
import type { PaxosFigure } from "@/lib/protocol";
import { travel, type GraphMessage, type GraphNode } from "../shared/graph";
import { PAXOS_VIEWBOX } from "./paxos-view";

const column = (count: number, i: number) => (PAXOS_VIEWBOX.height / (count + 1)) * (i + 1);
const accepted = (a: PaxosFigure["acceptors"][number]) => (a.accepted ? `"${a.accepted.value}" at ${a.accepted.ballot}` : "nothing");

export function paxosFigureText(figure: PaxosFigure): string {
  const some = figure.acceptors.some((a) => !a.responds);
  return `Proposer P4 prepares ballot ${figure.ballot}. ${figure.acceptors
    .map((a) => `${a.id}: promised ${a.promised ?? "nothing"}, accepted ${accepted(a)}${some ? (a.responds ? ", answers" : ", silent") : ""}`)
    .join("; ")}`;
}

export function paxosGraphFromExercise(figure: PaxosFigure): { nodes: GraphNode[]; messages: GraphMessage[] } {
  const A = figure.acceptors.length;
  const partial = figure.acceptors.some((a) => !a.responds);
  const proposer: GraphNode = {
    id: 4, x: 110, y: PAXOS_VIEWBOX.height / 2, w: 150, h: 58, shape: "rect", fill: "fill-candidate",
    title: "P4", lines: ["preparing", `ballot ${figure.ballot}`], dashed: false, state: "preparing",
    label: `Proposer P4, prepares ballot ${figure.ballot}`,
  };
  const acceptors = figure.acceptors.map((a, i): GraphNode => {
    const lines = [`promised ${a.promised ?? "none"}`, `accepted ${accepted(a)}`, ...(partial ? [a.responds ? "✓ answers" : "· silent"] : [])];
    return {
      id: 10 + i, x: 590, y: column(A, i), w: 190, h: Math.min(partial ? 60 : 48, PAXOS_VIEWBOX.height / (A + 1) - 6), shape: "rect",
      fill: a.accepted ? "fill-follower" : "fill-muted", title: a.id, lines, dashed: partial && !a.responds,
      state: partial ? (a.responds ? "answers" : "silent") : "idle",
      label: `Acceptor ${a.id}, ${lines.join(", ")}`,
    };
  });
  const messages: GraphMessage[] = acceptors.flatMap((n, i) => {
    const a = figure.acceptors[i];
    if (partial && !a.responds) return [];
    const [from, to] = partial ? [n, proposer] : [proposer, n];
    return [{
      id: i + 1, ...travel(from, to, 0, 1, 0.5, false, 80), shape: "circle" as const, glyph: partial ? "1b" : "1a", fill: "fill-term-4",
      label: partial ? `Promise from ${a.id} to P4, reporting ${accepted(a)}` : `Prepare ${figure.ballot} from P4 to ${a.id}`,
    }];
  });
  return { nodes: [proposer, ...acceptors], messages };
}
