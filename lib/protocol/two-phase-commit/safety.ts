import { outcomeOf, type CoordinatorState, type Decision, type ParticipantState, type Vote } from "./types";

// The atomic-commitment properties (Bernstein et al. 1987 §7.2, AC1–AC4), checked by an outside
// observer after every event: all participants that decide reach the same decision; a decision is
// never reversed; commit only if every participant voted YES.

export interface TpcSafety {
  votes: Record<number, Vote>; // every vote ever cast (the observer never forgets, unlike a crashed node)
  outcomes: Record<number, Decision>;
  violations: string[];
}

export const emptyTpcSafety = (): TpcSafety => ({ votes: {}, outcomes: {}, violations: [] });

function report(s: TpcSafety, v: string): void {
  if (!s.violations.includes(v)) s.violations.push(v);
}

export function checkTpcSafety(s: TpcSafety, c: CoordinatorState, participants: ReadonlyArray<ParticipantState>): void {
  for (const p of participants) {
    if (p.vote) s.votes[p.id] = p.vote;
    const o = outcomeOf(p.wal);
    if (o === null) continue;
    const before = s.outcomes[p.id];
    if (before && before !== o) report(s, `participant ${p.id} reversed its outcome from ${before} to ${o}`);
    if (!before) s.outcomes[p.id] = o;
    if (p.wal.filter((r) => r.kind === "commit" || r.kind === "abort").some((r) => r.kind !== o)) {
      report(s, `participant ${p.id} logged both commit and abort`);
    }
  }
  const committed = participants.filter((p) => s.outcomes[p.id] === "commit").map((p) => p.id);
  const aborted = participants.filter((p) => s.outcomes[p.id] === "abort").map((p) => p.id);
  if (committed.length > 0 && aborted.length > 0) {
    report(s, `atomicity broken: participant(s) ${committed.join(", ")} committed while ${aborted.join(", ")} aborted`);
  }
  const decisions = new Set(c.wal.filter((r) => r.kind === "commit" || r.kind === "abort").map((r) => r.kind));
  if (decisions.size > 1) report(s, "the coordinator logged both commit and abort");
  const coord = outcomeOf(c.wal);
  if (committed.length > 0 || coord === "commit") {
    const noYes = participants.filter((p) => s.votes[p.id] !== "yes").map((p) => p.id);
    if (noYes.length > 0) report(s, `commit without a YES vote from participant(s) ${noYes.join(", ")}`);
  }
  if (coord) {
    for (const p of participants) {
      const o = s.outcomes[p.id];
      if (o && o !== coord) report(s, `participant ${p.id} ${o === "commit" ? "committed" : "aborted"} but the coordinator decided ${coord}`);
    }
  }
}
