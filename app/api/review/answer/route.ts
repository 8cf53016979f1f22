import { reviewDeps } from "@/lib/srs/app-deps";
import { handleReviewAnswer } from "@/lib/quiz/review-answer";

/** POST { id, cardId, version, response, durationMs, lesson? } -> { result, next, mark }: a check or family answered in review. */
export async function POST(req: Request) {
  return handleReviewAnswer(req, reviewDeps());
}
