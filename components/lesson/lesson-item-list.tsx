import { ItemFilter } from "@/components/lesson/item-filter";
import { ItemRow, itemSearchText } from "@/components/lesson/item-row";
import type { Item, ItemKind } from "@/lib/content/schema";

/** A lesson's items of one kind, compact and filterable: the body of its Cards, Checks and Interview questions pages. */
const WORDS: Record<ItemKind, { heading: string; label: string; noun: [string, string]; none: string; lead: string }> = {
  card: {
    heading: "Cards",
    label: "Filter cards",
    noun: ["card", "cards"],
    none: "No cards in this lesson yet.",
    lead: "Open a card to see its answer. Study this lesson schedules them for review.",
  },
  check: {
    heading: "Concept checks",
    label: "Filter checks",
    noun: ["check", "checks"],
    none: "No concept checks in this lesson yet.",
    lead: "Open a check to answer it; Check answer marks it beside the key. Nothing is stored.",
  },
  ladder: {
    heading: "Interview questions",
    label: "Filter questions",
    noun: ["question", "questions"],
    none: "No interview questions in this lesson yet.",
    lead: "Answer aloud first, then reveal the model answer; each follow-up appears once the answer before it is shown.",
  },
};

export function LessonItemList({ items, kind }: { items: Item[]; kind: ItemKind }) {
  const w = WORDS[kind];
  const list = items.filter((i) => i.kind === kind);
  return (
    <section aria-labelledby="items-heading" className="space-y-3">
      <h2 id="items-heading" className="text-heading">
        {w.heading} <span className="text-base font-normal text-muted tabular-nums">({list.length})</span>
      </h2>
      <p className="text-small text-muted">{w.lead}</p>
      {list.length ? (
        <ItemFilter label={w.label} noun={w.noun} entries={list.map((i) => ({ id: i.id, text: itemSearchText(i) }))}>
          {list.map((i) => (
            <ItemRow key={i.id} item={i} />
          ))}
        </ItemFilter>
      ) : (
        <p className="text-small text-muted">{w.none}</p>
      )}
    </section>
  );
}
