import {
  outcomeOf, TpcError,
  type CoordinatorPhase, type CoordinatorState, type CrashPoint, type Decision, type ParticipantState, type ParticipantStatus,
  type TpcBugs, type TpcConfig, type TpcMessage, type Vote, type WalRecord,
} from "./types";

export type ResolvedTpcConfig = Required<Omit<TpcConfig, "votes" | "crashes" | "bugs">> & {
  bugs: TpcBugs;
  votes: ReadonlyArray<Vote>;
  crashes: ReadonlyArray<{ node: number; at: CrashPoint }>;
};

export function resolveTpcConfig(c: TpcConfig): ResolvedTpcConfig {
  const r: ResolvedTpcConfig = {
    participants: c.participants ?? 3, seed: c.seed, latency: c.latency ?? [10, 20], dropRate: c.dropRate ?? 0,
    votes: c.votes ?? [], noProbability: c.noProbability ?? 0, voteTimeout: c.voteTimeout ?? 200,
    resendInterval: c.resendInterval ?? 100, inquiryInterval: c.inquiryInterval ?? 100, workTimeout: c.workTimeout ?? 1000,
    cooperativeTermination: c.cooperativeTermination ?? false, crashes: c.crashes ?? [],
    bugs: { inDoubtTimeoutAborts: false, ...c.bugs },
  };
  if (!Number.isInteger(r.participants) || r.participants < 1 || r.participants > 8) throw new TpcError(`participants must be 1..8, got ${r.participants}`);
  if (r.votes.length > r.participants) throw new TpcError(`${r.votes.length} votes given for ${r.participants} participants`);
  for (const v of r.votes) if (v !== "yes" && v !== "no") throw new TpcError(`a vote is "yes" or "no", got ${String(v)}`);
  if (!(r.noProbability >= 0 && r.noProbability <= 1)) throw new TpcError(`noProbability must be in [0, 1], got ${r.noProbability}`);
  for (const k of ["voteTimeout", "resendInterval", "inquiryInterval", "workTimeout"] as const) {
    if (!Number.isInteger(r[k]) || r[k] <= 0) throw new TpcError(`${k} must be a whole number of ms > 0, got ${r[k]}`);
  }
  return r;
}

export interface ParticipantView {
  id: number;
  role: "participant";
  alive: boolean;
  status: ParticipantStatus;
  vote: Vote | null;
  /** Voted YES and does not know the outcome: cannot commit or abort on its own (E23). */
  inDoubt: boolean;
  /** Working or prepared participants hold their locks; a crashed one with PREPARED logged still does. */
  locksHeld: boolean;
  wal: ReadonlyArray<WalRecord>;
}

export interface CoordinatorView {
  id: number;
  role: "coordinator";
  alive: boolean;
  phase: CoordinatorPhase;
  votes: Readonly<Record<number, Vote>>;
  decision: Decision | null; // what its log says
  acks: ReadonlyArray<number>;
  wal: ReadonlyArray<WalRecord>;
}

export function participantView(p: ParticipantState, alive: boolean): ParticipantView {
  const undecided = outcomeOf(p.wal) === null;
  const prepared = p.wal.some((r) => r.kind === "prepared");
  return {
    id: p.id, role: "participant", alive, status: p.status, vote: p.vote ?? (prepared ? "yes" : null),
    inDoubt: prepared && undecided,
    locksHeld: alive ? p.status === "working" || p.status === "prepared" : prepared && undecided,
    wal: p.wal.map((r) => ({ ...r })),
  };
}

export function coordinatorView(c: CoordinatorState, alive: boolean): CoordinatorView {
  return {
    id: c.id, role: "coordinator", alive, phase: c.phase, votes: { ...c.votes }, decision: outcomeOf(c.wal),
    acks: [...c.acks], wal: c.wal.map((r) => ({ ...r })),
  };
}

export function describeTpcMessage(m: TpcMessage): string {
  switch (m.type) {
    case "prepare": return "PREPARE";
    case "vote": return `vote ${m.vote.toUpperCase()}`;
    case "decision": return m.decision.toUpperCase();
    case "ack": return "ACK";
    case "decision-request": return "decision?";
    case "uncertain": return "don't know (in doubt too)";
  }
}
