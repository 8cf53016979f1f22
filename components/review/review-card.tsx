import type { ReviewCardView } from "@/lib/srs/view";

/** One card: front always, back and "why" once revealed. HTML comes from renderMarkdown (sanitized). */
export function ReviewCard({ card, revealed }: { card: ReviewCardView; revealed: boolean }) {
  return (
    <article aria-labelledby="card-front" className="rounded-panel border border-line bg-surface p-6">
      <p className="mb-4 flex flex-wrap gap-2 text-caption text-muted">
        <span>{card.lesson.title}</span>
        <span aria-hidden="true">·</span>
        <span>{card.state}</span>
        {card.myth ? <span className="rounded border border-current px-1.5">Myth or fact ({card.myth})</span> : null}
        {card.leech ? (
          <span className="rounded border border-current px-1.5 font-semibold" title="Forgotten 8 or more times: consider rewriting or splitting it">
            Leech · {card.lapses} lapses
          </span>
        ) : null}
      </p>
      <h2 id="card-front" className="sr-only">
        Question
      </h2>
      <div className="md text-lg" data-testid="card-front" dangerouslySetInnerHTML={{ __html: card.frontHtml }} />
      {revealed ? (
        <section aria-label="Answer" className="mt-6 border-t border-line pt-6">
          <div className="md" data-testid="card-back" dangerouslySetInnerHTML={{ __html: card.backHtml }} />
          {card.whyHtml ? (
            <div className="md mt-4 text-small text-muted">
              <strong>Why: </strong>
              <span dangerouslySetInnerHTML={{ __html: card.whyHtml }} />
            </div>
          ) : null}
        </section>
      ) : null}
    </article>
  );
}
