import type { Ladder } from "@/lib/content/schema";
import { LadderPractice } from "@/components/items/ladder-practice";
import { InlineMarkdown, Markdown } from "@/components/ui/markdown";

/** An interview question with its counter-question ladder, practised one rung at a time (LadderPractice). */
export function ItemLadder({ ladder, titleId, open }: { ladder: Ladder; titleId?: string; open: boolean }) {
  return (
    <>
      {titleId ? <Markdown id={titleId} source={ladder.question} /> : null}
      <p className="mt-2 text-small">
        <a href={`/drill?ladder=${encodeURIComponent(ladder.id)}`} className="font-medium text-accent underline underline-offset-2">
          Drill this question
        </a>
      </p>
      <LadderPractice
        answered={open}
        answer={<Markdown source={ladder.answer} />}
        rungs={ladder.rungs.map((r) => ({ prompt: <InlineMarkdown source={r.prompt} />, answer: <Markdown source={r.answer} className="text-small" /> }))}
      />
    </>
  );
}
