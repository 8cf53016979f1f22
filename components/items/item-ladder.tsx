import type { Ladder } from "@/lib/content/schema";
import { LadderPractice } from "@/components/items/ladder-practice";
import { InlineMarkdown, Markdown } from "@/components/ui/markdown";

/** An interview question with its counter-question ladder, practised one rung at a time (LadderPractice). */
export function ItemLadder({ ladder, titleId, open }: { ladder: Ladder; titleId?: string; open: boolean }) {
  return (
    <>
      {titleId ? <Markdown id={titleId} source={ladder.question} /> : null}
      <LadderPractice
        answered={open}
        answer={<Markdown source={ladder.answer} />}
        rungs={ladder.rungs.map((r) => ({ prompt: <InlineMarkdown source={r.prompt} />, answer: <Markdown source={r.answer} className="text-small" /> }))}
      />
    </>
  );
}
