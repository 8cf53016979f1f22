import {
  ballotKey, compareBallots,
  type AcceptedProposal, type AcceptorState, type Ballot, type Outgoing, type PaxosBugs, type PaxosMessage, type ProposerState,
} from "./types";

// Step functions for the two roles, in the style of etcd-io/raft's Step: they update the state
// they are given and push outgoing messages; the driver puts those on the shared network.

export interface RoleEnv {
  acceptors: ReadonlyArray<number>;
  learners: ReadonlyArray<number>;
  quorum: number; // majority of acceptors
  bugs: PaxosBugs;
  out: Outgoing[];
  /** "timeout": give up on this ballot after the retry timeout; "backoff": retry after a seeded random pause. */
  retry(kind: "timeout" | "backoff" | "cancel"): void;
}

// ---- acceptor (§2.2, "Phase 1 (b)" and "Phase 2 (b)") ----

export function acceptorStep(a: AcceptorState, from: number, msg: PaxosMessage, env: RoleEnv): void {
  if (msg.type === "prepare") {
    // Promise never to accept a ballot below this one, and report the highest accepted proposal.
    // Equal ballots are answered again: only the same proposer re-sends a ballot.
    if (a.promised === null || compareBallots(msg.ballot, a.promised) >= 0) {
      a.promised = msg.ballot;
      env.out.push({ to: from, msg: { type: "promise", ballot: msg.ballot, accepted: a.accepted } });
    } else {
      env.out.push({ to: from, msg: { type: "nack", ballot: msg.ballot, promised: a.promised, phase: 1 } });
    }
  } else if (msg.type === "accept") {
    // Accept unless it promised a higher ballot. The bug flag skips exactly that check.
    if (env.bugs.acceptorIgnoresPromises || a.promised === null || compareBallots(msg.ballot, a.promised) >= 0) {
      if (a.promised === null || compareBallots(msg.ballot, a.promised) > 0) a.promised = msg.ballot;
      a.accepted = { ballot: msg.ballot, value: msg.value };
      for (const l of env.learners) env.out.push({ to: l, msg: { type: "accepted", ballot: msg.ballot, value: msg.value } });
    } else {
      env.out.push({ to: from, msg: { type: "nack", ballot: msg.ballot, promised: a.promised, phase: 2 } });
    }
  }
}

// ---- proposer and learner ----

/** Begin a fresh ballot above every round this proposer has tried or heard of. */
export function startBallot(p: ProposerState, env: RoleEnv): Ballot {
  p.maxRound += 1;
  const ballot: Ballot = { round: p.maxRound, proposer: p.id };
  p.ballot = ballot;
  p.phase = "preparing";
  p.promises = {};
  p.proposedValue = null;
  p.attempts += 1;
  for (const a of env.acceptors) env.out.push({ to: a, msg: { type: "prepare", ballot } });
  env.retry("timeout");
  return ballot;
}

export function proposerStep(p: ProposerState, from: number, msg: PaxosMessage, env: RoleEnv): void {
  switch (msg.type) {
    case "promise":
      return onPromise(p, from, msg.ballot, msg.accepted, env);
    case "nack":
      p.maxRound = Math.max(p.maxRound, msg.promised.round);
      // A later ballot exists: this one is doomed. Pause (seeded) before trying above it.
      if (p.ballot && compareBallots(p.ballot, msg.ballot) === 0 && (p.phase === "preparing" || p.phase === "accepting") && p.decided === null) {
        p.phase = "backing-off";
        env.retry("backoff");
      }
      return;
    case "accepted":
      return learn(p, from, msg.ballot, msg.value, env);
    default:
      return; // prepare/accept go to acceptors only
  }
}

function onPromise(p: ProposerState, from: number, ballot: Ballot, accepted: AcceptedProposal | null, env: RoleEnv): void {
  if (p.phase !== "preparing" || !p.ballot || compareBallots(p.ballot, ballot) !== 0) return; // stale
  p.promises[from] = accepted;
  if (Object.keys(p.promises).length < env.quorum) return;
  // §2.2 Phase 2(a): the value of the highest-numbered proposal among the responses, or any value
  // (the client's) if none reported one. This is what keeps a chosen value chosen.
  let highest: AcceptedProposal | null = null;
  for (const acc of Object.values(p.promises)) {
    if (acc && (highest === null || compareBallots(acc.ballot, highest.ballot) > 0)) highest = acc;
  }
  const value = highest && !env.bugs.proposerIgnoresAcceptedValues ? highest.value : p.value;
  if (value === null) return; // a learner-only proposer never proposes
  p.phase = "accepting";
  p.proposedValue = value;
  for (const a of env.acceptors) env.out.push({ to: a, msg: { type: "accept", ballot: p.ballot, value } });
}

/** Learner: a value is chosen once a majority of acceptors accepted the same ballot. */
function learn(p: ProposerState, from: number, ballot: Ballot, value: string, env: RoleEnv): void {
  p.maxRound = Math.max(p.maxRound, ballot.round);
  const key = ballotKey(ballot);
  const h = p.heard[key] ?? { value, acceptors: [] };
  if (!h.acceptors.includes(from)) h.acceptors = [...h.acceptors, from];
  p.heard[key] = h;
  if (p.decided === null && h.acceptors.length >= env.quorum) {
    p.decided = h.value;
    if (p.phase !== "idle") {
      p.phase = "idle";
      env.retry("cancel");
    }
  }
}

/** The retry timer fired: unless a decision is known, try again with a higher ballot. */
export function onRetryTimer(p: ProposerState, env: RoleEnv): void {
  if (p.decided !== null || p.value === null) {
    p.phase = "idle";
    return;
  }
  startBallot(p, env);
}
