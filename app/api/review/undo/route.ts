import { handleUndo } from "@/lib/srs/handlers";
import { reviewDeps } from "@/lib/srs/app-deps";

/** POST { gradeId } -> { result, next } with the restored card as next. */
export async function POST(req: Request) {
  return handleUndo(req, reviewDeps());
}
