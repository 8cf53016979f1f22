import { describe, expect, it } from "vitest";
import { coverage } from "./coverage";
import { EXTRA_TOPICS, INVENTORY_CHECKS, INVENTORY_LADDERS, INVENTORY_NUMBERS, INVENTORY_PROMPTS, INVENTORY_TOPICS } from "./inventory";
import { readCorpus } from "./load";
import type { Corpus } from "./schema";

// The corpus issue's bars, checked on the shipped content/ so that an edit that drops one fails `npm test`:
// every inventory topic has 3 cards and 1 check, every inventory list (116 prompts, 41 numbers,
// 43 checks, 50 interview questions) is claimed by an item of the right kind, every ladder has 3 rungs,
// and each of the 41 HIGH and MED errata has a myth card.
const { corpus, problems } = readCorpus();

const without = (c: Corpus, drop: (item: Corpus["items"][number]) => boolean): Corpus => ({
  ...c,
  items: c.items.filter((i) => !drop(i)),
});

describe("the shipped corpus", () => {
  it("is valid and meets every minimum of the corpus issue", () => {
    expect(problems).toEqual([]);
    const report = coverage(corpus);
    expect(report.topics.filter((t) => !t.ok)).toEqual([]);
    expect(report.missingInventory).toEqual([]);
    expect(report.shortLadders).toEqual([]);
    expect(report.errataWithoutMyth).toEqual([]);
    expect(report.ok).toBe(true);
  });

  it("claims all 116 card-like prompts, 41 numbers, 43 concept checks and 50 interview questions", () => {
    expect([INVENTORY_PROMPTS.length, INVENTORY_NUMBERS.length, INVENTORY_CHECKS.length, INVENTORY_LADDERS.length]).toEqual([116, 41, 43, 50]);
    expect(INVENTORY_TOPICS).toHaveLength(99);
    expect(coverage(corpus).inventory.map((l) => [l.claimed, l.total])).toEqual([
      [116, 116],
      [41, 41],
      [43, 43],
      [50, 50],
    ]);
  });
});

describe("the topics the seeds miss (T88–T99)", () => {
  it("each has at least three cards and a concept check, like the seed topics", () => {
    const report = coverage(corpus);
    const extra = report.topics.filter((t) => t.topic in EXTRA_TOPICS);
    expect(extra.map((t) => t.topic)).toEqual(Object.keys(EXTRA_TOPICS));
    expect(extra.filter((t) => t.card < 3 || t.check < 1)).toEqual([]);
  });

  it("are taught from the primary literature: every item covering one cites an ext source", () => {
    const uncited = corpus.items.filter((i) => i.covers.some((t) => t in EXTRA_TOPICS) && !i.sources.some((s) => "ref" in s));
    expect(uncited.map((i) => i.id)).toEqual([]);
  });

  it("fail coverage when one loses its only concept check", () => {
    const report = coverage(without(corpus, (i) => i.kind === "check" && i.covers.includes("T97")));
    expect(report.topics.find((t) => t.topic === "T97")).toMatchObject({ check: 0, ok: false });
    expect(report.ok).toBe(false);
  });
});

describe("coverage fails, naming what is missing", () => {
  it("when a topic drops below three cards", () => {
    const t87Cards = corpus.items.filter((i) => i.kind === "card" && i.covers.includes("T87"));
    const keep = new Set(t87Cards.slice(0, 2).map((i) => i.id));
    const report = coverage(without(corpus, (i) => i.kind === "card" && i.covers.includes("T87") && !keep.has(i.id)));
    expect(report.topics.find((t) => t.topic === "T87")).toMatchObject({ card: 2, ok: false });
    expect(report.ok).toBe(false);
  });

  it("when no card claims an inventory prompt", () => {
    const report = coverage(without(corpus, (i) => i.kind === "card" && i.inventory.includes("000-FY6")));
    expect(report.missingInventory).toEqual([{ list: "card-like prompts (inventory §2)", kind: "card", ids: ["000-FY6"] }]);
    expect(report.inventory[0]).toMatchObject({ claimed: 115, total: 116 });
    expect(report.ok).toBe(false);
  });

  it("when a HIGH or MED erratum has no myth card correcting it", () => {
    const report = coverage(without(corpus, (i) => i.kind === "card" && i.myth === "E07"));
    expect(report.errataWithoutMyth).toEqual(["E07"]);
    expect(report.ok).toBe(false);
  });

  it("when a ladder has only two rungs", () => {
    const ladder = corpus.items.find((i) => i.kind === "ladder")!;
    const short = { ...ladder, rungs: ladder.kind === "ladder" ? ladder.rungs.slice(0, 2) : [] } as Corpus["items"][number];
    const report = coverage({ ...corpus, items: corpus.items.map((i) => (i.id === ladder.id ? short : i)) });
    expect(report.shortLadders).toEqual([ladder.id]);
    expect(report.ok).toBe(false);
  });
});
