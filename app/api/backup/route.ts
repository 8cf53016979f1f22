import { createBackup } from "@/lib/backup/backup";
import { sqlite } from "@/lib/sqlite";

/** GET: everything the learner made, as one versioned JSON file (a download). */
export async function GET() {
  const now = new Date();
  const body = JSON.stringify(createBackup(sqlite(), now));
  return new Response(body, {
    headers: {
      "content-type": "application/json; charset=utf-8",
      "content-disposition": `attachment; filename="quorum-backup-${now.toISOString().slice(0, 10)}.json"`,
      "cache-control": "no-store",
    },
  });
}
