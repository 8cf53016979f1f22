import { handleSuspend } from "@/lib/srs/handlers";
import { reviewDeps } from "@/lib/srs/app-deps";

/** POST { cardId, version } -> { result, next }: take the card out of every queue. */
export async function POST(req: Request) {
  return handleSuspend(req, reviewDeps());
}
