import { ballotKey, type AcceptedProposal, type AcceptorState, type Ballot, type PaxosMessage, type ProposerPhase, type ProposerState } from "./types";

// Read-only views for a UI (BeatPaxos-style boards): plain data, safe to keep between steps.

export type PaxosNodeView =
  | {
      id: number;
      role: "proposer";
      alive: boolean;
      phase: ProposerPhase;
      value: string | null; // what its client asked for
      ballot: Ballot | null;
      maxRound: number;
      promisesReceived: number;
      quorum: number;
      proposedValue: string | null; // value sent in phase 2a (possibly adopted from another proposer)
      decided: string | null; // learned as chosen
      attempts: number;
    }
  | { id: number; role: "acceptor"; alive: boolean; promised: Ballot | null; accepted: AcceptedProposal | null };

export function nodeViews(
  proposers: ReadonlyArray<ProposerState>,
  acceptors: ReadonlyArray<AcceptorState>,
  alive: (id: number) => boolean,
  quorum: number,
): PaxosNodeView[] {
  return [
    ...proposers.map((p): PaxosNodeView => ({
      id: p.id, role: "proposer", alive: alive(p.id), phase: p.phase, value: p.value, ballot: p.ballot, maxRound: p.maxRound,
      promisesReceived: Object.keys(p.promises).length, quorum, proposedValue: p.proposedValue, decided: p.decided, attempts: p.attempts,
    })),
    ...acceptors.map((a): PaxosNodeView => ({ id: a.id, role: "acceptor", alive: alive(a.id), promised: a.promised, accepted: a.accepted })),
  ];
}

export function describeMessage(m: PaxosMessage): string {
  switch (m.type) {
    case "prepare": return `prepare(${ballotKey(m.ballot)})`;
    case "promise": return `promise(${ballotKey(m.ballot)}${m.accepted ? `, accepted ${ballotKey(m.accepted.ballot)}="${m.accepted.value}"` : ", none accepted"})`;
    case "accept": return `accept(${ballotKey(m.ballot)}, "${m.value}")`;
    case "accepted": return `accepted(${ballotKey(m.ballot)}, "${m.value}")`;
    case "nack": return `nack(${ballotKey(m.ballot)}, promised ${ballotKey(m.promised)})`;
  }
}
