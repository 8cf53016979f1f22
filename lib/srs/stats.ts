import type { Db } from "../db-client";
import { Prisma } from "../generated/prisma/client";
import { studyDayOffset, type StudyDayRange } from "./day";
import { nextDueAt } from "./queue";
import type { ReviewSettings } from "./settings-schema";

export interface Dashboard {
  /** Learning cards due now plus reviews due today that fit under the daily review cap. */
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
  /** When nothing is due: when the next card falls due (ISO), if ever. */
  nextDueAt: string | null;
}

const ACTIVE = Prisma.sql`retired = 0 AND suspended = 0`;
const FORECAST_DAYS = 7;

/**
 * The whole dashboard in one statement (one round trip; exported so the bench runs the identical
 * SQL on better-sqlite3): today's counters, due counts, the new cards left under today's limit,
 * seven forecast range counts on the (retired, suspended, state, due) index, and the streak, walked
 * back one study day at a time from today (or yesterday, if today has no review yet).
 */
export function dashboardSql(now: Date, s: ReviewSettings, days: StudyDayRange[]): Prisma.Sql {
  const today = days[0];
  const notBuried = Prisma.sql`(buriedUntil IS NULL OR buriedUntil <= ${now})`;
  const forecastCols = Prisma.join(
    days.map(
      (d, i) =>
        Prisma.sql`(SELECT COUNT(*) FROM Card WHERE ${ACTIVE} AND state IN (1, 2, 3) AND due < ${d.end}${i > 0 ? Prisma.sql` AND due >= ${d.start}` : Prisma.empty}) AS ${Prisma.raw(`d${i}`)}`,
    ),
  );
  const todayCol = (col: string) => Prisma.sql`COALESCE((SELECT ${Prisma.raw(col)} FROM StudyDay WHERE day = ${today.key}), 0)`;
  return Prisma.sql`WITH RECURSIVE walk(day) AS (
      SELECT CASE WHEN EXISTS (SELECT 1 FROM StudyDay WHERE day = ${today.key} AND reviews > 0) THEN ${today.key} ELSE date(${today.key}, '-1 day') END
      UNION ALL SELECT date(walk.day, '-1 day') FROM walk WHERE EXISTS (SELECT 1 FROM StudyDay d WHERE d.day = walk.day AND d.reviews > 0))
    SELECT
    (SELECT COUNT(*) - 1 FROM walk) AS streak,
    ${todayCol("reviews")} AS doneToday, ${todayCol("durationMs")} AS timeToday,
    ${todayCol("newCards")} AS newToday, ${todayCol("reviewed")} AS reviewedToday,
    (SELECT COUNT(*) FROM Card WHERE ${ACTIVE} AND state IN (1, 3) AND due <= ${now} AND ${notBuried}) AS learning,
    (SELECT COUNT(*) FROM Card WHERE ${ACTIVE} AND state = 2 AND due < ${today.end} AND ${notBuried}) AS review,
    (SELECT COUNT(*) FROM (SELECT 1 FROM Card WHERE ${ACTIVE} AND state = 0 AND ${notBuried}
      LIMIT MAX(0, ${s.newPerDay} - ${todayCol("newCards")}))) AS fresh,
    ${forecastCols}`;
}

export function forecastDays(now: Date, s: ReviewSettings): StudyDayRange[] {
  return Array.from({ length: FORECAST_DAYS }, (_, i) => studyDayOffset(now, s.dayStartHour, i));
}

export async function dashboard(db: Db, now: Date, s: ReviewSettings): Promise<Dashboard> {
  const days = forecastDays(now, s);
  const [r] = await db.$queryRaw<Record<string, unknown>[]>(dashboardSql(now, s, days));
  const n = (k: string) => Number(r[k]);
  const reviewCapLeft = Math.max(0, s.reviewsPerDay - n("reviewedToday"));
  const newLimitLeft = Math.max(0, s.newPerDay - n("newToday"));
  const learningDue = n("learning");
  const reviewDue = n("review");
  const dueNow = learningDue + Math.min(reviewDue, reviewCapLeft);
  const newAvailable = n("fresh");
  const next = dueNow + newAvailable === 0 ? await nextDueAt(db, now) : null;
  return {
    dueNow,
    learningDue,
    reviewDue,
    reviewCapLeft,
    newAvailable,
    newLimitLeft,
    doneToday: n("doneToday"),
    timeTodayMs: n("timeToday"),
    streak: n("streak"),
    forecast: days.map((d, i) => ({ day: d.key, start: d.start.toISOString(), count: n(`d${i}`) })),
    nextDueAt: next ? next.toISOString() : null,
  };
}
