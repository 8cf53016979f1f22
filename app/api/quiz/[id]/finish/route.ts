import { reviewDeps } from "@/lib/srs/app-deps";
import { handleFinishQuiz } from "@/lib/quiz/handlers";

/** POST: hand the test in (idempotent) -> { url } of its result page. */
export async function POST(req: Request, ctx: { params: Promise<{ id: string }> }) {
  return handleFinishQuiz(req, (await ctx.params).id, reviewDeps());
}
