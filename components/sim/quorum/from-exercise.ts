// A generated quorum exercise's nodes (lib/protocol's QuorumFigure) as the quorum simulator's
// ring. Pure. Only the first named group is marked, on the first replicas: it stands for "a
// quorum of this size" (the last write, the phase-2 quorum). The second group is given in the
// caption, not drawn: placing it would show whether the two overlap, which is what the
// overlap questions ask. Null when the figure has no nodes (the question asks for N).
import type { QuorumFigure } from "@/lib/protocol";
import type { RingNode } from "./view-model";

export interface ExerciseRing {
  size: number;
  nodes: RingNode[];
  firstShort: string;
  secondShort: string;
}

/** The one-character badge the ring draws for a group: "Q1" → "1", "W" → "W". */
export const badge = (label: string) => label.replace(/^Q(?=\d)/, "").slice(0, 1);

export function ringFromExercise(figure: QuorumFigure, size = 240): ExerciseRing | null {
  if (figure.n <= 0) return null;
  const first = figure.groups[0];
  const r = size / 2 - 34;
  const nodes = Array.from({ length: figure.n }, (_, i): RingNode => {
    const id = i + 1;
    const angle = -Math.PI / 2 + (2 * Math.PI * i) / figure.n;
    const inFirst = first !== undefined && id <= first.size;
    return {
      id,
      x: size / 2 + r * Math.cos(angle),
      y: size / 2 + r * Math.sin(angle),
      up: true,
      inFirst,
      inSecond: false,
      title: `Replica ${id}${inFirst ? `, in a ${first.label} quorum of ${first.size}` : ""}`,
    };
  });
  // Badges are one character, as in the simulator: W, R, or 1 and 2 for the Paxos phases.
  return { size, nodes, firstShort: first ? badge(first.label) : "", secondShort: "" };
}
