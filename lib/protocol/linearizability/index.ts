// Linearizability checking (Herlihy & Wing 1990) with Porcupine's search; see checker.ts.
export { checkOperations } from "./checker";
export { registerModel, casRegisterModel } from "./register-models";
export type { RegisterInput, RegisterOutput, RegisterState, CasRegisterInput, CasRegisterOutput } from "./register-models";
export { kvModel, kvMapModel } from "./kv-models";
export type { KvInput, KvOutput, KvValue, KvMapState } from "./kv-models";
export { parseJepsenEtcdLog, parseJepsenKvLog, HistoryParseError } from "./parse-jepsen";
export type {
  Operation,
  Model,
  LinearizabilityOptions,
  LinearizabilityResult,
  LinearizabilityPartition,
  LinearizedStep,
  LinearizationFailure,
  LinearizabilityVerdict,
} from "./types";
export { generateRegisterExercise } from "./exercise";
export type { RegisterExercise, RegisterExerciseOptions, RegisterOperation } from "./exercise";
