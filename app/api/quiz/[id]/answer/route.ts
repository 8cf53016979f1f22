import { reviewDeps } from "@/lib/srs/app-deps";
import { handleQuizAnswer } from "@/lib/quiz/handlers";

/** POST { answerId, position, response, durationMs }: recorded once per answerId. */
export async function POST(req: Request, ctx: { params: Promise<{ id: string }> }) {
  return handleQuizAnswer(req, (await ctx.params).id, reviewDeps());
}
