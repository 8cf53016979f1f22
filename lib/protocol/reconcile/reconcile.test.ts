// Log reconciliation (Raft paper §5.3) on Figure 7's followers (a)-(f), plus the
// exercise generator. The leader is in term 8 and has appended one entry of its term.
import { describe, expect, it } from "vitest";
import {
  FIGURE_7,
  InvalidLogsError,
  describeReconcileStep,
  generateDivergentLogs,
  generateReconcileExercise,
  reconcile,
  validateLogs,
} from "./index";

const { leader, leaderTerm, followers } = FIGURE_7;
const terms = (xs: { term: number }[]) => xs.map((e) => e.term);
const indexes = (xs: { index: number }[]) => xs.map((e) => e.index);

describe("Figure 7: one-entry back-off (Figure 2)", () => {
  const cases = [
    // follower, where they agree, round trips, deleted indexes, appended indexes
    ["a", 9, 3, [], [10, 11]], // missing entries
    ["b", 4, 8, [], [5, 6, 7, 8, 9, 10, 11]],
    ["c", 10, 2, [11], [11]], // an extra uncommitted entry
    ["d", 10, 2, [11, 12], [11]],
    ["e", 5, 7, [6, 7], [6, 7, 8, 9, 10, 11]], // missing and extra
    ["f", 3, 9, [4, 5, 6, 7, 8, 9, 10, 11], [4, 5, 6, 7, 8, 9, 10, 11]],
  ] as const;

  for (const [name, matchPoint, roundTrips, deleted, appended] of cases) {
    it(`follower (${name}): agrees up to ${matchPoint}, ${roundTrips} round trips, ends identical to the leader`, () => {
      const r = reconcile(leader, followers[name], { leaderTerm });
      expect(r.matchPoint).toBe(matchPoint);
      expect(r.roundTrips).toBe(roundTrips);
      expect(indexes(r.deleted)).toEqual(deleted);
      expect(indexes(r.appended)).toEqual(appended);
      expect(r.follower).toEqual(leader);
    });
  }

  it("(f) step by step: each rejection moves nextIndex back by one, then the suffix is replaced", () => {
    const r = reconcile(leader, followers.f, { leaderTerm });
    const rejects = r.steps.filter((s) => s.kind === "reject");
    expect(rejects.map((s) => s.kind === "reject" && s.nextIndex)).toEqual([11, 10, 9, 8, 7, 6, 5, 4]);
    expect(r.steps.map((s) => s.kind).slice(-5)).toEqual(["send", "accept", "truncate", "append", "done"]);
    const first = r.steps[0];
    expect(first).toMatchObject({ kind: "send", nextIndex: 12, prevLogIndex: 11, prevLogTerm: 8 });
    expect(r.steps[1]).toMatchObject({ kind: "reject", followerTerm: 3, conflictTerm: 3, conflictIndex: 7 });
    expect(terms(r.deleted)).toEqual([2, 2, 2, 3, 3, 3, 3, 3]);
    expect(describeReconcileStep(r.steps[1])).toBe(
      "Consistency check fails: the follower has term 3 at index 11, the leader says 8. Leader backs off to nextIndex 11.",
    );
  });

  it("without a new entry of its term, the leader leaves (c)'s extra entry alone: Figure 2 deletes only on conflict", () => {
    const r = reconcile(FIGURE_7.leaderBeforeNewEntry, followers.c, { leaderTerm });
    expect(r.roundTrips).toBe(1);
    expect(r.deleted).toEqual([]);
    expect(r.follower).toEqual(followers.c);
  });
});

describe("Figure 7 with the §5.3 conflict-term optimisation", () => {
  const fast = { a: 2, b: 2, c: 2, d: 2, e: 3, f: 3 } as const;
  for (const [name, rt] of Object.entries(fast)) {
    it(`follower (${name}) needs ${rt} round trips and ends identical to the leader`, () => {
      const r = reconcile(leader, followers[name as keyof typeof followers], { leaderTerm, backoff: "conflict-term" });
      expect(r.roundTrips).toBe(rt);
      expect(r.follower).toEqual(leader);
    });
  }
});

describe("input validation", () => {
  it("rejects pairs that cannot occur in Raft, saying why", () => {
    expect(() => validateLogs([1, 2, 1], [], 3)).toThrow(/leader terms go down at index 3/);
    expect(() => validateLogs([1, 1], [1], 1)).not.toThrow();
    expect(() => validateLogs([1, 2], [2], 3)).toThrow(InvalidLogsError); // term 2 at index 1 and 2: two logs for one leader
    expect(() => validateLogs([1, 3], [1, 3, 3], 3)).toThrow(/only the leader creates entries of term 3/);
    expect(() => validateLogs([1, 3, 3], [2, 3], 4)).toThrow(/Log Matching/);
    expect(() => validateLogs([1, 2], [1, 1, 1, 2, 2], 3)).toThrow(/cannot come from one leader's log/);
    expect(() => reconcile([1, 1, 2], [1, 1, 2], { leaderTerm: 1 })).toThrow(/below its last entry's term/);
  });

  it("Figure 7's logs are all valid", () => {
    for (const f of Object.values(followers)) expect(() => validateLogs(leader, f, leaderTerm)).not.toThrow();
  });
});

describe("exercise generator", () => {
  it("is deterministic per seed and varies across seeds", () => {
    expect(generateReconcileExercise(5)).toEqual(generateReconcileExercise(5));
    const pairs = new Set(Array.from({ length: 50 }, (_, s) => JSON.stringify(generateDivergentLogs(s))));
    expect(pairs.size).toBeGreaterThan(40);
  });

  it("produces valid pairs with work to do: missing entries, and missing plus conflicting extra ones", () => {
    const kinds = new Set<string>();
    for (let seed = 0; seed < 500; seed++) {
      const { leader: l, follower: f, leaderTerm: t } = generateDivergentLogs(seed);
      expect(() => validateLogs(l, f, t)).not.toThrow();
      const r = reconcile(l, f, { leaderTerm: t });
      kinds.add(`${r.appended.length > 0 ? "missing" : ""}+${r.deleted.length > 0 ? "extra" : ""}`);
    }
    // The leader always has something to send; conflicting extras show up too.
    expect(kinds).toEqual(new Set(["missing+", "missing+extra"]));
  });

  it("answers agree with the rules: round trips, deletions and the repaired log", () => {
    for (let seed = 0; seed < 300; seed++) {
      const ex = generateReconcileExercise(seed);
      const a = Object.fromEntries(ex.questions.map((q) => [q.key, q.answer]));
      const L = ex.leader.length;
      expect(a.roundTrips).toBe(L - a.matchPoint + 1); // one probe per entry backed over, plus the accepted one
      expect(a.roundTripsFast).toBeLessThanOrEqual(a.roundTrips);
      expect(a.deleted).toBe(a.matchPoint < L ? Math.max(0, ex.follower.length - a.matchPoint) : 0);
      expect(a.appended).toBe(L - a.matchPoint);
      expect(ex.solution.follower.slice(0, L)).toEqual(ex.leader);
      expect(ex.fastSolution.follower).toEqual(ex.solution.follower);
    }
  });
});
