import {
  outcomeOf,
  type CoordinatorPhase, type CoordinatorState, type Decision, type ParticipantState, type ParticipantStatus,
  type TpcMessage, type Vote, type WalRecord,
} from "./types";

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
