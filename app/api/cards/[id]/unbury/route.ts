import { reviewDeps } from "@/lib/srs/app-deps";
import { handleUnbury } from "@/lib/srs/card-routes";

/** POST { version } -> { result: { cardId, version } }: unbury from the card's page. */
export async function POST(req: Request, { params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  return handleUnbury(req, reviewDeps(), id);
}
