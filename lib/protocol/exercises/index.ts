/**
 * Generated exercises for quizzes and review: seven families, each with several sub-kinds, drawn
 * from a seed and answered by the engine itself.
 *
 * ```ts
 * const e = generateExercise("raft-election", 42);  // prompt, figure, response, answer, explanation
 * gradeExercise(e, e.answer);                       // { correct: true, score: 1 }
 * ```
 */
export { EXERCISE_FAMILIES, EXERCISE_FAMILY_INFO, ExerciseError, exerciseFamily, generateExercise, gradeExercise } from "./registry";
export { gradeAnswer, readNumeric } from "./grade";
export type {
  Exercise, ExerciseAnswer, ExerciseChoice, ExerciseFamily, ExerciseFigure, ExerciseGrade, ExerciseResponseKind, ExerciseResponseSpec,
  HistoryFigure, LogsFigure, PaxosFigure, QuorumFigure, SpaceTimeFigure, TwoPhaseCommitFigure,
} from "./types";
