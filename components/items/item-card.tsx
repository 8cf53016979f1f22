import type { Card } from "@/lib/content/schema";
import { InlineMarkdown, Markdown } from "@/components/ui/markdown";

/** A flashcard: the front, the back (and its "why") behind a disclosure so it can be self-tested. */
export function ItemCard({ card, titleId, open }: { card: Card; titleId: string; open: boolean }) {
  return (
    <>
      <Markdown id={titleId} source={card.front} />
      <details open={open} className="mt-3">
        <summary className="cursor-pointer text-small font-medium text-accent pointer-coarse:py-2">Answer</summary>
        <CardBack card={card} />
      </details>
    </>
  );
}

/** The back of a card and its one-line "why". */
export function CardBack({ card }: { card: Card }) {
  return (
    <>
      <Markdown source={card.back} className="mt-2" />
      {card.why ? (
        <p className="mt-2 text-small text-muted">
          <strong>Why: </strong>
          <InlineMarkdown source={card.why} />
        </p>
      ) : null}
    </>
  );
}
