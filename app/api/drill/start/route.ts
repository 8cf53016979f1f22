import { drillDeps } from "@/lib/drill/app-deps";
import { handleStart } from "@/lib/drill/handlers";

/** POST (JSON) — see lib/drill/handlers.ts and the README's "Drills" section. */
export async function POST(req: Request) {
  return handleStart(req, drillDeps());
}
