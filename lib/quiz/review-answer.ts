import { z } from "zod";
import { renderMarkdown } from "../content/render";
import { syncContent } from "../content/sync";
import { gradeCard } from "../srs/grade";
import type { ReviewDeps } from "../srs/handlers";
import { errorResponse, parseJson } from "../srs/http";
import { ReviewError } from "../srs/errors";
import { gradeInput, lessonParam } from "../srs/inputs";
import { getSettings } from "../srs/settings";
import { queueView } from "../srs/view";
import { refuseForeignOrigin } from "./guard";
import { gradeQuestion, keyText, questionForItem, responseText, reviewSeed } from "./question";

/** A learner's answer as given: a choice id, choice ids in order, or typed text / a number. */
export const responseSchema = z.union(
  [z.string().max(200, "an answer is at most 200 characters"), z.number(), z.array(z.string().max(50)).max(30, "at most 30 choices")],
  { error: "response must be a choice id, a list of choice ids, or a number" },
);

/**
 * POST /api/review/answer: a check or exercise family answered in /review. The server rebuilds the
 * question the learner saw (a family from its item version), marks the response, and records it
 * through the ordinary grade transaction: wrong is Again (1), right is Good (3). Same client id,
 * same result (the grade replays); a stale version is 409 like any grade.
 */
export async function handleReviewAnswer(req: Request, d: ReviewDeps): Promise<Response> {
  const refused = refuseForeignOrigin(req);
  if (refused) return refused;
  try {
    const corpus = d.corpus();
    const input = await parseJson(req, gradeInput.omit({ rating: true }).extend({ response: responseSchema, lesson: lessonParam(corpus) }));
    const question = questionForItem(corpus, input.cardId, reviewSeed(input.cardId, input.version));
    if (!question) throw new ReviewError(404, `"${input.cardId}" is not a concept check or an exercise family.`);
    const mark = gradeQuestion(question, input.response);
    const s = await getSettings(d.db);
    const result = await gradeCard(d.sqlite, { id: input.id, cardId: input.cardId, rating: mark.correct ? 3 : 1, version: input.version, durationMs: input.durationMs }, d.now, s);
    const next = await queueView(d.sqlite, corpus, d.now, s, () => syncContent(d.db, corpus, d.now), input.lesson);
    return Response.json({
      result,
      next,
      mark: { ...mark, answer: question.answer, key: keyText(question), yours: responseText(question, input.response), explanationHtml: renderMarkdown(question.explanation) },
    });
  } catch (e) {
    return errorResponse(e);
  }
}
