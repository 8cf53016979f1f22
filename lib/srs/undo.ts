import { fsrs } from "ts-fsrs";
import { asSqlite, retryBusy, type Sqlite, type SqliteSource } from "../sqlite-client";
import { fromFsrsCard, LEECH_LAPSES, rawDate, rawNumber, scheduleFromRaw, toFsrsCard } from "./card-state";
import { ReviewError } from "./errors";
import type { UndoInput } from "./inputs";

// rollback() needs no parameters (it reads everything from the card and the log).
const scheduler = fsrs();

type Raw = Record<string, unknown>;
const LOG_SQL = `SELECT * FROM ReviewLog WHERE id = ?`;
const CARD_SQL = `SELECT version, due, stability, difficulty, elapsedDays, scheduledDays, learningSteps, reps, lapses, state, lastReview
  FROM Card WHERE id = ?`;
const RESTORE_SQL = `UPDATE Card SET due = @due, stability = @stability, difficulty = @difficulty, elapsedDays = @elapsedDays,
    scheduledDays = @scheduledDays, learningSteps = @learningSteps, reps = @reps, lapses = @lapses, state = @state,
    lastReview = @lastReview, leech = @leech, version = version + 1, updatedAt = @now
  WHERE id = @cardId AND version = @seen`;
const MARK_SQL = `UPDATE ReviewLog SET undoneAt = ? WHERE id = ?`;
const DAY_SQL = `UPDATE StudyDay SET reviews = reviews - 1, newCards = newCards - @newCards, reviewed = reviewed - @reviewed,
    durationMs = durationMs - @durationMs WHERE day = @day`;

function undoTx(sq: Sqlite, input: UndoInput, now: Date): { cardId: string } {
  const log = sq.stmt(LOG_SQL).get(input.gradeId) as Raw | undefined;
  if (!log) throw new ReviewError(404, "No grade with that id.");
  if (log.undoneAt != null) throw new ReviewError(409, "That grade was already undone.");
  const cardId = String(log.cardId);
  const card = sq.stmt(CARD_SQL).get(cardId) as Raw | undefined;
  if (!card) throw new ReviewError(404, `No card with id "${cardId}".`);
  const seen = rawNumber(card.version);
  if (seen !== rawNumber(log.cardVersion))
    throw new ReviewError(409, "The card changed after that grade (a later grade, bury or suspend); only its latest grade can be undone.");

  const prev = scheduler.rollback(toFsrsCard(scheduleFromRaw(card)), {
    rating: rawNumber(log.rating),
    state: rawNumber(log.state),
    due: rawDate(log.due),
    stability: rawNumber(log.stability),
    difficulty: rawNumber(log.difficulty),
    elapsed_days: rawNumber(log.elapsedDays),
    last_elapsed_days: rawNumber(log.lastElapsedDays),
    scheduled_days: rawNumber(log.scheduledDays),
    learning_steps: rawNumber(log.learningSteps),
    review: rawDate(log.review),
  });
  prev.due = rawDate(log.prevDue);
  const p = fromFsrsCard(prev);
  const restored = sq.stmt(RESTORE_SQL).run({
    ...p,
    due: p.due.getTime(),
    lastReview: p.lastReview?.getTime() ?? null,
    leech: p.lapses >= LEECH_LAPSES ? 1 : 0,
    now: now.getTime(),
    cardId,
    seen,
  });
  if (restored.changes !== 1) throw new ReviewError(409, "The card changed while undoing; nothing was undone.");
  sq.stmt(MARK_SQL).run(now.getTime(), input.gradeId);
  const state = rawNumber(log.state);
  const day = sq.stmt(DAY_SQL).run({ day: String(log.studyDay), newCards: state === 0 ? 1 : 0, reviewed: state === 2 ? 1 : 0, durationMs: rawNumber(log.durationMs) });
  // Every grade counted toward its study day in the same transaction; a missing day is corruption.
  if (day.changes !== 1) throw new Error(`Study day ${String(log.studyDay)} of grade ${input.gradeId} is missing; nothing was undone.`);
  return { cardId };
}

const transactions = new WeakMap<Sqlite, (input: UndoInput, now: Date) => { cardId: string }>();

/**
 * Takes back one grade with ts-fsrs `rollback(card, log)` and restores the card exactly.
 * rollback() sets a reviewed card's due to the review time (it cannot know the old due), so the
 * due saved on the log (prevDue) is put back. The log row is kept, marked undone: history stays
 * complete, and a retried submission of that grade id is recognised. Only the newest change to a
 * card can be undone (its version must still be the one this grade produced).
 * One synchronous BEGIN IMMEDIATE transaction on the direct connection; busy -> timed retry.
 */
export async function undoGrade(src: SqliteSource, input: UndoInput, now: Date): Promise<{ cardId: string }> {
  const sq = asSqlite(src);
  let tx = transactions.get(sq);
  if (!tx) {
    const t = sq.conn.transaction((i: UndoInput, at: Date) => undoTx(sq, i, at));
    transactions.set(sq, (tx = t.immediate));
  }
  const run = tx;
  return retryBusy(sq, () => run(input, now));
}
