import Link from "next/link";
import type { Item } from "@/lib/content/schema";
import { CardBack } from "@/components/items/item-card";
import { ItemCheckPractice } from "@/components/items/item-check";
import { ItemLadder } from "@/components/items/item-ladder";
import { ItemSources, ItemTags, LevelBadge } from "@/components/items/item-meta";
import { Chip } from "@/components/ui/chip";
import { Markdown } from "@/components/ui/markdown";
import { itemSummary } from "@/lib/srs/browse-filter";

/**
 * One item in a lesson's compact list: a single line (its question) that opens to the rest.
 * Opening a card's row shows its answer, as turning a flashcard would; a check's row opens on its
 * practice, a ladder's on its model answer and follow-ups one at a time.
 */
const SUMMARY = 200;

/** What the filter box searches: every text the item shows, lower-cased. */
export function itemSearchText(item: Item): string {
  const parts: string[] = [item.id, ...item.tags];
  if (item.kind === "card") parts.push(item.front, item.back, item.why ?? "");
  if (item.kind === "check") parts.push(item.prompt, item.explanation, ...item.choices.map((c) => c.text));
  if (item.kind === "ladder") parts.push(item.question, item.answer, ...item.rungs.flatMap((r) => [r.prompt, r.answer]));
  return parts.join(" \n ").toLowerCase();
}

const question = (item: Item) => (item.kind === "card" ? item.front : item.kind === "check" ? item.prompt : item.question);

export function ItemRow({ item }: { item: Item }) {
  const summary = itemSummary(item, SUMMARY);
  const source = question(item);
  // The line is the plain text; a question with more (a diagram, a table, a cut) is shown in full inside.
  const full = summary.endsWith("…") || /```|\n\s*\||!\[/.test(source);
  return (
    <details id={item.id} className="group scroll-mt-4 rounded-panel border border-line bg-surface open:bg-surface-raised">
      <summary className="flex cursor-pointer list-none items-start gap-2 rounded-panel px-3 py-2 hover:bg-surface-raised pointer-coarse:min-h-target [&::-webkit-details-marker]:hidden">
        <span aria-hidden="true" className="mt-0.5 w-3 shrink-0 text-muted transition-transform group-open:rotate-90">
          ▸
        </span>
        <span className="min-w-0 grow [overflow-wrap:anywhere]">{summary}</span>
        <span className="flex shrink-0 flex-wrap justify-end gap-1">
          {item.kind === "card" && item.myth ? <Chip tone="warn">Myth ({item.myth})</Chip> : null}
          {item.kind === "check" ? <Chip>{item.type}</Chip> : null}
          {item.kind === "ladder" ? <Chip>{item.rungs.length} follow-ups</Chip> : null}
          <Chip>
            <span aria-hidden="true">L{item.level}</span>
            <span className="sr-only">Level {item.level}</span>
          </Chip>
        </span>
      </summary>
      <div className="space-y-3 border-t border-line px-3 py-3 sm:pl-8">
        {full ? <Markdown source={source} /> : null}
        {item.kind === "card" ? <CardBack card={item} /> : null}
        {item.kind === "check" ? <ItemCheckPractice check={item} /> : null}
        {item.kind === "ladder" ? <ItemLadder ladder={item} open={false} /> : null}
        <div className="flex flex-wrap items-center gap-2 border-t border-line pt-2 text-caption">
          <LevelBadge level={item.level} />
          <ItemTags tags={item.tags} />
        </div>
        <div className="flex flex-wrap items-baseline justify-between gap-2">
          <ItemSources sources={item.sources} compact />
          <Link href={`/browse/${item.id}`} className="text-caption text-accent underline underline-offset-2">
            Details<span className="sr-only"> of {item.id}</span>
          </Link>
        </div>
      </div>
    </details>
  );
}
