import type { Grade } from "ts-fsrs";
import { asSqlite, retryBusy, type Sqlite, type SqliteSource } from "../sqlite-client";
import { fromFsrsCard, LEECH_LAPSES, rawDate, rawNumber, scheduleFromRaw, STATE_NAMES, toFsrsCard, type StateName } from "./card-state";
import { studyDay } from "./day";
import { ReviewError, STALE_CARD } from "./errors";
import type { GradeInput } from "./inputs";
import { schedulerFor } from "./settings";
import type { ReviewSettings } from "./settings-schema";

/** What a grade did. Built from the stored log fields, so a repeated submission gets the same answer. */
export interface GradeResult {
  id: string;
  cardId: string;
  rating: number;
  reviewedAt: string;
  due: string;
  state: StateName;
}

type Raw = Record<string, unknown>;

const result = (id: string, cardId: string, rating: number, review: Date, nextDue: Date, nextState: number): GradeResult => ({
  id,
  cardId,
  rating,
  reviewedAt: review.toISOString(),
  due: nextDue.toISOString(),
  state: STATE_NAMES[nextState],
});

// The card and any log row already stored under this grade id, in one read.
const READ_SQL = `SELECT c.id, c.kind, c.version, c.suspended, c.retired, c.due, c.stability, c.difficulty, c.elapsedDays,
    c.scheduledDays, c.learningSteps, c.reps, c.lapses, c.state, c.lastReview,
    l.cardId AS logCardId, l.rating AS logRating, l.review AS logReview, l.nextDue AS logNextDue, l.nextState AS logNextState, l.undoneAt AS logUndoneAt
  FROM (SELECT 1) LEFT JOIN Card c ON c.id = @cardId LEFT JOIN ReviewLog l ON l.id = @id`;
const UPDATE_SQL = `UPDATE Card SET due = @due, stability = @stability, difficulty = @difficulty, elapsedDays = @elapsedDays,
    scheduledDays = @scheduledDays, learningSteps = @learningSteps, reps = @reps, lapses = @lapses, state = @state,
    lastReview = @lastReview, leech = @leech, version = @version, updatedAt = @now
  WHERE id = @cardId AND version = @seen`;
const INSERT_LOG_SQL = `INSERT INTO ReviewLog (id, cardId, rating, state, due, stability, difficulty, elapsedDays, lastElapsedDays, scheduledDays,
    learningSteps, review, durationMs, prevDue, nextDue, nextState, cardVersion, studyDay)
  VALUES (@id, @cardId, @rating, @state, @due, @stability, @difficulty, @elapsedDays, @lastElapsedDays, @scheduledDays,
    @learningSteps, @review, @durationMs, @prevDue, @nextDue, @nextState, @cardVersion, @studyDay)`;
const UPSERT_DAY_SQL = `INSERT INTO StudyDay (day, reviews, newCards, reviewed, durationMs) VALUES (@day, 1, @newCards, @reviewed, @durationMs)
  ON CONFLICT(day) DO UPDATE SET reviews = reviews + 1, newCards = newCards + excluded.newCards,
    reviewed = reviewed + excluded.reviewed, durationMs = durationMs + excluded.durationMs`;

function replay(r: Raw, input: GradeInput): GradeResult {
  if (String(r.logCardId) !== input.cardId) throw new ReviewError(409, "This grade id was already used for another card.");
  if (r.logUndoneAt != null) throw new ReviewError(409, "This grade was undone; grade the card again to record a new answer.");
  return result(input.id, input.cardId, rawNumber(r.logRating), rawDate(r.logReview), rawDate(r.logNextDue), rawNumber(r.logNextState));
}

/**
 * The whole grade, synchronous, run inside one BEGIN IMMEDIATE transaction (see gradeCard).
 * Exported so a drill step (lib/drill) grades its rung inside its own transaction: the same writes.
 */
export function gradeTx(sq: Sqlite, input: GradeInput, now: Date, settings: ReviewSettings, countDay = true): GradeResult {
  const r = sq.stmt(READ_SQL).get({ cardId: input.cardId, id: input.id }) as Raw;
  if (r.logCardId != null) return replay(r, input);
  if (r.id == null) throw new ReviewError(404, `No card with id "${input.cardId}".`);
  const seen = rawNumber(r.version);
  // Out of the schedule first: that is the reason worth telling, whatever version was shown.
  if (Number(r.retired) === 1) throw new ReviewError(409, "This card was removed from the content, so it cannot be graded; nothing was recorded.");
  if (Number(r.suspended) === 1) throw new ReviewError(409, "This card is suspended, so it cannot be graded; unsuspend it first. Nothing was recorded.");
  if (seen !== input.version) throw new ReviewError(409, STALE_CARD);
  const card = scheduleFromRaw(r);

  let step;
  try {
    step = schedulerFor(settings).next(toFsrsCard(card, input.cardId), now, input.rating as Grade);
  } catch (e) {
    // ts-fsrs refuses a review dated before the card's last one (the clock moved backwards).
    throw new ReviewError(409, `This card cannot be graded now: ${e instanceof Error ? e.message : String(e)}. Check the computer's clock.`);
  }
  const { card: fsrsNext, log } = step;
  const n = fromFsrsCard(fsrsNext);
  const version = seen + 1;
  const day = studyDay(now, settings.dayStartHour).key;
  const { changes } = sq.stmt(UPDATE_SQL).run({
    ...n,
    due: n.due.getTime(),
    lastReview: n.lastReview?.getTime() ?? null,
    leech: n.lapses >= LEECH_LAPSES ? 1 : 0,
    version,
    now: now.getTime(),
    cardId: input.cardId,
    seen,
  });
  // Cannot happen inside the write transaction (the version was just read); kept as a guard.
  if (changes !== 1) throw new ReviewError(409, STALE_CARD);
  sq.stmt(INSERT_LOG_SQL).run({
    id: input.id,
    cardId: input.cardId,
    rating: log.rating,
    state: log.state,
    due: log.due.getTime(),
    stability: log.stability,
    difficulty: log.difficulty,
    elapsedDays: log.elapsed_days,
    lastElapsedDays: log.last_elapsed_days,
    scheduledDays: log.scheduled_days,
    learningSteps: log.learning_steps,
    review: log.review.getTime(),
    durationMs: input.durationMs,
    prevDue: card.due.getTime(),
    nextDue: n.due.getTime(),
    nextState: n.state,
    cardVersion: version,
    studyDay: day,
  });
  // Only a card's first grade uses the new-card allowance: a check answered in a quiz is not introduced by the queue.
  if (countDay) sq.stmt(UPSERT_DAY_SQL).run({ day, newCards: log.state === 0 && r.kind === "card" ? 1 : 0, reviewed: log.state === 2 ? 1 : 0, durationMs: input.durationMs });
  return result(input.id, input.cardId, log.rating, log.review, n.due, n.state);
}

const transactions = new WeakMap<Sqlite, (input: GradeInput, now: Date, s: ReviewSettings, countDay: boolean) => GradeResult>();

/**
 * Records one grade: the card's new FSRS state, its review-log row and the day's counters in ONE
 * transaction (better-sqlite3's synchronous db.transaction, BEGIN IMMEDIATE: the read, the FSRS
 * step and the three writes happen under the write lock, and a throw rolls all of it back).
 * - The grade id is client-generated: a retry of an applied grade returns the stored result.
 * - `version` is the card version the learner saw: if the card changed since (graded in another
 *   tab, undone, buried), the grade is refused with 409 and nothing is written.
 * If another connection holds the write lock, it is retried on a timer (retryBusy), then 503.
 */
export async function gradeCard(src: SqliteSource, input: GradeInput, now: Date, settings: ReviewSettings, opts: { countDay?: boolean } = {}): Promise<GradeResult> {
  const sq = asSqlite(src);
  let tx = transactions.get(sq);
  if (!tx) {
    const t = sq.conn.transaction((i: GradeInput, at: Date, s: ReviewSettings, countDay: boolean) => gradeTx(sq, i, at, s, countDay));
    transactions.set(sq, (tx = t.immediate));
  }
  const run = tx;
  // countDay false: an answer in a scored quiz feeds the schedule but is not a review of today's session (lib/quiz/store.ts).
  return retryBusy(sq, () => run(input, now, settings, opts.countDay ?? true));
}
