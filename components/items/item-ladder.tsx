import { renderInline, renderMarkdown } from "@/lib/content/render";
import type { Ladder } from "@/lib/content/schema";

/** An interview question with its counter-question ladder; each answer behind its own disclosure, rung by rung. */
export function ItemLadder({ ladder, titleId, open }: { ladder: Ladder; titleId: string; open: boolean }) {
  return (
    <>
      <div id={titleId} className="md" dangerouslySetInnerHTML={{ __html: renderMarkdown(ladder.question) }} />
      <p className="mt-2 text-sm">
        <a href={`/drill?ladder=${encodeURIComponent(ladder.id)}`} className="font-medium underline underline-offset-2">
          Drill this question
        </a>
      </p>
      <details open={open} className="mt-3">
        <summary className="cursor-pointer text-sm font-medium">Model answer</summary>
        <div className="md mt-2" dangerouslySetInnerHTML={{ __html: renderMarkdown(ladder.answer) }} />
      </details>
      <details open={open} className="mt-2">
        <summary className="cursor-pointer text-sm font-medium">Follow-up questions ({ladder.rungs.length} rungs, harder as they climb)</summary>
        <ol className="mt-2 list-decimal space-y-2 pl-6">
          {ladder.rungs.map((r, i) => (
            <li key={i}>
              <span dangerouslySetInnerHTML={{ __html: renderInline(r.prompt) }} />
              <details open={open} className="mt-1">
                <summary className="cursor-pointer text-xs font-medium">Answer to rung {i + 1}</summary>
                <div className="md mt-1 text-sm" dangerouslySetInnerHTML={{ __html: renderMarkdown(r.answer) }} />
              </details>
            </li>
          ))}
        </ol>
      </details>
    </>
  );
}
