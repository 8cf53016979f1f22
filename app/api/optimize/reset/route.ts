import { guard } from "@/lib/http/guard";
import { resetParams } from "@/lib/optimize/fit";
import { optimizeStatus } from "@/lib/optimize/job";
import { paramsInUse } from "@/lib/optimize/params";
import { sqlite } from "@/lib/sqlite";

/** POST (no body): go back to the default FSRS parameters. Refused (409) while a fit is running. */
export async function POST(req: Request) {
  const refused = guard(req, { json: false });
  if (refused) return refused;
  if (optimizeStatus().state === "running") return Response.json({ error: "An optimization is running; reset when it has finished." }, { status: 409 });
  resetParams(sqlite());
  return Response.json({ params: paramsInUse(sqlite()) });
}
