import { computeParameters, FSRSBinding, FSRSBindingItem, FSRSBindingReview } from "@open-spaced-repetition/binding";
import { asSqlite, type SqliteSource } from "../sqlite-client";
import { daysBetween } from "../stats/arithmetic";

/**
 * FSRS "Optimize": fit the 21 FSRS-6 parameters to the learner's own review log with the FSRS
 * optimizer (fsrs-rs through @open-spaced-repetition/binding). The fit itself runs on the addon's
 * worker thread (an async N-API task), so the server's event loop keeps answering while it works.
 */

/** Below this many (not undone) grades the fit is refused: too little history to beat the defaults. */
export const MIN_REVIEWS = 400;

export interface LogRow {
  cardId: string;
  rating: number;
  review: number; // epoch ms
  studyDay: string; // "" on rows written without one
}

const DAY_MS = 86_400_000;

/**
 * One FSRSItem per grade after a card's first, holding the card's history up to that grade, with
 * delta_t in whole study days (the first review's is 0), as fsrs-rs expects; an item only once the
 * card has a review on a later day than the one before it. Rows must be ordered by card, then time.
 */
export function fsrsItems(rows: LogRow[]): FSRSBindingItem[] {
  const items: FSRSBindingItem[] = [];
  let card = "";
  let history: FSRSBindingReview[] = [];
  let prev: LogRow | null = null;
  for (const r of rows) {
    if (r.cardId !== card) {
      card = r.cardId;
      history = [];
      prev = null;
    }
    const delta = prev === null ? 0 : Math.max(0, r.studyDay && prev.studyDay ? daysBetween(prev.studyDay, r.studyDay) : Math.floor((r.review - prev.review) / DAY_MS));
    history.push(new FSRSBindingReview(r.rating, delta));
    // fsrs-rs needs at least one review a day or more after the one before (it panics, aborting the
    // process, on an item whose reviews all fell on one day): same-day learning steps alone are left out.
    if (history.length > 1 && history.some((h) => h.deltaT > 0)) items.push(new FSRSBindingItem([...history]));
    prev = r;
  }
  return items;
}

export const LOGS_SQL = `SELECT cardId, rating, review, studyDay FROM ReviewLog WHERE undoneAt IS NULL ORDER BY cardId, review`;

export function readLogs(src: SqliteSource): LogRow[] {
  return asSqlite(src).stmt(LOGS_SQL).all() as LogRow[];
}

export interface Evaluation {
  logLoss: number;
  rmse: number;
}

export function evaluate(weights: readonly number[], items: FSRSBindingItem[]): Evaluation {
  const e = new FSRSBinding([...weights]).evaluate(items);
  return { logLoss: e.logLoss, rmse: e.rmseBins };
}

export type FitOutcome =
  | { kind: "too-few"; reviewCount: number; needed: number }
  | { kind: "fitted"; reviewCount: number; current: Evaluation; fitted: Evaluation & { weights: number[] }; keep: boolean };

/**
 * Fits parameters to `rows` and compares them with `current` on the same items. The fitted ones are
 * worth keeping only if they predict these reviews better (lower log loss) than the ones in use.
 */
export async function fit(rows: LogRow[], current: readonly number[], progress?: (done: number, total: number) => void): Promise<FitOutcome> {
  if (rows.length < MIN_REVIEWS) return { kind: "too-few", reviewCount: rows.length, needed: MIN_REVIEWS - rows.length };
  const items = fsrsItems(rows);
  const weights = await computeParameters(items, {
    enableShortTerm: true,
    progress: progress ? (done, total) => void progress(done, total) : undefined,
  });
  const before = evaluate(current, items);
  const after = evaluate(weights, items);
  return { kind: "fitted", reviewCount: rows.length, current: before, fitted: { ...after, weights }, keep: after.logLoss < before.logLoss };
}

/** Stores fitted parameters as the ones in use (id 1). */
export function saveParams(src: SqliteSource, weights: number[], e: Evaluation, reviewCount: number, now: Date): void {
  asSqlite(src)
    .stmt(`INSERT INTO FsrsParams (id, weights, logLoss, rmse, reviewCount, fittedAt) VALUES (1, @w, @l, @r, @n, @t)
      ON CONFLICT (id) DO UPDATE SET weights = excluded.weights, logLoss = excluded.logLoss, rmse = excluded.rmse,
        reviewCount = excluded.reviewCount, fittedAt = excluded.fittedAt`)
    .run({ w: JSON.stringify(weights), l: e.logLoss, r: e.rmse, n: reviewCount, t: now.getTime() });
}

/** Back to the ts-fsrs defaults. */
export function resetParams(src: SqliteSource): void {
  asSqlite(src).stmt("DELETE FROM FsrsParams WHERE id = 1").run();
}
