// A generated exercise's logs (lib/protocol's LogsFigure: Raft log repair, commitment and
// elections) as the reconcile simulator's log rows. Pure. Every cell is plain: no probe,
// conflict or append marks, since those are what the questions ask about.
import type { LogsFigure } from "@/lib/protocol";
import type { LogRow } from "./log-rows";

export function logsFigureText(figure: LogsFigure): string {
  return figure.rows.map((r) => `${r.label}: ${r.terms.length ? r.terms.join(" ") : "empty"}${r.note ? ` (${r.note})` : ""}`).join("; ");
}

export function logRowsFromExercise(figure: LogsFigure): { rows: LogRow[]; maxIndex: number } {
  return {
    rows: figure.rows.map((r) => ({
      label: r.label,
      cells: r.terms.map((term, i) => ({ index: i + 1, term, mark: "plain" as const })),
      note: [r.terms.length ? "" : "empty log", r.note].filter(Boolean).join(", ") || undefined,
    })),
    maxIndex: Math.max(1, ...figure.rows.map((r) => r.terms.length)),
  };
}
