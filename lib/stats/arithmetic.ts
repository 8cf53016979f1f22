/**
 * The arithmetic behind /stats, pure and clock-free: streaks, true retention, the heatmap grid.
 * Study days are keys "YYYY-MM-DD" (lib/srs/day.ts); day arithmetic on keys is calendar arithmetic,
 * so it is immune to DST and time zones.
 */

const DAY_MS = 86_400_000;

/** The key `offset` calendar days after `key` (negative: before). */
export function addDays(key: string, offset: number): string {
  const [y, m, d] = key.split("-").map(Number);
  return new Date(Date.UTC(y, m - 1, d + offset)).toISOString().slice(0, 10);
}

/** Whole calendar days from `a` to `b` (b - a). */
export function daysBetween(a: string, b: string): number {
  const t = (k: string) => {
    const [y, m, d] = k.split("-").map(Number);
    return Date.UTC(y, m - 1, d);
  };
  return Math.round((t(b) - t(a)) / DAY_MS);
}

export interface Streaks {
  /** Consecutive study days with a review, ending today — or yesterday while today has none yet. */
  current: number;
  /** The longest such run ever. */
  longest: number;
}

/** `studied`: the keys of study days with at least one review, in any order. */
export function streaks(studied: Iterable<string>, today: string): Streaks {
  const days = new Set(studied);
  let longest = 0;
  for (const d of days) {
    if (days.has(addDays(d, -1))) continue; // not the start of a run
    let n = 1;
    while (days.has(addDays(d, n))) n++;
    longest = Math.max(longest, n);
  }
  let day = days.has(today) ? today : addDays(today, -1);
  let current = 0;
  while (days.has(day)) {
    current++;
    day = addDays(day, -1);
  }
  return { current, longest };
}

export interface RecallCounts {
  youngPass: number;
  youngFail: number;
  maturePass: number;
  matureFail: number;
}

export interface Retention {
  /** Passed / all review-state recalls; null when there were none. */
  all: number | null;
  young: number | null;
  mature: number | null;
  /** How many recalls each share is over. */
  counts: { all: number; young: number; mature: number };
}

const share = (pass: number, total: number) => (total > 0 ? pass / total : null);

/** True retention over the RetentionDay rows whose day is in [from, to] (inclusive keys). */
export function trueRetention(rows: ({ day: string } & RecallCounts)[], from: string, to: string): Retention {
  const t = { youngPass: 0, youngFail: 0, maturePass: 0, matureFail: 0 };
  for (const r of rows) {
    if (r.day < from || r.day > to) continue;
    t.youngPass += r.youngPass;
    t.youngFail += r.youngFail;
    t.maturePass += r.maturePass;
    t.matureFail += r.matureFail;
  }
  const young = t.youngPass + t.youngFail;
  const mature = t.maturePass + t.matureFail;
  return {
    all: share(t.youngPass + t.maturePass, young + mature),
    young: share(t.youngPass, young),
    mature: share(t.maturePass, mature),
    counts: { all: young + mature, young, mature },
  };
}

export interface HeatCell {
  day: string;
  reviews: number;
  /** 0 none, 1..4 quartiles of the busiest day in the window. */
  level: 0 | 1 | 2 | 3 | 4;
  /** Column (week) and row (0 Sunday … 6 Saturday) in the calendar grid. */
  week: number;
  weekday: number;
}

/** The last `length` study days ending today, laid out in week columns like GitHub's calendar. */
export function heatmap(reviewsByDay: Map<string, number>, today: string, length = 365): HeatCell[] {
  const first = addDays(today, -(length - 1));
  const firstWeekday = weekday(first);
  const max = Math.max(0, ...Array.from({ length }, (_, i) => reviewsByDay.get(addDays(first, i)) ?? 0));
  return Array.from({ length }, (_, i) => {
    const day = addDays(first, i);
    const reviews = reviewsByDay.get(day) ?? 0;
    const level = reviews === 0 ? 0 : (Math.min(4, Math.ceil((reviews / max) * 4)) as 1 | 2 | 3 | 4);
    return { day, reviews, level, week: Math.floor((i + firstWeekday) / 7), weekday: (i + firstWeekday) % 7 };
  });
}

export function weekday(key: string): number {
  const [y, m, d] = key.split("-").map(Number);
  return new Date(Date.UTC(y, m - 1, d)).getUTCDay();
}

/** Interval (days) from which a review card counts as mature, as in Anki. */
export const MATURE_DAYS = 21;
