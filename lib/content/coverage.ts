import { ERRATA_MYTHS, INVENTORY_CHECKS, INVENTORY_LADDERS, INVENTORY_NUMBERS, INVENTORY_PROMPTS, INVENTORY_TOPICS } from "./inventory";
import type { Corpus, ItemKind } from "./schema";

/** Minimums per inventory topic (issue: at least 3 cards and 1 concept check each). */
export const MINIMUMS: Record<ItemKind, number> = { card: 3, check: 1, ladder: 0 };
/** Minimum follow-up rungs on a corpus ladder (the parser itself accepts two). */
export const MIN_CORPUS_RUNGS = 3;

export interface CoverageReport {
  topics: { topic: string; card: number; check: number; ladder: number; ok: boolean }[];
  /** Each inventory list: how many of its entries the corpus claims (`inventory:` lines). */
  inventory: { list: string; kind: ItemKind; claimed: number; total: number }[];
  missingInventory: { list: string; kind: ItemKind; ids: string[] }[];
  shortLadders: string[];
  /** HIGH and MED errata with no myth card correcting them. */
  errataWithoutMyth: string[];
  totals: Record<ItemKind, number> & { myth: number };
  ok: boolean;
}

export function coverage(corpus: Corpus): CoverageReport {
  const counts = new Map(INVENTORY_TOPICS.map((t) => [t, { card: 0, check: 0, ladder: 0 }]));
  const claimed: Record<ItemKind, Set<string>> = { card: new Set(), check: new Set(), ladder: new Set() };
  const totals = { card: 0, check: 0, ladder: 0, myth: 0 };
  for (const item of corpus.items) {
    totals[item.kind]++;
    if (item.kind === "card" && item.myth) totals.myth++;
    for (const t of new Set(item.covers)) counts.get(t)![item.kind]++;
    for (const inv of item.inventory) claimed[item.kind].add(inv);
  }
  const topics = [...counts].map(([topic, c]) => ({
    topic,
    ...c,
    ok: c.card >= MINIMUMS.card && c.check >= MINIMUMS.check && c.ladder >= MINIMUMS.ladder,
  }));
  const lists: { list: string; kind: ItemKind; ids: readonly string[] }[] = [
    { list: "card-like prompts (inventory §2)", kind: "card", ids: INVENTORY_PROMPTS },
    { list: "numbers (inventory §6)", kind: "card", ids: INVENTORY_NUMBERS },
    { list: "concept checks (inventory §4)", kind: "check", ids: INVENTORY_CHECKS },
    { list: "interview questions (inventory §3)", kind: "ladder", ids: INVENTORY_LADDERS },
  ];
  const inventory = lists.map(({ list, kind, ids }) => ({
    list,
    kind,
    claimed: ids.filter((id) => claimed[kind].has(id)).length,
    total: ids.length,
  }));
  const missingInventory = lists
    .map(({ list, kind, ids }) => ({ list, kind, ids: ids.filter((id) => !claimed[kind].has(id)) }))
    .filter((m) => m.ids.length);
  const myths = new Set(corpus.items.flatMap((i) => (i.kind === "card" && i.myth ? [i.myth] : [])));
  const errataWithoutMyth = ERRATA_MYTHS.filter((e) => !myths.has(e));
  const shortLadders = corpus.items.filter((i) => i.kind === "ladder" && i.rungs.length < MIN_CORPUS_RUNGS).map((i) => i.id);
  const ok = topics.every((t) => t.ok) && !missingInventory.length && !shortLadders.length && !errataWithoutMyth.length;
  return { topics, inventory, missingInventory, shortLadders, errataWithoutMyth, totals, ok };
}
