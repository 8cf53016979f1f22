import type { Card as CardItem, Corpus } from "../content/schema";
import { parseStepCardId } from "./rules";

/**
 * A ladder step shown as a review card (the "Also show due ladder steps in /review" setting):
 * the front is the interviewer's question, the back the model answer and its key points.
 */
export function rungAsCard(corpus: Corpus, id: string): CardItem | undefined {
  const p = parseStepCardId(id);
  if (!p) return undefined;
  const ladder = corpus.items.find((i) => i.id === p.ladderId);
  if (!ladder || ladder.kind !== "ladder" || p.stepIndex > ladder.rungs.length) return undefined;
  const step = p.stepIndex === 0 ? { prompt: ladder.question, answer: ladder.answer, keyPoints: ladder.keyPoints } : ladder.rungs[p.stepIndex - 1];
  const where = p.stepIndex === 0 ? "Interview question" : `Interview follow-up ${p.stepIndex} of ${ladder.rungs.length}`;
  return {
    ...ladder,
    kind: "card",
    id,
    front: `**${where}.** ${step.prompt}`,
    back: `${step.answer}\n\n**Key points:** ${step.keyPoints.join(" · ")}`,
    why: undefined,
    myth: undefined,
  };
}
