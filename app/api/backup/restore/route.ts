import { z } from "zod";
import { applyRestore, planRestore, validateBackup } from "@/lib/backup/backup";
import { guard, readJson } from "@/lib/http/guard";
import { sqlite } from "@/lib/sqlite";

/** A backup of years of daily study is tens of megabytes; this leaves room and still bounds a request. */
const MAX_BACKUP_BYTES = 256 * 1024 * 1024;

/**
 * POST a backup file (the JSON itself). Without `?apply=1`: validates it and answers the plan
 * (what would be added, updated, left as is), writing nothing. With `?apply=1`: validates again and
 * applies it in one transaction. A file that is not a valid Quorum backup: 422 with every problem
 * (up to 20) in words, nothing written.
 */
export async function POST(req: Request) {
  const refused = guard(req);
  if (refused) return refused;
  const body = await readJson(req, z.unknown(), { maxBytes: MAX_BACKUP_BYTES });
  if (!body.ok) return body.response;
  const v = validateBackup(sqlite(), body.data);
  if (!v.ok) return Response.json({ error: "This file cannot be restored; nothing was changed.", problems: v.problems }, { status: 422 });
  const apply = new URL(req.url).searchParams.get("apply") === "1";
  const plan = apply ? applyRestore(sqlite(), v.backup) : planRestore(sqlite(), v.backup);
  return Response.json({ applied: apply, createdAt: v.backup.createdAt, plan });
}
