import { handleBury } from "@/lib/srs/handlers";
import { reviewDeps } from "@/lib/srs/app-deps";

/** POST { cardId, version } -> { result, next }: skip the card until the next study day. */
export async function POST(req: Request) {
  return handleBury(req, reviewDeps());
}
