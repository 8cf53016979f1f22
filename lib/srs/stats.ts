import { asSqlite, retryBusy, type SqliteSource } from "../sqlite-client";
import { studyDayOffset, type StudyDayRange } from "./day";
import { countsFromRow, nextDueAt, QUEUE_COUNT_COLS, queueParams, servesCard, type QueueCounts } from "./queue";
import type { ReviewSettings } from "./settings-schema";

export interface Dashboard {
  /** What /review serves today: the same counts as its header (queue.ts QUEUE_COUNT_COLS). */
  counts: QueueCounts;
  /** Whether /review would show a card now (Start review). */
  servesCard: boolean;
  /** Learning cards due now (or within the learn-ahead window) plus reviews due today that fit under the daily review cap. */
  dueNow: number;
  learningDue: number;
  /** Reviews due today, before the cap. */
  reviewDue: number;
  reviewCapLeft: number;
  /** New cards that may still be introduced today (limit and supply). */
  newAvailable: number;
  newLimitLeft: number;
  doneToday: number;
  timeTodayMs: number;
  streak: number;
  /** Learning and review cards falling due on each of the next 7 study days; day 0 includes overdue. */
  forecast: { day: string; start: string; count: number }[];
  /** When nothing is served: when /review next serves a card (ISO; queue.ts nextDueAt), if ever. */
  nextDueAt: string | null;
  /** When the next study day starts (ISO): held-back cards come then. */
  nextDayStartsAt: string;
}

// Drill steps (kind "rung", lib/drill) are scheduled in the same table but served by /drill, not here.
const ACTIVE = "retired = 0 AND suspended = 0 AND kind <> 'rung'";
const NOT_BURIED = "(buriedUntil IS NULL OR buriedUntil <= @now)";
const FORECAST_DAYS = 7;

const forecastCols = Array.from(
  { length: FORECAST_DAYS },
  (_, i) => `(SELECT COUNT(*) FROM Card WHERE ${ACTIVE} AND state IN (1, 2, 3) AND due < @end${i}${i > 0 ? ` AND due >= @start${i}` : ""}) AS d${i}`,
).join(",\n  ");
const todayCol = (col: string) => `COALESCE((SELECT ${col} FROM StudyDay WHERE day = @day), 0)`;

/**
 * The whole dashboard in one statement (exported so the bench runs the identical SQL raw):
 * today's counters, what /review serves (the review header's own counts, QUEUE_COUNT_COLS), the
 * reviews due today before the cap, seven forecast range
 * counts on the (retired, suspended, state, due) index, and the streak, walked back one study day
 * at a time from today (or yesterday, if today has no review yet).
 */
export const DASHBOARD_SQL = `WITH RECURSIVE walk(day) AS (
    SELECT CASE WHEN EXISTS (SELECT 1 FROM StudyDay WHERE day = @day AND reviews > 0) THEN @day ELSE date(@day, '-1 day') END
    UNION ALL SELECT date(walk.day, '-1 day') FROM walk WHERE EXISTS (SELECT 1 FROM StudyDay d WHERE d.day = walk.day AND d.reviews > 0))
  SELECT
  (SELECT COUNT(*) - 1 FROM walk) AS streak,
  ${todayCol("reviews")} AS doneToday, ${todayCol("durationMs")} AS timeToday,
  ${todayCol("newCards")} AS newToday, ${todayCol("reviewed")} AS reviewedToday,
  ${QUEUE_COUNT_COLS},
  (SELECT COUNT(*) FROM Card WHERE ${ACTIVE} AND state = 2 AND due < @dayEnd AND ${NOT_BURIED}) AS reviewDue,
  ${forecastCols}`;

/** The named parameters of DASHBOARD_SQL. */
export function dashboardParams(now: Date, s: ReviewSettings, days: StudyDayRange[]): Record<string, number | string> {
  const p: Record<string, number | string> = queueParams(now, s);
  days.forEach((d, i) => {
    p[`end${i}`] = d.end.getTime();
    if (i > 0) p[`start${i}`] = d.start.getTime();
  });
  return p;
}

export function forecastDays(now: Date, s: ReviewSettings): StudyDayRange[] {
  return Array.from({ length: FORECAST_DAYS }, (_, i) => studyDayOffset(now, s.dayStartHour, i));
}

export async function dashboard(src: SqliteSource, now: Date, s: ReviewSettings): Promise<Dashboard> {
  const sq = asSqlite(src);
  const days = forecastDays(now, s);
  const r = await retryBusy(sq, () => sq.stmt(DASHBOARD_SQL).get(dashboardParams(now, s, days)) as Record<string, unknown>);
  const n = (k: string) => Number(r[k]);
  const reviewCapLeft = Math.max(0, s.reviewsPerDay - n("reviewedToday"));
  const newLimitLeft = Math.max(0, s.newPerDay - n("newToday"));
  const counts = countsFromRow(r);
  const serves = servesCard(counts);
  const next = serves ? null : await nextDueAt(sq, now, s);
  return {
    counts,
    servesCard: serves,
    dueNow: counts.learning + counts.review,
    learningDue: counts.learning,
    reviewDue: n("reviewDue"),
    reviewCapLeft,
    newAvailable: counts.new,
    newLimitLeft,
    doneToday: n("doneToday"),
    timeTodayMs: n("timeToday"),
    streak: n("streak"),
    forecast: days.map((d, i) => ({ day: d.key, start: d.start.toISOString(), count: n(`d${i}`) })),
    nextDueAt: next ? next.toISOString() : null,
    nextDayStartsAt: days[0].end.toISOString(),
  };
}
