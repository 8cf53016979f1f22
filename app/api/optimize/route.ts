import { guard } from "@/lib/http/guard";
import { optimizeStatus, startOptimize } from "@/lib/optimize/job";
import { paramsInUse } from "@/lib/optimize/params";
import { sqlite } from "@/lib/sqlite";

/** GET: the Optimize run's status and the parameters in use. */
export async function GET() {
  return Response.json({ status: optimizeStatus(), params: paramsInUse(sqlite()) });
}

/** POST (no body): start fitting FSRS parameters to the review log; 202 with the status. */
export async function POST(req: Request) {
  const refused = guard(req, { json: false });
  if (refused) return refused;
  const status = startOptimize(sqlite(), () => new Date());
  return Response.json({ status }, { status: 202 });
}
