import { asSqlite, retryBusy, type SqliteSource } from "../sqlite-client";
import { rawDate, rawNumber, scheduleFromRaw, type ScheduleColumns } from "./card-state";
import { studyDay } from "./day";
import type { NewCardOrder, ReviewSettings } from "./settings-schema";

/**
 * The review queue, in Anki's order: learning/relearning cards that are due, then reviews due
 * today (up to the daily review cap), then new cards (up to the daily new-card limit) lesson by
 * lesson in content order; when nothing else is left, learning cards due within the learn-ahead
 * window. Suspended, retired and buried cards never appear.
 * Hot path: fixed SQL texts, prepared once on the direct connection (lib/sqlite-client.ts);
 * dates are bound as epoch ms, like the schema stores them.
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

type Raw = Record<string, unknown>;
// Drill steps (kind "rung", lib/drill) are scheduled in the same table and served by /drill; they
// join the learning and review arms here only when DrillSettings.mixRungs is on (never as new items).
// Concept checks and exercise families (lib/quiz) are served like cards once scheduled.
const ACTIVE = `retired = 0 AND suspended = 0 AND (kind <> 'rung' OR (state > 0
  AND EXISTS (SELECT 1 FROM DrillSettings WHERE id = 1 AND mixRungs = 1)))`;
const NOT_BURIED = "(buriedUntil IS NULL OR buriedUntil <= @now)";
/** Only cards are introduced as new; a check or exercise family enters once answered in a quiz (lib/quiz). */
export const NEW_KIND = "kind = 'card'";
const COLS = `id, version, topic, leech, due, stability, difficulty, elapsedDays, scheduledDays,
  learningSteps, reps, lapses, state, lastReview`;

/**
 * The statement behind nextCard (exported so the bench runs the identical SQL raw).
 * Each arm walks one index range in order and stops at its first row (no sorting): learning and
 * relearning separately (the earliest-due one is the right pick whether it is due now or only
 * within the learn-ahead window), the first review due today, the first new card in lesson order.
 */
const learningArm = (state: 1 | 3, scope: string) => `SELECT * FROM (SELECT CASE WHEN due <= @now THEN 0 ELSE 3 END AS bucket, ${COLS} FROM Card
    WHERE ${ACTIVE} AND state = ${state}${scope} AND due <= @ahead AND ${NOT_BURIED} ORDER BY due LIMIT 1)`;
/**
 * New cards lesson by lesson (content order), or interleaved: the first card of every lesson, then
 * the second of every lesson, and so on. A card's rank in its lesson counts every card of the
 * lesson (not only the new ones), so the turn order stays put as cards are learned.
 */
const NEW_FROM: Record<NewCardOrder, string> = {
  lesson: "Card",
  interleaved: "(SELECT *, ROW_NUMBER() OVER (PARTITION BY lessonOrder ORDER BY position) AS rk FROM Card WHERE retired = 0)",
};
const NEW_ORDER_BY: Record<NewCardOrder, string> = { lesson: "lessonOrder, position", interleaved: "rk, lessonOrder" };
const nextCardSql = (scope: string, order: NewCardOrder = "lesson") => `${learningArm(1, scope)} UNION ALL ${learningArm(3, scope)}
  UNION ALL SELECT * FROM (SELECT 1 AS bucket, ${COLS} FROM Card
    WHERE ${ACTIVE} AND state = 2${scope} AND due < @dayEnd AND ${NOT_BURIED}
      AND (SELECT COALESCE(MAX(reviewed), 0) FROM StudyDay WHERE day = @day) < @reviewsPerDay
    ORDER BY due LIMIT 1)
  UNION ALL SELECT * FROM (SELECT 2 AS bucket, ${COLS} FROM ${NEW_FROM[order]}
    WHERE ${ACTIVE} AND state = 0 AND ${NEW_KIND}${scope} AND ${NOT_BURIED}
      AND (SELECT COALESCE(MAX(newCards), 0) FROM StudyDay WHERE day = @day) < @newPerDay
    ORDER BY ${NEW_ORDER_BY[order]} LIMIT 1)
  ORDER BY bucket, due LIMIT 1`;
export const NEXT_CARD_SQL = nextCardSql("");
/**
 * "Study this lesson" (Anki's study-deck): the same arms narrowed to one lesson, as separate
 * statement texts so the unscoped ones above (the bench path) are untouched. The daily caps stay
 * global: StudyDay counts every card, so a lesson session uses up the same allowance.
 * The index walks skip other lessons' rows; with a few hundred cards per lesson that is cheap.
 */
const IN_LESSON = " AND topic = @lesson";
const LESSON_NEXT_CARD_SQL = nextCardSql(IN_LESSON);
const INTERLEAVED_NEXT_CARD_SQL = nextCardSql("", "interleaved");
// Within one lesson the two orders are the same (one lessonOrder), so a lesson session needs no second text.

const nextCardStatement = (s: ReviewSettings, lesson: string | undefined) =>
  lesson !== undefined ? LESSON_NEXT_CARD_SQL : s.newCardOrder === "interleaved" ? INTERLEAVED_NEXT_CARD_SQL : NEXT_CARD_SQL;

/** The named parameters of NEXT_CARD_SQL and COUNTS_SQL. */
export function queueParams(now: Date, s: ReviewSettings) {
  const day = studyDay(now, s.dayStartHour);
  return {
    now: now.getTime(),
    ahead: now.getTime() + LEARN_AHEAD_MS,
    dayEnd: day.end.getTime(),
    day: day.key,
    reviewsPerDay: s.reviewsPerDay,
    newPerDay: s.newPerDay,
  };
}

function queued(r: Raw, bucket: QueueBucket): QueuedCard {
  return { bucket, id: String(r.id), version: rawNumber(r.version), topic: String(r.topic), leech: Boolean(rawNumber(r.leech)), ...scheduleFromRaw(r) };
}

/** The next card to show (of one lesson, if given), or null. One statement: the hot read of a review session. */
export async function nextCard(src: SqliteSource, now: Date, s: ReviewSettings, lesson?: string): Promise<QueuedCard | null> {
  const sq = asSqlite(src);
  const r = await retryBusy(sq, () =>
    (lesson === undefined ? sq.stmt(nextCardStatement(s, lesson)).get(queueParams(now, s)) : sq.stmt(LESSON_NEXT_CARD_SQL).get({ ...queueParams(now, s), lesson })) as Raw | undefined,
  );
  return r ? queued(r, BUCKETS[rawNumber(r.bucket)]) : null;
}

/**
 * What /review serves today, as three counts over the same ranges as nextCard's arms: learning and
 * relearning due within the learn-ahead window, reviews due today and new cards, the last two
 * bounded by what today's caps still allow (LIMIT takes a subquery). The one definition shared by
 * the review header (queueCounts) and the dashboard (stats.ts embeds QUEUE_COUNT_COLS in its
 * statement), so the two always agree; nextCard returns a card exactly when one of them is above 0.
 * Named parameters: queueParams.
 */
const queueCountCols = (scope: string) => `(SELECT COUNT(*) FROM Card WHERE ${ACTIVE} AND state IN (1, 3)${scope} AND due <= @ahead AND ${NOT_BURIED}) AS learning,
  (SELECT COUNT(*) FROM (SELECT 1 FROM Card WHERE ${ACTIVE} AND state = 2${scope} AND due < @dayEnd AND ${NOT_BURIED}
    LIMIT MAX(0, @reviewsPerDay - COALESCE((SELECT reviewed FROM StudyDay WHERE day = @day), 0)))) AS review,
  (SELECT COUNT(*) FROM (SELECT 1 FROM Card WHERE ${ACTIVE} AND state = 0 AND ${NEW_KIND}${scope} AND ${NOT_BURIED}
    LIMIT MAX(0, @newPerDay - COALESCE((SELECT newCards FROM StudyDay WHERE day = @day), 0)))) AS fresh`;
export const QUEUE_COUNT_COLS = queueCountCols("");
const COUNTS_SQL = `SELECT ${QUEUE_COUNT_COLS}`;
const LESSON_COUNTS_SQL = `SELECT ${queueCountCols(IN_LESSON)}`;

/** The learning, review and new columns of QUEUE_COUNT_COLS as counts. */
export function countsFromRow(r: Record<string, unknown>): QueueCounts {
  return { learning: rawNumber(r.learning), review: rawNumber(r.review), new: rawNumber(r.fresh) };
}

/** Whether /review would show a card now for these counts (the dashboard's "Start review"). */
export function servesCard(c: QueueCounts): boolean {
  return c.learning + c.review + c.new > 0;
}

/** What is left today, as shown above the card ("3 learning · 12 review · 5 new"). Bounded by the limits. */
export async function queueCounts(src: SqliteSource, now: Date, s: ReviewSettings, lesson?: string): Promise<QueueCounts> {
  const sq = asSqlite(src);
  const r = await retryBusy(sq, () => (lesson === undefined ? sq.stmt(COUNTS_SQL).get(queueParams(now, s)) : sq.stmt(LESSON_COUNTS_SQL).get({ ...queueParams(now, s), lesson })) as Raw);
  return countsFromRow(r);
}

// One MIN per state so each is a single probe of the (retired, suspended, state, due) index.
// Reviews count from the end of today's study day: one due earlier today that the queue does not
// serve is held back by today's review cap, so it comes back when the next study day starts.
// That start is a candidate itself whenever today's limits hold a card back that tomorrow's
// allowance (a limit above 0) lets through: a held-back card comes then, not at its own due time.
const nextDueSql = (scope: string) => `SELECT MIN(at) AS at FROM (
  SELECT MIN(due) AS at FROM Card WHERE ${ACTIVE} AND state = 1${scope} AND due > @now
  UNION ALL SELECT MIN(due) FROM Card WHERE ${ACTIVE} AND state = 2${scope} AND due > @now AND due >= @dayEnd
  UNION ALL SELECT MIN(due) FROM Card WHERE ${ACTIVE} AND state = 3${scope} AND due > @now
  UNION ALL SELECT MIN(buriedUntil) FROM Card WHERE buriedUntil > @now AND ${ACTIVE} AND state > 0${scope}
  UNION ALL SELECT @dayEnd WHERE @reviewsPerDay > 0 AND COALESCE((SELECT reviewed FROM StudyDay WHERE day = @day), 0) >= @reviewsPerDay
    AND EXISTS (SELECT 1 FROM Card WHERE ${ACTIVE} AND state = 2${scope} AND due < @dayEnd AND ${NOT_BURIED})
  UNION ALL SELECT @dayEnd WHERE @newPerDay > 0 AND COALESCE((SELECT newCards FROM StudyDay WHERE day = @day), 0) >= @newPerDay
    AND EXISTS (SELECT 1 FROM Card WHERE ${ACTIVE} AND state = 0 AND ${NEW_KIND}${scope} AND ${NOT_BURIED}))`;
const NEXT_DUE_SQL = nextDueSql("");
const LESSON_NEXT_DUE_SQL = nextDueSql(IN_LESSON);

/**
 * When the queue next serves a card (for "next card in 3 h"): the next learning or review card
 * falling due, a buried one coming back, or the start of the next study day when today's limits
 * hold cards back, whichever is first. The dashboard and the review screen both show this.
 */
export async function nextDueAt(src: SqliteSource, now: Date, s: ReviewSettings, lesson?: string): Promise<Date | null> {
  const sq = asSqlite(src);
  const p = queueParams(now, s);
  const r = await retryBusy(sq, () => (lesson === undefined ? sq.stmt(NEXT_DUE_SQL).get(p) : sq.stmt(LESSON_NEXT_DUE_SQL).get({ ...p, lesson })) as Raw | undefined);
  return r?.at == null ? null : rawDate(r.at);
}

/**
 * The cards after the head, in the order nextCard would serve them if nothing else changed: what
 * the review screen shows at once when the head is graded, buried or suspended, before the server
 * answers (the answer then confirms or corrects it). One statement per arm, each an index walk
 * that stops after `k + 1` rows (the head itself is among them); reviews and new cards within
 * what today's caps still allow.
 */
const aheadArms = (scope: string, order: NewCardOrder) => [
  `SELECT ${COLS} FROM Card WHERE ${ACTIVE} AND state IN (1, 3)${scope} AND due <= @now AND ${NOT_BURIED} ORDER BY due LIMIT @k`,
  `SELECT ${COLS} FROM Card WHERE ${ACTIVE} AND state = 2${scope} AND due < @dayEnd AND ${NOT_BURIED}
    ORDER BY due LIMIT MIN(@k, MAX(0, @reviewsPerDay - COALESCE((SELECT reviewed FROM StudyDay WHERE day = @day), 0)))`,
  `SELECT ${COLS} FROM ${NEW_FROM[order]} WHERE ${ACTIVE} AND state = 0 AND ${NEW_KIND}${scope} AND ${NOT_BURIED}
    ORDER BY ${NEW_ORDER_BY[order]} LIMIT MIN(@k, MAX(0, @newPerDay - COALESCE((SELECT newCards FROM StudyDay WHERE day = @day), 0)))`,
  `SELECT ${COLS} FROM Card WHERE ${ACTIVE} AND state IN (1, 3)${scope} AND due > @now AND due <= @ahead AND ${NOT_BURIED} ORDER BY due LIMIT @k`,
];
const AHEAD_SQL = { lesson: aheadArms("", "lesson"), interleaved: aheadArms("", "interleaved"), scoped: aheadArms(IN_LESSON, "lesson") };

export async function cardsAhead(src: SqliteSource, now: Date, s: ReviewSettings, headId: string, k: number, lesson?: string): Promise<QueuedCard[]> {
  const sq = asSqlite(src);
  const arms = lesson !== undefined ? AHEAD_SQL.scoped : AHEAD_SQL[s.newCardOrder];
  const params = { ...queueParams(now, s), k: k + 1, ...(lesson !== undefined ? { lesson } : {}) };
  const rows = await retryBusy(sq, () => arms.map((sql) => sq.stmt(sql).all(params) as Raw[]));
  const out: QueuedCard[] = [];
  rows.forEach((arm, i) => {
    for (const r of arm) if (String(r.id) !== headId && out.length < k) out.push(queued(r, BUCKETS[i]));
  });
  return out;
}

const BY_ID_SQL = `SELECT ${COLS} FROM Card WHERE id = ?`;

/** One card as a queue entry (after undo the screen shows the card that was taken back). */
export async function queuedCardById(src: SqliteSource, id: string): Promise<QueuedCard | null> {
  const sq = asSqlite(src);
  const r = await retryBusy(sq, () => sq.stmt(BY_ID_SQL).get(id) as Raw | undefined);
  if (!r) return null;
  const state = rawNumber(r.state);
  return queued(r, state === 0 ? "new" : state === 2 ? "review" : "learning");
}
