import { drillDeps } from "@/lib/drill/app-deps";
import { handlePaceSwitch } from "@/lib/drill/handlers";

/** POST { on }: keep the daily new limit at the interview-date pace. */
export async function POST(req: Request) {
  return handlePaceSwitch(req, drillDeps());
}
