import { reviewDeps } from "@/lib/srs/app-deps";
import { handleUnbury } from "@/lib/srs/handlers";

/** POST { cardId, version } -> { result, next } with the unburied card as next (undo of a bury). */
export async function POST(req: Request) {
  return handleUnbury(req, reviewDeps());
}
