import type { Db } from "../db-client";
import { Prisma } from "../generated/prisma/client";
import { rawDate, rawNumber, scheduleFromRaw, scheduleSelect, type ScheduleColumns } from "./card-state";
import { studyDay } from "./day";
import type { ReviewSettings } from "./settings-schema";

/**
 * The review queue, in Anki's order: learning/relearning cards that are due, then reviews due
 * today (up to the daily review cap), then new cards (up to the daily new-card limit) lesson by
 * lesson in content order; when nothing else is left, learning cards due within the learn-ahead
 * window. Suspended, retired and buried cards never appear.
 */

/** Anki's default "learn ahead limit": a learning card due in under 20 minutes may be shown early. */
export const LEARN_AHEAD_MS = 20 * 60_000;

export type QueueBucket = "learning" | "review" | "new" | "learn-ahead";
const BUCKETS: QueueBucket[] = ["learning", "review", "new", "learn-ahead"];

export interface QueuedCard extends ScheduleColumns {
  id: string;
  version: number;
  topic: string;
  leech: boolean;
  bucket: QueueBucket;
}

export interface QueueCounts {
  learning: number;
  review: number;
  new: number;
}

const ACTIVE = Prisma.sql`retired = 0 AND suspended = 0`;
const COLS = Prisma.sql`id, version, topic, leech, due, stability, difficulty, elapsedDays, scheduledDays,
  learningSteps, reps, lapses, state, lastReview`;

type Raw = Record<string, unknown>;
const num = rawNumber;
const date = rawDate;

/**
 * The statement behind nextCard (exported so the bench runs the identical SQL on better-sqlite3).
 * Each arm walks one index range in order and stops at its first row (no sorting): learning and
 * relearning separately (the earliest-due one is the right pick whether it is due now or only
 * within the learn-ahead window), the first review due today, the first new card in lesson order.
 */
export function nextCardSql(now: Date, s: ReviewSettings): Prisma.Sql {
  const day = studyDay(now, s.dayStartHour);
  const ahead = new Date(now.getTime() + LEARN_AHEAD_MS);
  const notBuried = Prisma.sql`(buriedUntil IS NULL OR buriedUntil <= ${now})`;
  const learning = (state: 1 | 3) => Prisma.sql`SELECT * FROM (SELECT CASE WHEN due <= ${now} THEN 0 ELSE 3 END AS bucket, ${COLS} FROM Card
      WHERE ${ACTIVE} AND state = ${state} AND due <= ${ahead} AND ${notBuried} ORDER BY due LIMIT 1)`;
  return Prisma.sql`${learning(1)} UNION ALL ${learning(3)}
    UNION ALL SELECT * FROM (SELECT 1 AS bucket, ${COLS} FROM Card
      WHERE ${ACTIVE} AND state = 2 AND due < ${day.end} AND ${notBuried}
        AND (SELECT COALESCE(MAX(reviewed), 0) FROM StudyDay WHERE day = ${day.key}) < ${s.reviewsPerDay}
      ORDER BY due LIMIT 1)
    UNION ALL SELECT * FROM (SELECT 2 AS bucket, ${COLS} FROM Card
      WHERE ${ACTIVE} AND state = 0 AND ${notBuried}
        AND (SELECT COALESCE(MAX(newCards), 0) FROM StudyDay WHERE day = ${day.key}) < ${s.newPerDay}
      ORDER BY lessonOrder, position LIMIT 1)
    ORDER BY bucket, due LIMIT 1`;
}

/**
 * The next card to show, or null. One statement (one round trip): this is the hot read of a
 * review session, so it is raw SQL over the (retired, suspended, state, due|lessonOrder) indexes.
 */
export async function nextCard(db: Db, now: Date, s: ReviewSettings): Promise<QueuedCard | null> {
  const rows = await db.$queryRaw<Raw[]>(nextCardSql(now, s));
  const r = rows[0];
  if (!r) return null;
  return {
    bucket: BUCKETS[num(r.bucket)],
    id: String(r.id),
    version: num(r.version),
    topic: String(r.topic),
    leech: Boolean(num(r.leech)),
    ...scheduleFromRaw(r),
  };
}

/** What is left today, as shown above the card ("3 learning · 12 review · 5 new"). Bounded by the limits. */
export async function queueCounts(db: Db, now: Date, s: ReviewSettings): Promise<QueueCounts> {
  const day = studyDay(now, s.dayStartHour);
  const today = await db.studyDay.findUnique({ where: { day: day.key }, select: { reviewed: true, newCards: true } });
  const reviewRoom = Math.max(0, s.reviewsPerDay - (today?.reviewed ?? 0));
  const newRoom = Math.max(0, s.newPerDay - (today?.newCards ?? 0));
  const notBuried = Prisma.sql`(buriedUntil IS NULL OR buriedUntil <= ${now})`;
  const [r] = await db.$queryRaw<Raw[]>`SELECT
    (SELECT COUNT(*) FROM Card WHERE ${ACTIVE} AND state IN (1, 3) AND due <= ${new Date(now.getTime() + LEARN_AHEAD_MS)} AND ${notBuried}) AS learning,
    (SELECT COUNT(*) FROM (SELECT 1 FROM Card WHERE ${ACTIVE} AND state = 2 AND due < ${day.end} AND ${notBuried} LIMIT ${reviewRoom})) AS review,
    (SELECT COUNT(*) FROM (SELECT 1 FROM Card WHERE ${ACTIVE} AND state = 0 AND ${notBuried} LIMIT ${newRoom})) AS fresh`;
  return { learning: num(r.learning), review: num(r.review), new: num(r.fresh) };
}

/** When the next learning or review card falls due, or a buried one comes back (for "next card in 3 h"). */
export async function nextDueAt(db: Db, now: Date): Promise<Date | null> {
  // One MIN per state so each is a single probe of the (retired, suspended, state, due) index.
  const [r] = await db.$queryRaw<Raw[]>`SELECT MIN(at) AS at FROM (
    SELECT MIN(due) AS at FROM Card WHERE ${ACTIVE} AND state = 1 AND due > ${now}
    UNION ALL SELECT MIN(due) FROM Card WHERE ${ACTIVE} AND state = 2 AND due > ${now}
    UNION ALL SELECT MIN(due) FROM Card WHERE ${ACTIVE} AND state = 3 AND due > ${now}
    UNION ALL SELECT MIN(buriedUntil) FROM Card WHERE buriedUntil > ${now} AND ${ACTIVE} AND state > 0)`;
  return r?.at == null ? null : date(r.at);
}

/** One card as a queue entry (after undo the screen shows the card that was taken back). */
export async function queuedCardById(db: Db, id: string): Promise<QueuedCard | null> {
  const c = await db.card.findUnique({
    where: { id },
    select: { id: true, version: true, topic: true, leech: true, ...scheduleSelect },
  });
  if (!c) return null;
  const bucket: QueueBucket = c.state === 0 ? "new" : c.state === 2 ? "review" : "learning";
  return { ...c, bucket };
}
