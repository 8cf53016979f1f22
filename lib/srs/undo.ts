import { fsrs } from "ts-fsrs";
import type { Db } from "../db-client";
import { fromFsrsCard, LEECH_LAPSES, scheduleSelect, toFsrsCard } from "./card-state";
import { ReviewError } from "./errors";
import type { UndoInput } from "./inputs";

// rollback() needs no parameters (it reads everything from the card and the log).
const scheduler = fsrs();

/**
 * Takes back one grade with ts-fsrs `rollback(card, log)` and restores the card exactly.
 * rollback() sets a reviewed card's due to the review time (it cannot know the old due), so the
 * due saved on the log (prevDue) is put back. The log row is kept, marked undone: history stays
 * complete, and a retried submission of that grade id is recognised. Only the newest change to a
 * card can be undone (its version must still be the one this grade produced).
 */
export async function undoGrade(db: Db, input: UndoInput, now: Date): Promise<{ cardId: string }> {
  return db.$transaction(async (tx) => {
    const log = await tx.reviewLog.findUnique({ where: { id: input.gradeId } });
    if (!log) throw new ReviewError(404, "No grade with that id.");
    if (log.undoneAt) throw new ReviewError(409, "That grade was already undone.");
    const card = await tx.card.findUnique({ where: { id: log.cardId }, select: { ...scheduleSelect, version: true } });
    if (!card) throw new ReviewError(404, `No card with id "${log.cardId}".`);
    if (card.version !== log.cardVersion)
      throw new ReviewError(409, "The card changed after that grade (a later grade, bury or suspend); only its latest grade can be undone.");

    const prev = scheduler.rollback(toFsrsCard(card), {
      rating: log.rating,
      state: log.state,
      due: log.due,
      stability: log.stability,
      difficulty: log.difficulty,
      elapsed_days: log.elapsedDays,
      last_elapsed_days: log.lastElapsedDays,
      scheduled_days: log.scheduledDays,
      learning_steps: log.learningSteps,
      review: log.review,
    });
    prev.due = log.prevDue;
    const { count } = await tx.card.updateMany({
      where: { id: log.cardId, version: card.version },
      data: { ...fromFsrsCard(prev), leech: prev.lapses >= LEECH_LAPSES, version: card.version + 1, updatedAt: now },
    });
    if (count !== 1) throw new ReviewError(409, "The card changed while undoing; nothing was undone.");
    await tx.reviewLog.update({ where: { id: log.id }, data: { undoneAt: now } });
    await tx.studyDay.update({
      where: { day: log.studyDay },
      data: {
        reviews: { decrement: 1 },
        newCards: { decrement: log.state === 0 ? 1 : 0 },
        reviewed: { decrement: log.state === 2 ? 1 : 0 },
        durationMs: { decrement: log.durationMs },
      },
    });
    return { cardId: log.cardId };
  });
}
