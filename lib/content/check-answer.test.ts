import { describe, expect, it } from "vitest";
import { canMark, markCheck, readNumber } from "./check-answer";
import type { Check } from "./schema";

const base = { kind: "check", id: "x", topic: "t", level: 1, tags: [], sources: [{ ref: "r" }], covers: ["T01"], prompt: "?", explanation: "Because." } as const;
const abcd = ["a", "b", "c", "d"].map((id) => ({ id, text: `Choice ${id}` }));
const check = (over: Partial<Check>) => ({ ...base, type: "single", choices: abcd, answer: "c", ...over }) as Check;

describe("marking a learner's pick on a concept check (practice, nothing stored)", () => {
  it("single choice: the pick is right or wrong, and the key is marked as missed when they chose otherwise", () => {
    const c = check({});
    expect(markCheck(c, { choices: ["c"] })).toEqual({ correct: true, choices: { c: "right" } });
    expect(markCheck(c, { choices: ["a"] })).toEqual({ correct: false, choices: { a: "wrong", c: "missed" } });
    expect(canMark(c, { choices: [] })).toBe(false);
  });

  it("multi-select is right only with every key choice and nothing else", () => {
    const c = check({ type: "multi", answer: ["b", "d"] });
    expect(markCheck(c, { choices: ["d", "b"] }).correct).toBe(true);
    expect(markCheck(c, { choices: ["b"] })).toEqual({ correct: false, choices: { b: "right", d: "missed" } });
    expect(markCheck(c, { choices: ["a", "b", "d"] })).toEqual({ correct: false, choices: { a: "wrong", b: "right", d: "right" } });
  });

  it("true/false compares with the key whether it was written as a boolean or as text", () => {
    expect(markCheck(check({ type: "truefalse", choices: [], answer: true }), { value: "true" }).correct).toBe(true);
    expect(markCheck(check({ type: "truefalse", choices: [], answer: false }), { value: "true" }).correct).toBe(false);
    expect(markCheck(check({ type: "truefalse", choices: [], answer: "false" }), { value: "false" }).correct).toBe(true);
    expect(canMark(check({ type: "truefalse", choices: [] }), { value: "" })).toBe(false);
  });

  it("numeric answers accept thousands separators and honour the tolerance; other text cannot be marked", () => {
    const c = check({ type: "numeric", choices: [], answer: 1200 });
    expect(markCheck(c, { value: "1,200" }).correct).toBe(true);
    expect(markCheck(c, { value: "1 200" }).correct).toBe(true);
    expect(markCheck(c, { value: "1500" }).correct).toBe(false);
    expect(markCheck(check({ type: "numeric", choices: [], answer: 0.5, tolerance: 0.05 }), { value: ".54" }).correct).toBe(true);
    expect(readNumber("1e3")).toBeNull();
    expect(readNumber("three")).toBeNull();
    expect(canMark(c, { value: "twelve hundred" })).toBe(false);
  });

  it("ordering marks each choice at its place and says where it belongs", () => {
    const c = check({ type: "ordering", answer: ["c", "a", "d", "b"] });
    expect(markCheck(c, { choices: ["c", "a", "d", "b"] }).correct).toBe(true);
    const m = markCheck(c, { choices: ["a", "c", "d", "b"] });
    expect(m).toEqual({ correct: false, choices: { a: "wrong", c: "wrong", d: "right", b: "right" }, places: { c: 1, a: 2, d: 3, b: 4 } });
    expect(canMark(c, { choices: ["a", "b"] })).toBe(false);
  });
});
