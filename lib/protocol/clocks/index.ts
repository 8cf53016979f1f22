export { analyzeTrace, compareVectors, type ClockAnalysis, type VectorOrder } from "./analyze";
export {
  eventLabel, generateClockExercise, generateClockTrace,
  type ClockExercise, type ClockExerciseOptions, type ClockQuestion,
} from "./exercise";
export { ClockTraceError, type ClockTraceErrorCode, type StampedEvent, type Trace, type TraceEvent } from "./types";
