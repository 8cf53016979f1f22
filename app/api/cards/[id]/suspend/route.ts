import { reviewDeps } from "@/lib/srs/app-deps";
import { handleSetSuspended } from "@/lib/srs/card-routes";

/** POST { suspended, version } -> { result: { cardId, suspended, version } }: suspend or unsuspend from the browser. */
export async function POST(req: Request, { params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  return handleSetSuspended(req, reviewDeps(), id);
}
