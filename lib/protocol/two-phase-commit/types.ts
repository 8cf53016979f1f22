// Two-phase commit (Gray 1978; Bernstein, Hadzilacos & Goodman 1987, ch. 7). Atomic commitment,
// not consensus: commit only if every participant votes YES, and the protocol blocks when the
// coordinator fails after participants voted YES (errata E01, E23). The coordinator is node 1;
// participants are nodes 2..N+1.

export type Vote = "yes" | "no";
export type Decision = "commit" | "abort";

export type TpcMessage =
  | { type: "prepare" } // round 1: coordinator → participant
  | { type: "vote"; vote: Vote } // round 1 reply
  | { type: "decision"; decision: Decision } // round 2: coordinator (or a peer) → participant
  | { type: "ack" } // round 2 reply
  | { type: "decision-request" } // an in-doubt participant asks the coordinator (or a peer)
  | { type: "uncertain" }; // a peer that is itself in doubt (cooperative termination)

export interface Outgoing {
  to: number;
  msg: TpcMessage;
}

/** Write-ahead log records. Forced to stable storage before the next message is sent. */
export type WalRecord =
  | { kind: "prepared"; at: number } // participant voted YES: from now on it may not abort alone
  | { kind: "commit" | "abort"; at: number } // a decision (coordinator) or an outcome (participant)
  | { kind: "end"; at: number }; // coordinator: every participant acknowledged, forget the txn

export type ParticipantStatus = "working" | "prepared" | "committed" | "aborted";

export interface ParticipantState {
  readonly id: number;
  wal: WalRecord[]; // stable
  status: ParticipantStatus; // volatile, rebuilt from the WAL on restart
  vote: Vote | null;
}

export type CoordinatorPhase = "init" | "collecting-votes" | "decided" | "done";

export interface CoordinatorState {
  readonly id: number;
  wal: WalRecord[]; // stable
  phase: CoordinatorPhase;
  votes: Record<number, Vote>;
  acks: number[];
}

/** Where an injected crash strikes. Each armed crash fires once, the next time the node gets there. */
export type CoordinatorCrashPoint =
  | "before-prepare" // begin() called, no PREPARE sent
  | "after-votes" // the votes settled the outcome (every YES, the first NO, or the vote timeout); nothing logged
  | "after-decision-logged" // decision forced to the log, nothing sent
  | "mid-broadcast"; // the decision (first sent, or re-sent on recovery) reached the first participant only
export type ParticipantCrashPoint =
  | "before-vote" // PREPARE received, nothing logged or sent
  | "after-vote"; // vote logged and delivered
export type CrashPoint = CoordinatorCrashPoint | ParticipantCrashPoint;

export const COORDINATOR_CRASH_POINTS: readonly CoordinatorCrashPoint[] = ["before-prepare", "after-votes", "after-decision-logged", "mid-broadcast"];
export const PARTICIPANT_CRASH_POINTS: readonly ParticipantCrashPoint[] = ["before-vote", "after-vote"];

export interface TpcConfig {
  participants?: number; // 1..8, default 3
  seed: number;
  latency?: [number, number]; // default [10, 20]
  dropRate?: number;
  /** Votes per participant in order (participant node 2 first). Unlisted ones vote NO with probability noProbability. */
  votes?: ReadonlyArray<Vote>;
  noProbability?: number; // default 0
  /** Coordinator aborts if votes are missing this long after PREPARE. Default 200. */
  voteTimeout?: number;
  /** Coordinator re-sends its decision to participants that have not acked. Default 100. */
  resendInterval?: number;
  /** An in-doubt participant asks for the decision this often. Default 100. */
  inquiryInterval?: number;
  /** A participant never asked to prepare by this time aborts on its own (it has not voted). Default 1000. */
  workTimeout?: number;
  /** In-doubt participants also ask each other (Bernstein et al. §7.4 cooperative termination). Default false. */
  cooperativeTermination?: boolean;
  crashes?: ReadonlyArray<{ node: number; at: CrashPoint }>;
  /** Keep at most this many trace entries (oldest dropped). Default 10,000. */
  traceLimit?: number;
  bugs?: Partial<TpcBugs>;
}

/** Deliberately wrong rules, off by default, so tests can show the checker catching them. */
export interface TpcBugs {
  /** The tempting "fix" for blocking: an in-doubt participant gives up and aborts when its inquiry times out. */
  inDoubtTimeoutAborts: boolean;
}

export class TpcError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "TpcError";
  }
}

export const outcomeOf = (wal: ReadonlyArray<WalRecord>): Decision | null => {
  for (const r of wal) if (r.kind === "commit" || r.kind === "abort") return r.kind;
  return null;
};
