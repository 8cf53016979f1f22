import { handleGrade } from "@/lib/srs/handlers";
import { reviewDeps } from "@/lib/srs/app-deps";

/** POST { id, cardId, rating, version, durationMs } -> { result, next }. 409 if the card changed. */
export async function POST(req: Request) {
  return handleGrade(req, reviewDeps());
}
