import {
  outcomeOf,
  type CoordinatorState, type CrashPoint, type Decision, type Outgoing, type ParticipantState, type TpcBugs, type TpcMessage, type Vote,
} from "./types";

// Step functions for coordinator and participants. They update the given state, push outgoing
// messages, and ask the driver for timers. `crashHere(point)` is true when an injected crash fires
// at that point: the step stops there, exactly as a process dies mid-procedure.

export interface TpcEnv {
  now: number;
  coordinator: number;
  participants: ReadonlyArray<number>;
  cooperative: boolean;
  bugs: TpcBugs;
  out: Outgoing[];
  setTimer(key: "vote-timeout" | "resend" | "inquiry" | "work", delay: number): void;
  cancelTimer(key: "vote-timeout" | "resend" | "inquiry" | "work"): void;
  crashHere(point: CrashPoint): boolean;
  vote(): Vote;
  timing: { voteTimeout: number; resendInterval: number; inquiryInterval: number };
}

// ---- coordinator ----

/** Round 1: ask every participant to prepare. */
export function coordinatorBegin(c: CoordinatorState, env: TpcEnv): void {
  if (env.crashHere("before-prepare")) return;
  c.phase = "collecting-votes";
  for (const p of env.participants) env.out.push({ to: p, msg: { type: "prepare" } });
  env.setTimer("vote-timeout", env.timing.voteTimeout);
}

/**
 * Round 1 is over: the votes (all YES, one NO, or the timeout for missing ones) settle the
 * outcome. "after-votes" strikes here, whichever way it went, before anything is logged.
 */
function votesIn(c: CoordinatorState, d: Decision, env: TpcEnv): void {
  if (env.crashHere("after-votes")) return;
  decide(c, d, env);
}

/** Force the decision to the log (the point of no return), then tell everyone (round 2). */
function decide(c: CoordinatorState, d: Decision, env: TpcEnv): void {
  c.wal.push({ kind: d, at: env.now });
  env.cancelTimer("vote-timeout");
  if (env.crashHere("after-decision-logged")) return;
  broadcast(c, d, env);
}

/** Round 2: send the logged decision to every participant (first send, or again after recovery). */
function broadcast(c: CoordinatorState, d: Decision, env: TpcEnv): void {
  c.phase = "decided";
  const [first, ...rest] = env.participants;
  env.out.push({ to: first, msg: { type: "decision", decision: d } });
  if (env.crashHere("mid-broadcast")) return; // only the first participant will hear it
  for (const p of rest) env.out.push({ to: p, msg: { type: "decision", decision: d } });
  env.setTimer("resend", env.timing.resendInterval);
}

export function coordinatorStep(c: CoordinatorState, from: number, msg: TpcMessage, env: TpcEnv): void {
  const decision = outcomeOf(c.wal);
  if (msg.type === "vote") {
    if (c.phase !== "collecting-votes") {
      // A late vote: the voter may be in doubt, so answer with the decision if there is one.
      if (decision) env.out.push({ to: from, msg: { type: "decision", decision } });
      return;
    }
    c.votes[from] = msg.vote;
    if (msg.vote === "no") return votesIn(c, "abort", env); // one NO is enough to abort
    if (env.participants.every((p) => c.votes[p] === "yes")) votesIn(c, "commit", env);
  } else if (msg.type === "ack") {
    if (!c.acks.includes(from)) c.acks.push(from);
    if (c.phase === "decided" && env.participants.every((p) => c.acks.includes(p))) {
      c.wal.push({ kind: "end", at: env.now });
      c.phase = "done";
      env.cancelTimer("resend");
    }
  } else if (msg.type === "decision-request") {
    // No decision yet means still collecting votes: stay silent, the decision will follow.
    if (decision) env.out.push({ to: from, msg: { type: "decision", decision } });
  }
}

export function coordinatorTimer(c: CoordinatorState, key: string, env: TpcEnv): void {
  if (key === "vote-timeout" && c.phase === "collecting-votes") {
    votesIn(c, "abort", env); // missing votes: nobody can have committed yet, so abort is safe
  } else if (key === "resend" && c.phase === "decided") {
    const d = outcomeOf(c.wal)!;
    for (const p of env.participants) if (!c.acks.includes(p)) env.out.push({ to: p, msg: { type: "decision", decision: d } });
    env.setTimer("resend", env.timing.resendInterval);
  }
}

/**
 * Restart: the log is all that is left. A logged decision is re-sent; without one the coordinator
 * aborts (presumed abort), since the votes it had collected are gone.
 */
export function coordinatorRecover(c: CoordinatorState, env: TpcEnv): void {
  c.votes = {};
  c.acks = [];
  if (c.wal.some((r) => r.kind === "end")) {
    c.phase = "done";
    return;
  }
  const d = outcomeOf(c.wal);
  if (d === null) return decide(c, "abort", env);
  broadcast(c, d, env);
}

// ---- participant ----

function finish(p: ParticipantState, d: Decision, env: TpcEnv): void {
  p.wal.push({ kind: d, at: env.now });
  p.status = d === "commit" ? "committed" : "aborted";
  env.cancelTimer("inquiry");
  env.cancelTimer("work");
}

export function participantStep(p: ParticipantState, from: number, msg: TpcMessage, env: TpcEnv): void {
  switch (msg.type) {
    case "prepare":
      if (p.status === "working") {
        if (env.crashHere("before-vote")) return;
        const v = env.vote();
        p.vote = v;
        if (v === "yes") {
          // Force PREPARED before voting: after this the participant must wait for the decision.
          p.wal.push({ kind: "prepared", at: env.now });
          p.status = "prepared";
          env.cancelTimer("work");
          env.setTimer("inquiry", env.timing.inquiryInterval);
        } else {
          finish(p, "abort", env); // a NO voter may abort at once
        }
        env.out.push({ to: from, msg: { type: "vote", vote: v } });
        env.crashHere("after-vote");
      } else if (p.status !== "committed") {
        env.out.push({ to: from, msg: { type: "vote", vote: p.status === "prepared" ? "yes" : "no" } });
      }
      return;
    case "decision":
      if (p.status === "working" || p.status === "prepared") finish(p, msg.decision, env);
      if (from === env.coordinator) env.out.push({ to: from, msg: { type: "ack" } });
      return;
    case "decision-request": // from a peer in doubt (cooperative termination)
      if (p.status === "working") finish(p, "abort", env); // not voted yet: abort, so no one can commit
      if (p.status === "prepared") env.out.push({ to: from, msg: { type: "uncertain" } });
      else env.out.push({ to: from, msg: { type: "decision", decision: p.status === "committed" ? "commit" : "abort" } });
      return;
    default:
      return;
  }
}

export function participantTimer(p: ParticipantState, key: string, env: TpcEnv): void {
  if (key === "work" && p.status === "working") {
    finish(p, "abort", env);
  } else if (key === "inquiry" && p.status === "prepared") {
    if (env.bugs.inDoubtTimeoutAborts) return finish(p, "abort", env); // wrong: the coordinator may have decided commit
    inquire(p, env);
  }
}

function inquire(p: ParticipantState, env: TpcEnv): void {
  env.out.push({ to: env.coordinator, msg: { type: "decision-request" } });
  if (env.cooperative) for (const q of env.participants) if (q !== p.id) env.out.push({ to: q, msg: { type: "decision-request" } });
  env.setTimer("inquiry", env.timing.inquiryInterval);
}

/** Restart: an outcome in the log stands; PREPARED means in doubt (ask); nothing means abort. */
export function participantRecover(p: ParticipantState, env: TpcEnv): void {
  const d = outcomeOf(p.wal);
  if (d) {
    p.status = d === "commit" ? "committed" : "aborted";
  } else if (p.wal.some((r) => r.kind === "prepared")) {
    p.status = "prepared"; // re-acquire its locks and keep waiting
    p.vote = "yes";
    inquire(p, env);
  } else {
    finish(p, "abort", env); // its uncommitted work died with it, and it never voted YES
  }
}
