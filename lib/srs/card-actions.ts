import { asSqlite, retryBusy, type SqliteSource } from "../sqlite-client";
import { studyDay } from "./day";
import { ReviewError, STALE_CARD } from "./errors";
import type { CardActionInput } from "./inputs";
import type { ReviewSettings } from "./settings-schema";

/** Bury: skip the card until the next study day starts (Anki's "bury"). Schedule untouched. */
export async function buryCard(src: SqliteSource, input: CardActionInput, now: Date, s: ReviewSettings): Promise<{ cardId: string; until: string; version: number }> {
  const until = studyDay(now, s.dayStartHour).end;
  const row = await versionedUpdate(src, BURY_SQL, input, { until: until.getTime(), now: now.getTime() });
  return { cardId: input.cardId, until: until.toISOString(), version: row.version };
}

/**
 * Unbury: the card is back in the queue now (undo of a bury, or "Unbury" on its page).
 * `version` is the one the bury produced (or the page showed): a card changed since is refused
 * (409). A card that is no longer buried is answered as done, unchanged, so a retry is harmless.
 */
export async function unburyCard(src: SqliteSource, input: CardActionInput, now: Date): Promise<{ cardId: string; version: number }> {
  const row = await versionedUpdate(src, UNBURY_SQL, input, { now: now.getTime() }, (r) => r.buriedUntil == null || Number(r.buriedUntil) <= now.getTime());
  return { cardId: input.cardId, version: row.version };
}

/**
 * Suspend: out of every queue until unsuspended. Schedule and history untouched. Returns the new
 * state. A card already in the asked-for state is answered as done, unchanged (a retried request,
 * or the same click in two tabs, changes nothing); otherwise a stale version is refused (409).
 */
export async function setSuspended(
  src: SqliteSource,
  input: CardActionInput,
  suspended: boolean,
  now: Date,
): Promise<{ cardId: string; suspended: boolean; version: number }> {
  const want = suspended ? 1 : 0;
  const row = await versionedUpdate(src, SUSPEND_SQL, input, { suspended: want, now: now.getTime() }, (r) => r.suspended === want);
  return { cardId: input.cardId, suspended: row.suspended === 1, version: row.version };
}

// One statement each (atomic on its own); the version guard refuses a stale page.
const BURY_SQL = `UPDATE Card SET buriedUntil = @until, updatedAt = @now, version = version + 1
  WHERE id = @cardId AND version = @version RETURNING version, suspended, buriedUntil`;
const UNBURY_SQL = `UPDATE Card SET buriedUntil = NULL, updatedAt = @now, version = version + 1
  WHERE id = @cardId AND version = @version AND buriedUntil > @now RETURNING version, suspended, buriedUntil`;
const SUSPEND_SQL = `UPDATE Card SET suspended = @suspended, updatedAt = @now, version = version + 1
  WHERE id = @cardId AND version = @version AND suspended <> @suspended RETURNING version, suspended, buriedUntil`;
const STATE_SQL = `SELECT version, suspended, buriedUntil FROM Card WHERE id = ?`;

interface Row {
  version: number;
  suspended: number;
  buriedUntil: number | null;
}

async function versionedUpdate(src: SqliteSource, sql: string, input: CardActionInput, data: Record<string, number>, alreadyDone?: (r: Row) => boolean): Promise<Row> {
  const sq = asSqlite(src);
  const row = await retryBusy(sq, () => sq.stmt(sql).get({ ...data, cardId: input.cardId, version: input.version }) as Row | undefined);
  if (row) return row;
  const cur = await retryBusy(sq, () => sq.stmt(STATE_SQL).get(input.cardId) as Row | undefined);
  if (!cur) throw new ReviewError(404, `No card with id "${input.cardId}".`);
  if (alreadyDone?.(cur)) return cur;
  throw new ReviewError(409, STALE_CARD);
}
