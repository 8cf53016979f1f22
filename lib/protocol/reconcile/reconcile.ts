// Log reconciliation (§5.3), one step at a time: the leader probes with AppendEntries
// from nextIndex, the follower runs the consistency check, the leader backs off until
// the check passes, then the follower deletes its conflicting suffix and appends the
// leader's entries (Figure 2, AppendEntries receiver rules 2-4). Every step is a plain
// record a UI can render.

import { validateLogs } from "./logs";

export type BackoffRule = "one-step" | "conflict-term";

export interface IndexedTerm {
  index: number;
  term: number;
}

export type ReconcileStep =
  | { kind: "send"; roundTrip: number; nextIndex: number; prevLogIndex: number; prevLogTerm: number; entries: IndexedTerm[]; follower: number[] }
  | {
      kind: "reject";
      roundTrip: number;
      prevLogIndex: number;
      followerTerm: number | null; // null: the follower has no entry there
      reason: string;
      conflictTerm: number; // the §5.3 hints the follower returns
      conflictIndex: number;
      nextIndex: number; // the leader's nextIndex after backing off
      follower: number[];
    }
  | { kind: "accept"; roundTrip: number; prevLogIndex: number; follower: number[] }
  | { kind: "truncate"; roundTrip: number; from: number; deleted: IndexedTerm[]; follower: number[] }
  | { kind: "append"; roundTrip: number; appended: IndexedTerm[]; follower: number[] }
  | { kind: "done"; roundTrips: number; matchIndex: number; nextIndex: number; follower: number[] };

export interface ReconcileResult {
  steps: ReconcileStep[];
  /** prevLogIndex of the accepted AppendEntries: where the logs agree. */
  matchPoint: number;
  deleted: IndexedTerm[];
  appended: IndexedTerm[];
  roundTrips: number;
  follower: number[];
}

export interface ReconcileOptions {
  leaderTerm?: number; // default: the leader's last entry's term
  backoff?: BackoffRule; // default "one-step" (Figure 2)
}

const span = (log: ReadonlyArray<number>, from: number): IndexedTerm[] =>
  log.slice(from).map((term, i) => ({ index: from + i + 1, term }));

export function reconcile(leader: ReadonlyArray<number>, follower: ReadonlyArray<number>, o: ReconcileOptions = {}): ReconcileResult {
  const leaderTerm = o.leaderTerm ?? (leader.length ? leader[leader.length - 1] : 1);
  validateLogs(leader, follower, leaderTerm);
  const rule = o.backoff ?? "one-step";
  const steps: ReconcileStep[] = [];
  const f = follower.slice();
  let nextIndex = leader.length + 1;
  let rt = 0;
  for (;;) {
    rt++;
    const prev = nextIndex - 1;
    const prevTerm = prev === 0 ? 0 : leader[prev - 1];
    const entries = span(leader, prev);
    steps.push({ kind: "send", roundTrip: rt, nextIndex, prevLogIndex: prev, prevLogTerm: prevTerm, entries, follower: f.slice() });
    const have = prev === 0 ? 0 : prev <= f.length ? f[prev - 1] : null;
    if (have !== prevTerm) {
      let conflictTerm = 0;
      let conflictIndex = f.length + 1;
      let reason = `the follower has no entry at index ${prev} (its log ends at ${f.length})`;
      if (have !== null) {
        conflictTerm = have;
        conflictIndex = prev;
        while (conflictIndex > 1 && f[conflictIndex - 2] === have) conflictIndex--;
        reason = `the follower has term ${have} at index ${prev}, the leader says ${prevTerm}`;
      }
      const before = nextIndex;
      nextIndex = rule === "one-step" ? nextIndex - 1 : hinted(leader, prev, conflictTerm, conflictIndex);
      nextIndex = Math.max(1, Math.min(nextIndex, before - 1));
      steps.push({ kind: "reject", roundTrip: rt, prevLogIndex: prev, followerTerm: have, reason, conflictTerm, conflictIndex, nextIndex, follower: f.slice() });
      continue;
    }
    steps.push({ kind: "accept", roundTrip: rt, prevLogIndex: prev, follower: f.slice() });
    // Receiver rules 3-4: delete from the first conflict on, append what is missing.
    let deleted: IndexedTerm[] = [];
    const appended: IndexedTerm[] = [];
    for (const e of entries) {
      if (e.index <= f.length) {
        if (f[e.index - 1] === e.term) continue;
        deleted = span(f, e.index - 1);
        f.length = e.index - 1;
        steps.push({ kind: "truncate", roundTrip: rt, from: e.index, deleted, follower: f.slice() });
      }
      f.push(e.term);
      appended.push(e);
    }
    if (appended.length > 0) steps.push({ kind: "append", roundTrip: rt, appended, follower: f.slice() });
    steps.push({ kind: "done", roundTrips: rt, matchIndex: leader.length, nextIndex: leader.length + 1, follower: f.slice() });
    return { steps, matchPoint: prev, deleted, appended, roundTrips: rt, follower: f };
  }
}

/** §5.3's optimisation: skip the follower's whole conflicting term in one round trip. */
function hinted(leader: ReadonlyArray<number>, prev: number, conflictTerm: number, conflictIndex: number): number {
  if (conflictTerm === 0) return conflictIndex;
  for (let i = Math.min(prev, leader.length); i >= 1; i--) {
    if (leader[i - 1] === conflictTerm) return i + 1;
    if (leader[i - 1] < conflictTerm) break;
  }
  return conflictIndex;
}

export function describeReconcileStep(s: ReconcileStep): string {
  const list = (xs: IndexedTerm[]) => xs.map((e) => `${e.index}:t${e.term}`).join(", ") || "none";
  switch (s.kind) {
    case "send":
      return `Round trip ${s.roundTrip}: leader sends AppendEntries(prevLogIndex ${s.prevLogIndex}, prevLogTerm ${s.prevLogTerm}, entries [${list(s.entries)}])`;
    case "reject":
      return `Consistency check fails: ${s.reason}. Leader backs off to nextIndex ${s.nextIndex}.`;
    case "accept":
      return `Consistency check passes at index ${s.prevLogIndex}: the logs agree up to there.`;
    case "truncate":
      return `Follower deletes the conflicting entries from index ${s.from}: [${list(s.deleted)}]`;
    case "append":
      return `Follower appends [${list(s.appended)}]`;
    case "done":
      return `Done after ${s.roundTrips} round trip(s): matchIndex ${s.matchIndex}, nextIndex ${s.nextIndex}.`;
  }
}
