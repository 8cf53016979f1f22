import { describe, expect, it } from "vitest";
import { readCorpus } from "./load";
import { choiceOrder, practiceOrder, seededShuffle, shownLetter } from "./practice-order";
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

  it("choiceOrder is a pure permutation of 0…n−1, the same for the same check and attempt seed", () => {
    for (let n = 0; n <= 6; n++) {
      const order = choiceOrder("raft-check-heartbeat-choice", 17, n);
      expect([...order].sort((x, y) => x - y)).toEqual(Array.from({ length: n }, (_, i) => i));
      expect(choiceOrder("raft-check-heartbeat-choice", 17, n)).toEqual(order);
      expect(choiceOrder("raft-check-heartbeat-choice", "17", n)).toEqual(order); // a stored seed may come back as text
    }
    expect(() => choiceOrder("x", 0, -1)).toThrow(RangeError);
  });

  it("a new attempt reshuffles: over many seeds every choice shows in every position about equally often", () => {
    const n = 4;
    const counts = Array.from({ length: n }, () => new Array<number>(n).fill(0));
    const orders = new Set<string>();
    for (let seed = 0; seed < 4000; seed++) {
      const order = choiceOrder("quorums-check-partition-5", seed, n);
      orders.add(order.join(""));
      order.forEach((choice, position) => counts[choice][position]++);
    }
    expect(orders.size).toBe(24); // every permutation of four turns up
    for (const row of counts) for (const c of row) expect(c).toBeGreaterThan(850); // 1000 expected, no position favoured
  });

  it("single and multi choice checks are shuffled per attempt too, and letters follow the order shown", () => {
    const single = { id: "s", type: "single" as const, choices: choices(["a", "b", "c", "d"]), answer: "c" };
    const attempts = Array.from({ length: 20 }, (_, seed) => practiceOrder(single, seed).join(""));
    expect(new Set(attempts).size).toBeGreaterThan(5);
    expect(practiceOrder(single, 3)).toEqual(choiceOrder("s", 3, 4).map((i) => "abcd"[i]));
    const multi = { ...single, type: "multi" as const, answer: ["a", "d"] };
    expect([...practiceOrder(multi, 9)].sort()).toEqual(["a", "b", "c", "d"]);
    expect(["a", "b", "c", "d"].map((_, i) => shownLetter(i)).join("")).toBe("abcd");
    const numeric = { id: "n", type: "numeric" as const, choices: [], answer: 3 };
    expect(practiceOrder(numeric, 5)).toEqual([]);
  });

  it("an ordering check never starts solved, whatever the attempt", () => {
    const check = ordering("raft-check-commit-order", ["c", "a", "d", "b"]);
    for (let seed = 0; seed < 300; seed++) expect(practiceOrder(check, seed)).not.toEqual(["c", "a", "d", "b"]);
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
