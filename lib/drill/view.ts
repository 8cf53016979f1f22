import { renderMarkdown } from "../content/render";
import type { Corpus } from "../content/schema";
import { ladders, stepContent, totalSteps, type SessionRow } from "./store";

/** What the drill screen needs: the session with its steps, and each ladder's steps rendered. */
export interface DrillLadderView {
  id: string;
  lesson: { id: string; title: string };
  steps: { promptHtml: string; answerHtml: string; keyPoints: string[] }[];
}

export interface DrillView {
  session: SessionRow;
  ladders: Record<string, DrillLadderView>;
  /** Server time the view was built (ISO): timers run on the server's clock. */
  now: string;
}

export function drillView(corpus: Corpus, session: SessionRow, now: Date): DrillView {
  const out: Record<string, DrillLadderView> = {};
  for (const e of session.ladders) {
    const hit = ladders(corpus).get(e.ladderId);
    if (!hit) continue;
    const l = hit.ladder;
    out[l.id] = {
      id: l.id,
      lesson: { id: l.topic, title: corpus.lessons.find((x) => x.id === l.topic)?.title ?? l.topic },
      steps: Array.from({ length: totalSteps(l) }, (_, i) => {
        const c = stepContent(l, i);
        return { promptHtml: renderMarkdown(c.prompt), answerHtml: renderMarkdown(c.answer), keyPoints: c.keyPoints };
      }),
    };
  }
  return { session, ladders: out, now: now.toISOString() };
}
