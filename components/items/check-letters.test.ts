import { describe, expect, it } from "vitest";
import { readCorpus } from "@/lib/content/load";
import type { Check } from "@/lib/content/schema";
import { practiceOrder } from "@/lib/content/practice-order";
import { shownKey, shownLetters } from "@/components/items/check-letters";

const { corpus } = readCorpus();
const checks = corpus.items.filter((i): i is Check => i.kind === "check");
const ordering = checks.filter((c) => c.type === "ordering");
const alphabet = (n: number) => Array.from({ length: n }, (_, i) => String.fromCharCode(97 + i));

describe("the letters an ordering check shows", () => {
  it("read a, b, c… down the list as the practice first shows it, whatever the letters were written as", () => {
    expect(ordering.length).toBeGreaterThan(5);
    for (const c of ordering) {
      const letters = shownLetters(c);
      expect(practiceOrder(c).map((id) => letters.get(id)), c.id).toEqual(alphabet(c.choices.length));
    }
  });

  it("never spell the key: no ordering check's answer reads a, b, c… in shown letters", () => {
    for (const c of ordering) expect(shownKey(c).join(", "), c.id).not.toBe(alphabet(c.choices.length).join(", "));
  });

  it("the written key a, b, c (as many checks have it) no longer shows as a, b, c", () => {
    const written = ordering.filter((c) => (c.answer as string[]).join(",") === alphabet(c.choices.length).join(","));
    expect(written.length).toBeGreaterThan(0); // the defect's shape exists in the corpus…
    for (const c of written) expect(shownKey(c)).not.toEqual(c.answer); // …and the reader never sees it
  });

  it("single and multi choice checks keep their written letters, which explanations cite", () => {
    for (const c of checks.filter((x) => x.type === "single" || x.type === "multi")) {
      for (const ch of c.choices) expect(shownLetters(c).get(ch.id)).toBe(ch.id);
    }
  });
});
