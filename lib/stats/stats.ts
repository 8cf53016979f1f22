import { computeDecayFactor, default_w } from "ts-fsrs";
import { asSqlite, retryBusy, type SqliteSource } from "../sqlite-client";
import { studyDay, studyDayOffset } from "../srs/day";
import type { ReviewSettings } from "../srs/settings-schema";
import { addDays, heatmap, streaks, trueRetention, type HeatCell, type RecallCounts, type Retention, type Streaks } from "./arithmetic";

/**
 * Everything /stats shows, read in a handful of indexed statements (`npm run bench:review` times
 * them at 100k cards / 1M logs): StudyDay for the heatmap, streaks and time; RetentionDay (kept by
 * ReviewLog triggers) for true retention; Card for the forecast, states and per-lesson mastery.
 */
export interface StatsView {
  today: string;
  desiredRetention: number;
  heatmap: HeatCell[];
  streaks: Streaks;
  /** Reviews and days studied in the heatmap's 365 days. */
  yearReviews: number;
  yearDays: number;
  /** Learning and review items falling due on each of the next 30 study days; day 0 includes overdue. */
  forecast: { day: string; count: number }[];
  retention: { days: 7 | 30 | 365; retention: Retention }[];
  states: { new: number; learning: number; review: number; relearning: number; suspended: number; total: number };
  /** The last 30 study days, oldest first. */
  time: { day: string; minutes: number; reviews: number }[];
  lessons: LessonMastery[];
  /** Whether anything was ever reviewed: the page shows its empty state otherwise. */
  hasHistory: boolean;
}

export interface LessonMastery {
  lesson: string;
  /** Mean current retrievability of the lesson's studied items (null: none studied yet). */
  meanRetrievability: number | null;
  new: number;
  learning: number;
  review: number;
  total: number;
}

const ACTIVE = "retired = 0 AND suspended = 0";
export const FORECAST_DAYS = 30;

/** Forecast buckets as one statement: 30 range counts on the (retired, suspended, state, due) index. */
export const FORECAST_SQL = `SELECT ${Array.from(
  { length: FORECAST_DAYS },
  (_, i) => `(SELECT COUNT(*) FROM Card WHERE ${ACTIVE} AND state IN (1, 2, 3) AND due < @e${i}${i > 0 ? ` AND due >= @s${i}` : ""}) AS d${i}`,
).join(",\n")}`;

export const STATES_SQL = `SELECT
  SUM(state = 0 AND suspended = 0) AS new, SUM(state = 1 AND suspended = 0) AS learning,
  SUM(state = 2 AND suspended = 0) AS review, SUM(state = 3 AND suspended = 0) AS relearning,
  SUM(suspended = 1) AS suspended, COUNT(*) AS total
  FROM Card WHERE retired = 0`;

/**
 * Retrievability R = (1 + factor * t / S) ^ decay (FSRS-6; ts-fsrs gives decay as a negative number), t the days since the last review,
 * averaged per lesson over the items that have a memory state.
 */
export const LESSONS_SQL = `SELECT topic AS lesson,
  AVG(CASE WHEN state > 0 AND stability > 0 AND lastReview IS NOT NULL
    THEN pow(1 + @factor * MAX(0, @now - lastReview) / 86400000.0 / stability, @decay) END) AS meanR,
  SUM(state = 0) AS new, SUM(state IN (1, 3)) AS learning, SUM(state = 2) AS review, COUNT(*) AS total
  FROM Card WHERE ${ACTIVE} GROUP BY topic`;

export const DAYS_SQL = `SELECT day, reviews, durationMs FROM StudyDay WHERE reviews > 0`;
export const RETENTION_SQL = `SELECT day, youngPass, youngFail, maturePass, matureFail FROM RetentionDay WHERE day >= @from`;

export function forecastParams(now: Date, dayStartHour: number): Record<string, number> {
  const p: Record<string, number> = {};
  for (let i = 0; i < FORECAST_DAYS; i++) {
    const d = studyDayOffset(now, dayStartHour, i);
    p[`e${i}`] = d.end.getTime();
    if (i > 0) p[`s${i}`] = d.start.getTime();
  }
  return p;
}

export async function loadStats(src: SqliteSource, now: Date, s: ReviewSettings, weights: readonly number[] = default_w): Promise<StatsView> {
  const sq = asSqlite(src);
  const today = studyDay(now, s.dayStartHour).key;
  const { decay, factor } = computeDecayFactor(weights);
  const [days, ret, fc, st, ls] = await retryBusy(sq, () => [
    sq.stmt(DAYS_SQL).all() as { day: string; reviews: number; durationMs: number }[],
    sq.stmt(RETENTION_SQL).all({ from: addDays(today, -364) }) as ({ day: string } & RecallCounts)[],
    sq.stmt(FORECAST_SQL).get(forecastParams(now, s.dayStartHour)) as Record<string, number>,
    sq.stmt(STATES_SQL).get() as Record<string, number | null>,
    sq.stmt(LESSONS_SQL).all({ now: now.getTime(), factor, decay }) as { lesson: string; meanR: number | null; new: number; learning: number; review: number; total: number }[],
  ] as const);

  const byDay = new Map(days.map((d) => [d.day, d.reviews]));
  const cells = heatmap(byDay, today);
  const n = (v: number | null | undefined) => Number(v ?? 0);
  const durations = new Map(days.map((d) => [d.day, d]));
  return {
    today,
    desiredRetention: s.desiredRetention,
    heatmap: cells,
    streaks: streaks(byDay.keys(), today),
    yearReviews: cells.reduce((a, c) => a + c.reviews, 0),
    yearDays: cells.filter((c) => c.reviews > 0).length,
    forecast: Array.from({ length: FORECAST_DAYS }, (_, i) => ({ day: addDays(today, i), count: n(fc[`d${i}`]) })),
    retention: ([7, 30, 365] as const).map((w) => ({ days: w, retention: trueRetention(ret, addDays(today, -(w - 1)), today) })),
    states: { new: n(st.new), learning: n(st.learning), review: n(st.review), relearning: n(st.relearning), suspended: n(st.suspended), total: n(st.total) },
    time: Array.from({ length: 30 }, (_, i) => {
      const day = addDays(today, i - 29);
      const d = durations.get(day);
      return { day, minutes: d ? Math.round((d.durationMs / 60_000) * 10) / 10 : 0, reviews: d?.reviews ?? 0 };
    }),
    lessons: ls.map((l) => ({ lesson: l.lesson, meanRetrievability: l.meanR, new: n(l.new), learning: n(l.learning), review: n(l.review), total: n(l.total) })),
    hasHistory: days.length > 0,
  };
}
