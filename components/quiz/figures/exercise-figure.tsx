import type { ExerciseFigure } from "@/lib/protocol";
import { HistoryDrawing } from "./history-figure";
import { LogsDrawing } from "./logs-figure";
import { PaxosDrawing, QuorumDrawing, TwoPhaseCommitDrawing } from "./small-figures";
import { SpaceTimeDrawing } from "./space-time-figure";

/** The picture of a generated exercise, drawn from its figure data (each drawing has a text alternative). */
export function ExerciseFigureView({ figure }: { figure: ExerciseFigure }) {
  let body;
  switch (figure.type) {
    case "logs": body = <LogsDrawing figure={figure} />; break;
    case "history": body = <HistoryDrawing figure={figure} />; break;
    case "space-time": body = <SpaceTimeDrawing figure={figure} />; break;
    case "quorum": body = <QuorumDrawing figure={figure} />; break;
    case "two-phase-commit": body = <TwoPhaseCommitDrawing figure={figure} />; break;
    case "paxos": body = <PaxosDrawing figure={figure} />; break;
  }
  return <div className="my-3 overflow-x-auto rounded-lg border border-line bg-surface-raised p-3" data-testid="exercise-figure">{body}</div>;
}
