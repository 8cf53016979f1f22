import { reviewDeps } from "@/lib/srs/app-deps";
import { handleCreateQuiz } from "@/lib/quiz/handlers";

/** POST test settings (or { id, retakeOf }) -> 201 { id, url }: the test is frozen here. */
export async function POST(req: Request) {
  return handleCreateQuiz(req, reviewDeps());
}
