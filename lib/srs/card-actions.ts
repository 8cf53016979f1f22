import { asSqlite, retryBusy, type SqliteSource } from "../sqlite-client";
import { studyDay } from "./day";
import { ReviewError, STALE_CARD } from "./errors";
import type { CardActionInput } from "./inputs";
import type { ReviewSettings } from "./settings-schema";

/** Bury: skip the card until the next study day starts (Anki's "bury"). Schedule untouched. */
export async function buryCard(src: SqliteSource, input: CardActionInput, now: Date, s: ReviewSettings): Promise<{ cardId: string; until: string }> {
  const until = studyDay(now, s.dayStartHour).end;
  await versionedUpdate(src, BURY_SQL, input, { until: until.getTime(), now: now.getTime() });
  return { cardId: input.cardId, until: until.toISOString() };
}

/** Suspend: out of every queue until unsuspended. Schedule and history untouched. Returns the new state. */
export async function setSuspended(
  src: SqliteSource,
  input: CardActionInput,
  suspended: boolean,
  now: Date,
): Promise<{ cardId: string; suspended: boolean; version: number }> {
  const row = await versionedUpdate(src, SUSPEND_SQL, input, { suspended: suspended ? 1 : 0, now: now.getTime() });
  return { cardId: input.cardId, suspended: row.suspended === 1, version: row.version };
}

// One statement each (atomic on its own); the version guard refuses a stale page.
const BURY_SQL = `UPDATE Card SET buriedUntil = @until, updatedAt = @now, version = version + 1
  WHERE id = @cardId AND version = @version RETURNING version, suspended`;
const SUSPEND_SQL = `UPDATE Card SET suspended = @suspended, updatedAt = @now, version = version + 1
  WHERE id = @cardId AND version = @version RETURNING version, suspended`;
const EXISTS_SQL = `SELECT 1 FROM Card WHERE id = ?`;

async function versionedUpdate(src: SqliteSource, sql: string, input: CardActionInput, data: Record<string, number>) {
  const sq = asSqlite(src);
  const row = await retryBusy(sq, () => sq.stmt(sql).get({ ...data, cardId: input.cardId, version: input.version }) as { version: number; suspended: number } | undefined);
  if (row) return row;
  const exists = await retryBusy(sq, () => sq.stmt(EXISTS_SQL).get(input.cardId));
  throw exists ? new ReviewError(409, STALE_CARD) : new ReviewError(404, `No card with id "${input.cardId}".`);
}
