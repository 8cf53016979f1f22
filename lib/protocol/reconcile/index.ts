// Log reconciliation (§5.3, Figure 7): step-by-step AppendEntries back-off and repair.
export { reconcile, describeReconcileStep } from "./reconcile";
export type { BackoffRule, IndexedTerm, ReconcileStep, ReconcileResult, ReconcileOptions } from "./reconcile";
export { validateLogs, lastSharedIndex, generateDivergentLogs, InvalidLogsError, FIGURE_7 } from "./logs";
export type { DivergentLogs, GenerateOptions as DivergentLogOptions } from "./logs";
export { generateReconcileExercise } from "./exercise";
export type { ReconcileExercise, ReconcileQuestion, ReconcileQuestionKey } from "./exercise";
