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

/** Suspended items, a range on the (retired, suspended, …) index; the other states come from LESSONS_SQL's groups. */
export const SUSPENDED_SQL = `SELECT COUNT(*) AS n FROM Card WHERE retired = 0 AND suspended = 1`;

/**
 * Per lesson and state: item counts, and the sum of current retrievability over the items that have
 * a memory state, R = (1 + factor * t / S) ^ decay (FSRS-6; ts-fsrs gives decay as a negative
 * number), t the days since the last review (`factorPerMs` is factor / 86,400,000: t in ms). One pass over the covering index
 * (retired, suspended, topic, state, stability, lastReview), in group order: no table rows read.
 */
export const LESSONS_SQL = `SELECT topic AS lesson, state, COUNT(*) AS n,
  SUM(CASE WHEN state > 0 AND stability > 0 AND lastReview IS NOT NULL
    THEN pow(1 + @factorPerMs * MAX(0, @now - lastReview) / stability, @decay) END) AS sumR,
  COUNT(CASE WHEN state > 0 AND stability > 0 AND lastReview IS NOT NULL THEN 1 END) AS nR
  FROM Card WHERE retired = 0 AND suspended = 0 GROUP BY topic, state`;

export function lessonParams(now: Date, factor: number, decay: number) {
  return { now: now.getTime(), factorPerMs: factor / 86_400_000, decay };
}

interface LessonStateRow { lesson: string; state: number; n: number; sumR: number | null; nR: number }

/** Folds the (lesson, state) groups into per-lesson mastery and the collection's state counts. */
export function foldLessonStates(rows: LessonStateRow[], suspended: number): { lessons: LessonMastery[]; states: StatsView["states"] } {
  const byLesson = new Map<string, LessonMastery & { sumR: number; nR: number }>();
  const states = { new: 0, learning: 0, review: 0, relearning: 0, suspended, total: suspended };
  for (const r of rows) {
    let l = byLesson.get(r.lesson);
    if (!l) byLesson.set(r.lesson, (l = { lesson: r.lesson, meanRetrievability: null, new: 0, learning: 0, review: 0, total: 0, sumR: 0, nR: 0 }));
    l.total += r.n;
    states.total += r.n;
    if (r.state === 0) {
      l.new += r.n;
      states.new += r.n;
    } else if (r.state === 2) {
      l.review += r.n;
      states.review += r.n;
    } else {
      l.learning += r.n;
      if (r.state === 1) states.learning += r.n;
      else states.relearning += r.n;
    }
    l.sumR += r.sumR ?? 0;
    l.nR += r.nR;
  }
  const lessons = [...byLesson.values()].map(({ sumR, nR, ...l }) => ({ ...l, meanRetrievability: nR > 0 ? sumR / nR : null }));
  return { lessons, states };
}

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
  const [days, ret, fc, sus, ls] = await retryBusy(sq, () => [
    sq.stmt(DAYS_SQL).all() as { day: string; reviews: number; durationMs: number }[],
    sq.stmt(RETENTION_SQL).all({ from: addDays(today, -364) }) as ({ day: string } & RecallCounts)[],
    sq.stmt(FORECAST_SQL).get(forecastParams(now, s.dayStartHour)) as Record<string, number>,
    sq.stmt(SUSPENDED_SQL).get() as { n: number },
    sq.stmt(LESSONS_SQL).all(lessonParams(now, factor, decay)) as LessonStateRow[],
  ] as const);
  const { lessons, states } = foldLessonStates(ls, sus.n);

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
    states,
    time: Array.from({ length: 30 }, (_, i) => {
      const day = addDays(today, i - 29);
      const d = durations.get(day);
      return { day, minutes: d ? Math.round((d.durationMs / 60_000) * 10) / 10 : 0, reviews: d?.reviews ?? 0 };
    }),
    lessons,
    hasHistory: days.length > 0,
  };
}
