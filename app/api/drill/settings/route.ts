import { drillDeps } from "@/lib/drill/app-deps";
import { handleSettings } from "@/lib/drill/handlers";

/** POST the drill settings (timers, mock length, interview date, mix rungs, raise limit). */
export async function POST(req: Request) {
  return handleSettings(req, drillDeps());
}
