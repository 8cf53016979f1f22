import { ballotKey, compareBallots, type AcceptorState, type Ballot, type ProposerState } from "./types";

// An omniscient observer, outside the protocol: it sees every acceptance as it happens, so it can
// say when a value became chosen even if no learner has heard yet (Paxos Made Simple §2.1-2.2).

export interface ChosenValue {
  ballot: Ballot;
  value: string;
  at: number; // simulated time the majority was reached
}

export interface SafetyState {
  /** Every acceptance ever made, per ballot (an acceptor accepting later ballots does not erase it). */
  acceptances: Record<string, { ballot: Ballot; value: string; acceptors: number[] }>;
  chosen: ChosenValue[]; // in the order they became chosen; more than one distinct value = violation
  violations: string[];
}

export const emptySafety = (): SafetyState => ({ acceptances: {}, chosen: [], violations: [] });

function report(s: SafetyState, v: string): void {
  if (!s.violations.includes(v)) s.violations.push(v);
}

export function recordAcceptance(s: SafetyState, acceptor: number, ballot: Ballot, value: string, quorum: number, now: number): void {
  const key = ballotKey(ballot);
  const rec = s.acceptances[key] ?? { ballot, value, acceptors: [] };
  if (rec.value !== value) {
    report(s, `ballot ${key} carries two values: "${rec.value}" and "${value}" (a proposer sends one value per ballot)`);
  }
  if (!rec.acceptors.includes(acceptor)) rec.acceptors = [...rec.acceptors, acceptor];
  s.acceptances[key] = rec;
  if (rec.acceptors.length >= quorum && !s.chosen.some((c) => ballotKey(c.ballot) === key)) {
    s.chosen.push({ ballot, value: rec.value, at: now });
    const first = s.chosen[0];
    if (first.value !== rec.value) {
      report(s, `two values chosen: "${first.value}" at ballot ${ballotKey(first.ballot)} (t=${first.at}) and "${rec.value}" at ballot ${key} (t=${now})`);
    }
  }
}

/** Checks run after every event. Returns nothing; violations accumulate in `s`. */
export function checkSafety(s: SafetyState, acceptors: ReadonlyArray<AcceptorState>, proposers: ReadonlyArray<ProposerState>): void {
  for (const a of acceptors) {
    if (a.accepted && (a.promised === null || compareBallots(a.accepted.ballot, a.promised) > 0)) {
      report(s, `acceptor ${a.id} accepted ballot ${ballotKey(a.accepted.ballot)} above its promise`);
    }
  }
  for (const p of proposers) {
    if (p.decided === null) continue;
    // A learner may only decide a chosen value, and every learner must decide the same one.
    if (!s.chosen.some((c) => c.value === p.decided)) {
      report(s, `proposer ${p.id} decided "${p.decided}", which was never chosen`);
    } else if (s.chosen[0].value !== p.decided) {
      report(s, `proposer ${p.id} decided "${p.decided}" but "${s.chosen[0].value}" was chosen first`);
    }
  }
}
