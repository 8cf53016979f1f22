import { reviewDeps } from "@/lib/srs/app-deps";
import { handleUnsuspend } from "@/lib/srs/handlers";

/** POST { cardId, version } -> { result, next } with the unsuspended card as next (undo of a suspend). */
export async function POST(req: Request) {
  return handleUnsuspend(req, reviewDeps());
}
