import { describe, expect, it } from "vitest";
import { gradeAnswer } from "./grade";

// The partial-credit rules the README documents, one scenario each.
describe("marking a response", () => {
  it("single choice: the key scores 1, anything else 0", () => {
    expect(gradeAnswer({ kind: "single" }, "b", "b")).toEqual({ correct: true, score: 1 });
    expect(gradeAnswer({ kind: "single" }, "b", "a")).toEqual({ correct: false, score: 0 });
  });

  it("multi/set: right picks minus wrong picks over the key's size, floored at 0", () => {
    const key = ["a", "c", "d"];
    expect(gradeAnswer({ kind: "multi" }, key, ["a", "c", "d"])).toEqual({ correct: true, score: 1 });
    expect(gradeAnswer({ kind: "multi" }, key, ["a", "c"]).score).toBeCloseTo(2 / 3);
    expect(gradeAnswer({ kind: "set" }, key, ["a", "c", "b"]).score).toBeCloseTo(1 / 3);
    expect(gradeAnswer({ kind: "set" }, key, ["b", "e"])).toEqual({ correct: false, score: 0 });
    // Picking everything is not full marks.
    expect(gradeAnswer({ kind: "multi" }, key, ["a", "b", "c", "d", "e"]).score).toBeCloseTo(1 / 3);
  });

  it("numeric: full marks within the tolerance, half within 10% of the key, typed text accepted", () => {
    expect(gradeAnswer({ kind: "numeric" }, 5, "5")).toEqual({ correct: true, score: 1 });
    expect(gradeAnswer({ kind: "numeric", tolerance: 2 }, 100, 102)).toEqual({ correct: true, score: 1 });
    expect(gradeAnswer({ kind: "numeric" }, 100, "1,08")).toEqual({ correct: false, score: 0 });
    expect(gradeAnswer({ kind: "numeric" }, 100, 108)).toEqual({ correct: false, score: 0.5 });
    expect(gradeAnswer({ kind: "numeric" }, 3, 4)).toEqual({ correct: false, score: 0 });
    expect(gradeAnswer({ kind: "numeric" }, 3, "three")).toEqual({ correct: false, score: 0 });
  });

  it("ordering: the share of pairs in the key's relative order", () => {
    const key = ["a", "b", "c", "d"];
    expect(gradeAnswer({ kind: "ordering" }, key, key)).toEqual({ correct: true, score: 1 });
    // One adjacent swap breaks 1 of 6 pairs.
    expect(gradeAnswer({ kind: "ordering" }, key, ["b", "a", "c", "d"]).score).toBeCloseTo(5 / 6);
    expect(gradeAnswer({ kind: "ordering" }, key, ["d", "c", "b", "a"])).toEqual({ correct: false, score: 0 });
    expect(gradeAnswer({ kind: "ordering" }, key, ["a", "b", "c"])).toEqual({ correct: false, score: 0 });
  });
});
