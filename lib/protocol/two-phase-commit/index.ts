export { applyTpcAction, describeAction as describeTpcAction, type TpcAction, type TpcTraceEntry } from "./actions";
export { createTwoPhaseCommit, replayTwoPhaseCommit, TwoPhaseCommit, type TpcSnapshot } from "./cluster";
export {
  COORDINATOR_CRASH_POINTS, PARTICIPANT_CRASH_POINTS, TpcError,
  type CoordinatorCrashPoint, type CrashPoint, type Decision, type ParticipantCrashPoint, type ParticipantStatus,
  type TpcBugs, type TpcConfig, type TpcMessage, type Vote, type WalRecord,
} from "./types";
export { describeTpcMessage, type CoordinatorView, type ParticipantView } from "./view";
export { type ResolvedTpcConfig } from "./config";
