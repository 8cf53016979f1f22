// The exercise registry's shapes (contract: shared/docs/protocol-api.md, "Exercises").
// An exercise is plain data: a prompt, a figure to draw, what the learner gives and the key.

export type ExerciseResponseKind = "single" | "multi" | "numeric" | "ordering" | "set";

export interface ExerciseChoice {
  id: string;
  text: string;
}

export interface ExerciseResponseSpec {
  kind: ExerciseResponseKind;
  /** single, multi, ordering: statements; set: the nodes or events to pick from. */
  choices?: ExerciseChoice[];
  /** numeric: accepted distance from the key (default 0). */
  tolerance?: number;
  unit?: string;
}

/** A choice id (single), choice ids (multi, set, ordering) or a number (numeric). */
export type ExerciseAnswer = string | string[] | number;

export interface QuorumFigure {
  type: "quorum";
  /** Nodes drawn; 0 when the question is about a count to find. */
  n: number;
  /** Named groups drawn over the nodes (a write quorum, a read quorum...). */
  groups: { label: string; size: number }[];
  caption: string;
}

export interface SpaceTimeFigure {
  type: "space-time";
  processes: number;
  /** In one global order that respects causality; x = position in this list. */
  events: { id: string; process: number; kind: "local" | "send" | "receive"; message: string | null }[];
  messages: { id: string; from: string; to: string }[];
  /** Stamps already shown on the diagram (event id -> text). */
  labels: Record<string, string>;
}

export interface HistoryFigure {
  type: "history";
  clients: number;
  ops: { id: string; client: number; call: number; ret: number; label: string }[];
}

export interface LogsFigure {
  type: "logs";
  /** One row per server; each entry is a term (index = position + 1). */
  rows: { label: string; terms: number[]; note: string }[];
}

export interface TwoPhaseCommitFigure {
  type: "two-phase-commit";
  participants: { id: string; vote: "yes" | "no" }[];
  crash: { node: string; at: string; description: string };
}

export interface PaxosFigure {
  type: "paxos";
  acceptors: { id: string; promised: string | null; accepted: { ballot: string; value: string } | null; responds: boolean }[];
  ballot: string;
}

export type ExerciseFigure = QuorumFigure | SpaceTimeFigure | HistoryFigure | LogsFigure | TwoPhaseCommitFigure | PaxosFigure;

export interface Exercise {
  family: string;
  /** Which question of the family this is (e.g. "majority", "vector"). */
  kind: string;
  seed: number;
  /** Lesson id the family belongs to. */
  lesson: string;
  prompt: string;
  figure: ExerciseFigure;
  response: ExerciseResponseSpec;
  answer: ExerciseAnswer;
  /** Derived from the engine's own run, not written per variant. */
  explanation: string;
}

export interface ExerciseGrade {
  correct: boolean;
  /** 0..1, with partial credit for multi/set, numeric and ordering (grade.ts). */
  score: number;
}

export interface ExerciseFamily {
  id: string;
  title: string;
  lesson: string;
  /** The sub-kinds a seed may draw. */
  kinds: readonly string[];
  generate(seed: number, kind?: string): Exercise;
}
