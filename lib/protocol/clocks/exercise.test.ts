import { describe, expect, it } from "vitest";
import { analyzeTrace, generateClockExercise, generateClockTrace } from "./index";

describe("clock exercises", () => {
  it("are a pure function of the seed", () => {
    expect(generateClockExercise(42)).toEqual(generateClockExercise(42));
    expect(generateClockExercise(42)).not.toEqual(generateClockExercise(43));
  });

  it("make valid traces of 2–4 processes with at least one message", () => {
    for (let seed = 1; seed <= 200; seed++) {
      const t = generateClockTrace(seed);
      expect(t.processes).toBeGreaterThanOrEqual(2);
      expect(t.processes).toBeLessThanOrEqual(4);
      expect(t.events.some((e) => e.kind === "receive")).toBe(true);
      expect(() => analyzeTrace(t)).not.toThrow();
    }
  });

  it("ask the four kinds of question, answered by the engine", () => {
    for (let seed = 1; seed <= 100; seed++) {
      const ex = generateClockExercise(seed);
      const a = analyzeTrace(ex.trace);
      expect(ex.questions.map((q) => q.kind)).toEqual(["lamport", "vector", "happens-before", "concurrent-with"]);
      for (const q of ex.questions) {
        if (q.kind === "lamport") expect(q.answer).toBe(a.event(q.eventId).lamport);
        if (q.kind === "vector") expect(q.answer).toEqual(a.event(q.eventId).vector);
        if (q.kind === "happens-before") expect(q.answer).toBe(a.happensBefore(q.a, q.b));
        if (q.kind === "concurrent-with") expect(q.answer).toEqual(a.concurrentWith(q.eventId));
        expect(q.prompt.length).toBeGreaterThan(10);
        expect(q.explanation.length).toBeGreaterThan(10);
      }
    }
  });

  it("often teach that L(a) < L(b) does not imply a → b", () => {
    let subtle = 0;
    for (let seed = 1; seed <= 100; seed++) {
      const q = generateClockExercise(seed).questions.find((x) => x.kind === "happens-before");
      if (q && q.kind === "happens-before" && q.prompt.startsWith("L(")) {
        subtle++;
        expect(q.answer).toBe(false);
        expect(q.explanation).toMatch(/does not imply/);
      }
    }
    expect(subtle).toBeGreaterThan(30);
  });

  it("reject out-of-range options", () => {
    expect(() => generateClockTrace(1, { processes: 5 })).toThrow(RangeError);
    expect(() => generateClockTrace(1, { events: 1 })).toThrow(RangeError);
  });
});
