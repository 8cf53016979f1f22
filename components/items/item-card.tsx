import { renderInline, renderMarkdown } from "@/lib/content/render";
import type { Card } from "@/lib/content/schema";

/** A flashcard: the front, the back (and its "why") behind a disclosure so it can be self-tested. */
export function ItemCard({ card, titleId, open }: { card: Card; titleId: string; open: boolean }) {
  return (
    <>
      <div id={titleId} className="md" dangerouslySetInnerHTML={{ __html: renderMarkdown(card.front) }} />
      <details open={open} className="mt-3">
        <summary className="cursor-pointer text-sm font-medium">Answer</summary>
        <div className="md mt-2" dangerouslySetInnerHTML={{ __html: renderMarkdown(card.back) }} />
        {card.why ? (
          <p className="mt-2 text-sm text-zinc-600 dark:text-zinc-400">
            <strong>Why: </strong>
            <span dangerouslySetInnerHTML={{ __html: renderInline(card.why) }} />
          </p>
        ) : null}
      </details>
    </>
  );
}
