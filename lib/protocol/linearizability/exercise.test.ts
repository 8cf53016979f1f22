// The drill generator: the verdict asked for is the verdict the history has, checked here
// by the brute-force definition rather than by the checker the generator itself uses.
import { describe, expect, it } from "vitest";
import { bruteForceLinearizable } from "./brute-force";
import { generateRegisterExercise } from "./exercise";
import { registerModel } from "./register-models";

const seeds = Array.from({ length: 150 }, (_, i) => i + 1);

describe("generateRegisterExercise", () => {
  it.each(["ok", "illegal"] as const)("every seed yields a history whose verdict is %s", (verdict) => {
    for (const seed of seeds) {
      const exercise = generateRegisterExercise({ seed, verdict });
      expect(exercise.check.verdict).toBe(verdict);
      expect(bruteForceLinearizable(registerModel, exercise.history)).toBe(verdict === "ok");
    }
  });

  it("keeps to 2–4 clients and 4–10 operations, each client one call at a time", () => {
    for (const seed of seeds) {
      const { clients, history } = generateRegisterExercise({ seed, verdict: seed % 2 ? "ok" : "illegal" });
      expect(clients).toBeGreaterThanOrEqual(2);
      expect(clients).toBeLessThanOrEqual(4);
      expect(history.length).toBeGreaterThanOrEqual(4);
      expect(history.length).toBeLessThanOrEqual(10);
      expect(new Set(history.map((o) => o.clientId))).toEqual(new Set(Array.from({ length: clients }, (_, i) => i + 1)));
      for (let c = 1; c <= clients; c++) {
        const mine = history.filter((o) => o.clientId === c);
        mine.slice(1).forEach((op, i) => expect(op.call).toBeGreaterThan(mine[i].return));
      }
      const written = history.flatMap((o) => (o.input.op === "write" ? [o.input.value] : []));
      expect(new Set(written).size).toBe(written.length);
      expect(written.length).toBeGreaterThan(0);
      expect(history.some((o) => o.input.op === "read")).toBe(true);
    }
  });

  it("is deterministic per seed and varies across seeds", () => {
    const a = generateRegisterExercise({ seed: 42, verdict: "illegal" });
    const b = generateRegisterExercise({ seed: 42, verdict: "illegal" });
    expect(b.history).toEqual(a.history);
    const distinct = new Set(seeds.map((seed) => JSON.stringify(generateRegisterExercise({ seed, verdict: "ok" }).history)));
    expect(distinct.size).toBeGreaterThan(seeds.length * 0.95);
  });

  it("honours a requested size, and an illegal exercise explains its failing read", () => {
    const exercise = generateRegisterExercise({ seed: 7, verdict: "illegal", clients: 3, operations: 8 });
    expect(exercise.clients).toBe(3);
    expect(exercise.history).toHaveLength(8);
    expect(exercise.check.partitions[0].failure?.description).toMatch(/^(read\(\) -> |write\()/);
  });

  it("rejects sizes outside the drill's range", () => {
    expect(() => generateRegisterExercise({ seed: 1, verdict: "ok", clients: 5 })).toThrow(/clients must be an integer from 2 to 4/);
    expect(() => generateRegisterExercise({ seed: 1, verdict: "ok", operations: 11 })).toThrow(/operations must be an integer from 4 to 10/);
  });
});
