import type { Db } from "../db-client";
import { Prisma } from "../generated/prisma/client";
import { streakFrom, studyDay, studyDayOffset } from "./day";
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

/** The dashboard's numbers in three reads: today's counters, one statement of counts, the streak days. */
export async function dashboard(db: Db, now: Date, s: ReviewSettings): Promise<Dashboard> {
  const today = studyDay(now, s.dayStartHour);
  const todayRow = await db.studyDay.findUnique({ where: { day: today.key }, select: { reviews: true, newCards: true, reviewed: true, durationMs: true } });
  const reviewCapLeft = Math.max(0, s.reviewsPerDay - (todayRow?.reviewed ?? 0));
  const newLimitLeft = Math.max(0, s.newPerDay - (todayRow?.newCards ?? 0));
  const days = Array.from({ length: FORECAST_DAYS }, (_, i) => studyDayOffset(now, s.dayStartHour, i));
  const notBuried = Prisma.sql`(buriedUntil IS NULL OR buriedUntil <= ${now})`;
  // Each forecast day is one range count on the (retired, suspended, state, due) index.
  const forecastCols = Prisma.join(
    days.map(
      (d, i) =>
        Prisma.sql`(SELECT COUNT(*) FROM Card WHERE ${ACTIVE} AND state IN (1, 2, 3) AND due < ${d.end}${i > 0 ? Prisma.sql` AND due >= ${d.start}` : Prisma.empty}) AS ${Prisma.raw(`d${i}`)}`,
    ),
  );
  const [r] = await db.$queryRaw<Record<string, unknown>[]>`SELECT
    (SELECT COUNT(*) FROM Card WHERE ${ACTIVE} AND state IN (1, 3) AND due <= ${now} AND ${notBuried}) AS learning,
    (SELECT COUNT(*) FROM Card WHERE ${ACTIVE} AND state = 2 AND due < ${today.end} AND ${notBuried}) AS review,
    (SELECT COUNT(*) FROM (SELECT 1 FROM Card WHERE ${ACTIVE} AND state = 0 AND ${notBuried} LIMIT ${newLimitLeft})) AS fresh,
    ${forecastCols}`;
  const streakDays = await db.studyDay.findMany({
    where: { reviews: { gt: 0 }, day: { lte: today.key } },
    select: { day: true },
    orderBy: { day: "desc" },
    take: 5000,
  });
  const learningDue = Number(r.learning);
  const reviewDue = Number(r.review);
  const dueNow = learningDue + Math.min(reviewDue, reviewCapLeft);
  const newAvailable = Number(r.fresh);
  const next = dueNow + newAvailable === 0 ? await nextDueAt(db, now) : null;
  return {
    dueNow,
    learningDue,
    reviewDue,
    reviewCapLeft,
    newAvailable,
    newLimitLeft,
    doneToday: todayRow?.reviews ?? 0,
    timeTodayMs: todayRow?.durationMs ?? 0,
    streak: streakFrom(
      streakDays.map((d) => d.day),
      today.key,
    ),
    forecast: days.map((d, i) => ({ day: d.key, start: d.start.toISOString(), count: Number(r[`d${i}`]) })),
    nextDueAt: next ? next.toISOString() : null,
  };
}
