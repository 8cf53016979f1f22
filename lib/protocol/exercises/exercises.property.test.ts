import { describe, expect, it } from "vitest";
import { EXERCISE_FAMILIES, EXERCISE_FAMILY_INFO, generateExercise, gradeExercise, type Exercise } from "..";
import {
  choiceText, clocksKey, linearizabilityKey, paxosKey, quorumKey, raftElectionKey, raftLogKey, twoPhaseCommitKey,
} from "../testing/exercise-oracles";

// For every family, 1,000 seeds: a well-formed exercise, the same one for the same seed, a key that
// grades correct while every other choice grades wrong, and a key that an independent computation
// from the drawn figure agrees with (testing/exercise-oracles.ts: brute-force linearizability,
// subset enumeration for quorums, recomputed vector clocks, the textbook 2PC and Paxos rules).

const SEEDS = 1000;

const ORACLES: Record<string, (e: Exercise) => string | number | string[]> = {
  "quorum-arithmetic": quorumKey,
  clocks: clocksKey,
  linearizability: linearizabilityKey,
  "raft-log-repair": raftLogKey,
  "raft-election": raftElectionKey,
  "two-phase-commit": twoPhaseCommitKey,
  paxos: paxosKey,
};

/** The key as the oracle speaks it: a number, the key choice's text (single) or ids (multi/set). */
function keyAsOracle(e: Exercise): string | number | string[] {
  if (e.response.kind === "single") return choiceText(e, e.answer as string);
  if (e.response.kind === "numeric") return e.answer as number;
  return [...(e.answer as string[])].sort();
}

function wellFormed(e: Exercise, family: string, seed: number) {
  expect(e.family).toBe(family);
  expect(e.seed).toBe(seed);
  expect(EXERCISE_FAMILY_INFO.find((f) => f.id === family)!.kinds).toContain(e.kind);
  expect(e.lesson).toMatch(/^[a-z0-9-]+$/);
  expect(e.prompt.length).toBeGreaterThan(10);
  expect(e.explanation.length).toBeGreaterThan(10);
  expect(e.figure.type).toMatch(/^(quorum|space-time|history|logs|two-phase-commit|paxos)$/);
  const ids = (e.response.choices ?? []).map((c) => c.id);
  expect(new Set(ids).size).toBe(ids.length);
  for (const c of e.response.choices ?? []) expect(c.text.length).toBeGreaterThan(0);
  switch (e.response.kind) {
    case "single":
      expect(ids.length).toBeGreaterThanOrEqual(2);
      expect(ids).toContain(e.answer);
      expect(new Set(e.response.choices!.map((c) => c.text)).size).toBe(ids.length);
      break;
    case "multi":
    case "set":
      expect(Array.isArray(e.answer)).toBe(true);
      expect((e.answer as string[]).length).toBeGreaterThan(0);
      for (const id of e.answer as string[]) expect(ids).toContain(id);
      break;
    case "numeric":
      expect(Number.isFinite(e.answer)).toBe(true);
      break;
    default:
      throw new Error(`unexpected response kind ${e.response.kind}`);
  }
}

function othersGradeWrong(e: Exercise) {
  const ids = (e.response.choices ?? []).map((c) => c.id);
  if (e.response.kind === "single") {
    for (const id of ids) if (id !== e.answer) expect(gradeExercise(e, id)).toEqual({ correct: false, score: 0 });
  } else if (e.response.kind === "numeric") {
    const k = e.answer as number;
    for (const wrong of [k - 1, k + 1]) expect(gradeExercise(e, wrong).correct).toBe(false);
  } else {
    const key = new Set(e.answer as string[]);
    for (const id of ids) {
      const toggled = key.has(id) ? [...key].filter((x) => x !== id) : [...key, id];
      const g = gradeExercise(e, toggled);
      expect(g.correct).toBe(false);
      expect(g.score).toBeLessThan(1);
    }
  }
  expect(gradeExercise(e, undefined)).toEqual({ correct: false, score: 0 });
  expect(gradeExercise(e, { bogus: true })).toEqual({ correct: false, score: 0 });
}

describe("the exercise registry", () => {
  it("lists the seven families of issue 10, each with several sub-kinds", () => {
    expect(EXERCISE_FAMILIES).toEqual(["quorum-arithmetic", "clocks", "linearizability", "raft-log-repair", "raft-election", "two-phase-commit", "paxos"]);
    for (const f of EXERCISE_FAMILY_INFO) expect(f.kinds.length).toBeGreaterThanOrEqual(3);
  });

  it("refuses an unknown family, a bad seed or an unknown kind with a readable error", () => {
    expect(() => generateExercise("nope", 1)).toThrow(/unknown exercise family "nope"/);
    expect(() => generateExercise("paxos", -1)).toThrow(/seed must be/);
    expect(() => generateExercise("paxos", 1.5)).toThrow(/seed must be/);
    expect(() => generateExercise("paxos", 1, "bogus")).toThrow(/unknown paxos kind/);
  });

  for (const family of EXERCISE_FAMILIES) {
    it(`${family}: ${SEEDS} seeds give well-formed exercises whose key the engine and an independent oracle agree on`, () => {
      const kinds = new Set<string>();
      for (let seed = 0; seed < SEEDS; seed++) {
        const e = generateExercise(family, seed);
        kinds.add(e.kind);
        wellFormed(e, family, seed);
        expect(JSON.stringify(generateExercise(family, seed))).toBe(JSON.stringify(e));
        expect(gradeExercise(e, e.answer)).toEqual({ correct: true, score: 1 });
        othersGradeWrong(e);
        const oracle = ORACLES[family](e);
        expect({ seed, kind: e.kind, key: Array.isArray(oracle) ? [...oracle].sort() : oracle }).toEqual({ seed, kind: e.kind, key: keyAsOracle(e) });
      }
      // Every sub-kind is reachable from seeds.
      expect([...kinds].sort()).toEqual([...EXERCISE_FAMILY_INFO.find((f) => f.id === family)!.kinds].sort());
    }, 120_000);
  }
});
