// Single-decree Paxos (Lamport, "Paxos Made Simple", 2001). Proposers and acceptors are separate
// simulated nodes: proposers are ids 1..P, acceptors P+1..P+A. Proposers double as learners.

/** A proposal number. Ordered by round, then proposer id, so two proposers never share one (§2.2). */
export interface Ballot {
  readonly round: number;
  readonly proposer: number;
}

export const compareBallots = (a: Ballot, b: Ballot): number => a.round - b.round || a.proposer - b.proposer;
export const ballotKey = (b: Ballot): string => `${b.round}.${b.proposer}`;

export interface AcceptedProposal {
  readonly ballot: Ballot;
  readonly value: string;
}

// Messages, as named in §2.2 (phase 1a/1b/2a/2b) plus an explicit rejection ("nack"), which
// the paper suggests as an optimisation so a proposer abandons a doomed ballot early.
export type PaxosMessage =
  | { type: "prepare"; ballot: Ballot } // 1a
  | { type: "promise"; ballot: Ballot; accepted: AcceptedProposal | null } // 1b
  | { type: "accept"; ballot: Ballot; value: string } // 2a
  | { type: "accepted"; ballot: Ballot; value: string } // 2b, sent to every learner
  | { type: "nack"; ballot: Ballot; promised: Ballot; phase: 1 | 2 };

export interface Outgoing {
  to: number;
  msg: PaxosMessage;
}

/** Deliberately broken rules, off by default, so tests can show the checker catching them. */
export interface PaxosBugs {
  /** Accept any 2a, even one below the ballot the acceptor promised not to go under. */
  acceptorIgnoresPromises: boolean;
  /** Propose the proposer's own value even when a phase-1b reported an accepted value. */
  proposerIgnoresAcceptedValues: boolean;
}

export interface AcceptorState {
  readonly id: number;
  // Stable storage (§2.2 last paragraph): survives a crash.
  promised: Ballot | null;
  accepted: AcceptedProposal | null;
}

export type ProposerPhase = "idle" | "preparing" | "accepting" | "backing-off";

export interface ProposerState {
  readonly id: number;
  // Stable storage: the highest round tried or seen, so a ballot is never reused after a crash.
  maxRound: number;
  // Volatile: lost on crash.
  value: string | null; // what its client asked it to propose
  phase: ProposerPhase;
  ballot: Ballot | null;
  promises: Record<number, AcceptedProposal | null>; // acceptor id -> what it reported in 1b
  proposedValue: string | null; // the value sent in phase 2a for `ballot`
  attempts: number;
  // Learner role: who accepted what, per ballot; and the value learned as chosen.
  heard: Record<string, { value: string; acceptors: number[] }>;
  decided: string | null;
}

export interface PaxosConfig {
  proposers?: number; // 1..5, default 2
  acceptors?: number; // 1..9, default 3
  seed: number;
  latency?: [number, number]; // one-way delay range, default [10, 20]
  dropRate?: number; // default 0
  /** A proposer that has not learned a decision this long after starting a ballot tries a higher one. Default 200. */
  retryTimeout?: number;
  /** Extra seeded random delay before a retry, [min, max] ms. [0, 0] = no randomisation. Default [0, 100]. */
  backoff?: [number, number];
  /** Keep at most this many trace entries (oldest dropped). Default 10,000. */
  traceLimit?: number;
  bugs?: Partial<PaxosBugs>;
}

export class PaxosError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "PaxosError";
  }
}
