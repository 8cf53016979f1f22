import type { Grade } from "ts-fsrs";
import type { Db } from "../db-client";
import { fromFsrsCard, LEECH_LAPSES, scheduleSelect, STATE_NAMES, toFsrsCard, type StateName } from "./card-state";
import { studyDay } from "./day";
import { ReviewError, STALE_CARD } from "./errors";
import type { GradeInput } from "./inputs";
import { schedulerFor } from "./settings";
import type { ReviewSettings } from "./settings-schema";

/** What a grade did. Built from the stored log row, so a repeated submission gets the same answer. */
export interface GradeResult {
  id: string;
  cardId: string;
  rating: number;
  reviewedAt: string;
  due: string;
  state: StateName;
}

const resultSelect = { id: true, cardId: true, rating: true, review: true, nextDue: true, nextState: true, undoneAt: true } as const;
type ResultRow = { id: string; cardId: string; rating: number; review: Date; nextDue: Date; nextState: number };

function toResult(r: ResultRow): GradeResult {
  return {
    id: r.id,
    cardId: r.cardId,
    rating: r.rating,
    reviewedAt: r.review.toISOString(),
    due: r.nextDue.toISOString(),
    state: STATE_NAMES[r.nextState],
  };
}

/**
 * Records one grade: the card's new FSRS state and its review-log row in ONE transaction.
 * - The grade id is client-generated: a retry of an applied grade returns the stored result.
 * - `version` is the card version the learner saw: if the card changed since (graded in another
 *   tab, undone, buried), the grade is refused with 409 and nothing is written.
 */
export async function gradeCard(db: Db, input: GradeInput, now: Date, settings: ReviewSettings): Promise<GradeResult> {
  const day = studyDay(now, settings.dayStartHour);
  return db.$transaction(async (tx) => {
    const existing = await tx.reviewLog.findUnique({ where: { id: input.id }, select: resultSelect });
    if (existing) {
      if (existing.cardId !== input.cardId) throw new ReviewError(409, "This grade id was already used for another card.");
      if (existing.undoneAt) throw new ReviewError(409, "This grade was undone; grade the card again to record a new answer.");
      return toResult(existing);
    }
    const card = await tx.card.findUnique({ where: { id: input.cardId }, select: { ...scheduleSelect, version: true } });
    if (!card) throw new ReviewError(404, `No card with id "${input.cardId}".`);
    if (card.version !== input.version) throw new ReviewError(409, STALE_CARD);

    const { card: next, log } = schedulerFor(settings).next(toFsrsCard(card), now, input.rating as Grade);
    const version = card.version + 1;
    const { count } = await tx.card.updateMany({
      where: { id: input.cardId, version: card.version },
      data: { ...fromFsrsCard(next), leech: next.lapses >= LEECH_LAPSES, version, updatedAt: now },
    });
    if (count !== 1) throw new ReviewError(409, STALE_CARD);
    const row = await tx.reviewLog.create({
      data: {
        id: input.id,
        cardId: input.cardId,
        rating: log.rating,
        state: log.state,
        due: log.due,
        stability: log.stability,
        difficulty: log.difficulty,
        elapsedDays: log.elapsed_days,
        lastElapsedDays: log.last_elapsed_days,
        scheduledDays: log.scheduled_days,
        learningSteps: log.learning_steps,
        review: log.review,
        durationMs: input.durationMs,
        prevDue: card.due,
        nextDue: next.due,
        nextState: next.state,
        cardVersion: version,
        studyDay: day.key,
      },
      select: resultSelect,
    });
    const counts = { reviews: 1, newCards: log.state === 0 ? 1 : 0, reviewed: log.state === 2 ? 1 : 0, durationMs: input.durationMs };
    await tx.studyDay.upsert({
      where: { day: day.key },
      create: { day: day.key, ...counts },
      update: {
        reviews: { increment: counts.reviews },
        newCards: { increment: counts.newCards },
        reviewed: { increment: counts.reviewed },
        durationMs: { increment: counts.durationMs },
      },
    });
    return toResult(row);
  });
}
