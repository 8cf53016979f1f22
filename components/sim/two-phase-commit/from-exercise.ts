// A generated two-phase-commit exercise (lib/protocol's TwoPhaseCommitFigure) as the 2PC
// simulator's node drawing: the coordinator above, the participants below, each with its vote,
// the crashed node dashed and marked ✗. Pure. Nothing about the outcome is drawn (no
// decision, no "blocked"): that is what the questions ask.
import type { TwoPhaseCommitFigure } from "@/lib/protocol";
import type { GraphNode } from "../shared/graph";
import { TPC_VIEWBOX } from "./tpc-view";

export const TPC_EXERCISE_VIEWBOX = { width: TPC_VIEWBOX.width, height: 250 } as const;

export function tpcFigureText(figure: TwoPhaseCommitFigure): string {
  const votes = figure.participants.map((p) => `${p.id} votes ${p.vote.toUpperCase()}`).join(", ");
  return `Two-phase commit: coordinator C; ${votes}. ${figure.crash.node} crashes ${figure.crash.description}.`;
}

export function tpcNodesFromExercise(figure: TwoPhaseCommitFigure): GraphNode[] {
  const crashed = (id: string) => figure.crash.node === id;
  const coLines = ["coordinator", crashed("C") ? "✗ crashes" : "up"];
  const nodes: GraphNode[] = [
    {
      id: 1, x: TPC_EXERCISE_VIEWBOX.width / 2, y: 50, w: 200, h: 58, shape: "rect", fill: crashed("C") ? "fill-stopped" : "fill-leader",
      title: "Coordinator C", lines: coLines, dashed: crashed("C"), state: crashed("C") ? "crashes" : "up",
      label: `Coordinator C${crashed("C") ? `, crashes ${figure.crash.description}` : ""}`,
    },
  ];
  const gap = TPC_EXERCISE_VIEWBOX.width / (figure.participants.length + 1);
  figure.participants.forEach((p, i) => {
    const lines = [`vote ${p.vote.toUpperCase()}`, crashed(p.id) ? "✗ crashes" : "up"];
    nodes.push({
      id: i + 2, x: gap * (i + 1), y: 170, w: Math.min(150, gap - 12), h: 58, shape: "rect",
      fill: crashed(p.id) ? "fill-stopped" : "fill-follower", title: p.id, lines, dashed: crashed(p.id), state: crashed(p.id) ? "crashes" : "up",
      label: `Participant ${p.id}, votes ${p.vote.toUpperCase()}${crashed(p.id) ? `, crashes ${figure.crash.description}` : ""}`,
    });
  });
  return nodes;
}
