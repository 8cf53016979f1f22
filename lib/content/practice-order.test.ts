import { describe, expect, it } from "vitest";
import { readCorpus } from "./load";
import { practiceOrder, seededShuffle } from "./practice-order";
import type { Check } from "./schema";

const choices = (ids: string[]) => ids.map((id) => ({ id, text: `Choice ${id}` }));
const ordering = (id: string, key: string[]) => ({ id, type: "ordering" as const, choices: choices(key), answer: key });

describe("the order a concept check's choices start in on the practice", () => {
  it("the seeded shuffle is a permutation, the same for the same seed (server and browser agree)", () => {
    const ids = ["a", "b", "c", "d", "e", "f"];
    const once = seededShuffle(ids, "raft-check-commit-order");
    expect(seededShuffle(ids, "raft-check-commit-order")).toEqual(once);
    expect([...once].sort()).toEqual(ids);
    expect(ids).toEqual(["a", "b", "c", "d", "e", "f"]); // the input is left alone
    const seeds = ["x", "y", "z", "w", "v", "u"].map((s) => seededShuffle(ids, s).join(""));
    expect(new Set(seeds).size).toBeGreaterThan(1); // the seed matters
  });

  it("an ordering check written in its key's order never starts in that order, whatever its id", () => {
    for (let n = 2; n <= 7; n++) {
      const key = "abcdefg".slice(0, n).split("");
      for (let s = 0; s < 200; s++) {
        const order = practiceOrder(ordering(`check-${n}-${s}`, key));
        expect([...order].sort()).toEqual(key);
        expect(order).not.toEqual(key);
      }
    }
  });

  it("a single choice ordering check has nothing to shuffle", () => {
    expect(practiceOrder(ordering("one", ["a"]))).toEqual(["a"]);
  });

  it("single and multi choice keep the written order, because explanations name choices by letter", () => {
    const single = { id: "s", type: "single" as const, choices: choices(["a", "b", "c", "d"]), answer: "c" };
    expect(practiceOrder(single)).toEqual(["a", "b", "c", "d"]);
    expect(practiceOrder({ ...single, type: "multi", answer: ["a", "d"] })).toEqual(["a", "b", "c", "d"]);
  });

  it("every ordering check in the shipped content starts out of its key's order, the same way each time", () => {
    const { corpus } = readCorpus();
    const checks = corpus.items.filter((i): i is Check => i.kind === "check" && i.type === "ordering");
    expect(checks.length).toBeGreaterThanOrEqual(10);
    expect(checks.map((c) => c.id)).toContain("other-check-pbft-order"); // one the audit found starting solved
    for (const check of checks) {
      const order = practiceOrder(check);
      expect(order, check.id).not.toEqual(check.answer);
      expect([...order].sort(), check.id).toEqual(check.choices.map((c) => c.id).sort());
      expect(practiceOrder(check), check.id).toEqual(order);
    }
  });
});
