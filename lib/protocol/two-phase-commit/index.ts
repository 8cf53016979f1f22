/**
 * Two-phase commit: atomic commitment, blocking, two rounds (errata E01, E22, E23).
 *
 * ```ts
 * const t = createTwoPhaseCommit({ seed: 1, participants: 3, votes: ["yes", "yes", "yes"],
 *                                  crashes: [{ node: 1, at: "after-decision-logged" }] });
 * t.begin();                 // coordinator (node 1) sends PREPARE to participants 2..4
 * t.advance(1000);
 * t.inDoubt();               // [2, 3, 4]: voted YES, hold locks, cannot decide alone
 * t.restart(1);              // recovers from its WAL: logged COMMIT is re-sent
 * t.advance(100); t.outcome(); // "committed"
 * t.participants();          // status, vote, inDoubt, locksHeld, wal: for a UI
 * t.violations();            // [] unless one participant commits while another aborts, etc.
 * ```
 *
 * Crash points: coordinator "before-prepare" | "after-votes" | "after-decision-logged" |
 * "mid-broadcast"; participant "before-vote" | "after-vote" (config `crashes` or `injectCrash`).
 * `cooperativeTermination` lets in-doubt participants ask each other.
 */
export { applyTpcAction, describeAction as describeTpcAction, type TpcAction, type TpcRunRecord, type TpcTraceEntry } from "./actions";
export { createTwoPhaseCommit, replayTwoPhaseCommit, TwoPhaseCommit, type TpcSnapshot } from "./cluster";
export {
  COORDINATOR_CRASH_POINTS, PARTICIPANT_CRASH_POINTS, TpcError,
  type CoordinatorCrashPoint, type CrashPoint, type Decision, type ParticipantCrashPoint, type ParticipantStatus,
  type TpcBugs, type TpcConfig, type TpcMessage, type Vote, type WalRecord,
} from "./types";
export { describeTpcMessage, type CoordinatorView, type ParticipantView } from "./view";
export { type ResolvedTpcConfig } from "./config";
