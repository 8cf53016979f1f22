import type { Grade } from "ts-fsrs";
import type { Db } from "../db-client";
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

const result = (id: string, cardId: string, rating: number, review: Date, nextDue: Date, nextState: number): GradeResult => ({
  id,
  cardId,
  rating,
  reviewedAt: review.toISOString(),
  due: nextDue.toISOString(),
  state: STATE_NAMES[nextState],
});

/** The card and any log row already stored under this grade id, in one read. */
async function readForGrade(db: Db, input: GradeInput) {
  const [r] = await db.$queryRaw<Record<string, unknown>[]>`SELECT c.id, c.version, c.due, c.stability, c.difficulty, c.elapsedDays,
      c.scheduledDays, c.learningSteps, c.reps, c.lapses, c.state, c.lastReview,
      l.cardId AS logCardId, l.rating AS logRating, l.review AS logReview, l.nextDue AS logNextDue, l.nextState AS logNextState, l.undoneAt AS logUndoneAt
    FROM (SELECT 1) LEFT JOIN Card c ON c.id = ${input.cardId} LEFT JOIN ReviewLog l ON l.id = ${input.id}`;
  const existing =
    r.logCardId == null
      ? null
      : {
          cardId: String(r.logCardId),
          undone: r.logUndoneAt != null,
          result: result(input.id, String(r.logCardId), rawNumber(r.logRating), rawDate(r.logReview), rawDate(r.logNextDue), rawNumber(r.logNextState)),
        };
  return { card: r.id == null ? null : { version: rawNumber(r.version), ...scheduleFromRaw(r) }, existing };
}

function replay(existing: NonNullable<Awaited<ReturnType<typeof readForGrade>>["existing"]>, input: GradeInput): GradeResult {
  if (existing.cardId !== input.cardId) throw new ReviewError(409, "This grade id was already used for another card.");
  if (existing.undone) throw new ReviewError(409, "This grade was undone; grade the card again to record a new answer.");
  return existing.result;
}

/**
 * Records one grade: the card's new FSRS state, its review-log row and the day's counters in ONE
 * transaction.
 * - The grade id is client-generated: a retry of an applied grade returns the stored result.
 * - `version` is the card version the learner saw: if the card changed since (graded in another
 *   tab, undone, buried), the grade is refused with 409 and nothing is written.
 * Shape, for speed (see lib/srs/bench.ts): one read, then one batch of three statements. The
 * UPDATE only matches the version that was read, and the two INSERTs only run if the statement
 * before them changed a row (SQLite's changes()), so a concurrent write makes the whole batch a no-op.
 */
export async function gradeCard(db: Db, input: GradeInput, now: Date, settings: ReviewSettings): Promise<GradeResult> {
  const { card, existing } = await readForGrade(db, input);
  if (existing) return replay(existing, input);
  if (!card) throw new ReviewError(404, `No card with id "${input.cardId}".`);
  if (card.version !== input.version) throw new ReviewError(409, STALE_CARD);

  let step;
  try {
    step = schedulerFor(settings).next(toFsrsCard(card), now, input.rating as Grade);
  } catch (e) {
    // ts-fsrs refuses a review dated before the card's last one (the clock moved backwards).
    throw new ReviewError(409, `This card cannot be graded now: ${e instanceof Error ? e.message : String(e)}. Check the computer's clock.`);
  }
  const { card: fsrsNext, log } = step;
  const n = fromFsrsCard(fsrsNext);
  const version = card.version + 1;
  const day = studyDay(now, settings.dayStartHour).key;
  const [updated] = await db.$transaction([
    db.$executeRaw`UPDATE Card SET due = ${n.due}, stability = ${n.stability}, difficulty = ${n.difficulty}, elapsedDays = ${n.elapsedDays},
      scheduledDays = ${n.scheduledDays}, learningSteps = ${n.learningSteps}, reps = ${n.reps}, lapses = ${n.lapses}, state = ${n.state},
      lastReview = ${n.lastReview}, leech = ${n.lapses >= LEECH_LAPSES ? 1 : 0}, version = ${version}, updatedAt = ${now}
      WHERE id = ${input.cardId} AND version = ${card.version}`,
    db.$executeRaw`INSERT INTO ReviewLog (id, cardId, rating, state, due, stability, difficulty, elapsedDays, lastElapsedDays, scheduledDays,
      learningSteps, review, durationMs, prevDue, nextDue, nextState, cardVersion, studyDay)
      SELECT ${input.id}, ${input.cardId}, ${log.rating}, ${log.state}, ${log.due}, ${log.stability}, ${log.difficulty}, ${log.elapsed_days},
        ${log.last_elapsed_days}, ${log.scheduled_days}, ${log.learning_steps}, ${log.review}, ${input.durationMs}, ${card.due}, ${n.due},
        ${n.state}, ${version}, ${day}
      WHERE changes() = 1`,
    db.$executeRaw`INSERT INTO StudyDay (day, reviews, newCards, reviewed, durationMs)
      SELECT ${day}, 1, ${log.state === 0 ? 1 : 0}, ${log.state === 2 ? 1 : 0}, ${input.durationMs} WHERE changes() = 1
      ON CONFLICT(day) DO UPDATE SET reviews = reviews + 1, newCards = newCards + excluded.newCards,
        reviewed = reviewed + excluded.reviewed, durationMs = durationMs + excluded.durationMs`,
  ]);
  if (updated !== 1) {
    // Someone wrote the card between our read and our write: the same grade (a concurrent retry) or another.
    const again = await readForGrade(db, input);
    if (again.existing) return replay(again.existing, input);
    throw new ReviewError(409, STALE_CARD);
  }
  return result(input.id, input.cardId, log.rating, log.review, n.due, n.state);
}
