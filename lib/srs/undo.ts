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
// The card's grades still in force below this one, newest first.
const BELOW_SQL = `SELECT id, cardVersion FROM ReviewLog WHERE cardId = ? AND undoneAt IS NULL AND cardVersion < ? ORDER BY cardVersion DESC`;
const RELABEL_SQL = `UPDATE ReviewLog SET cardVersion = cardVersion + ? WHERE id = ?`;
const DAY_SQL = `UPDATE StudyDay SET reviews = reviews - 1, newCards = newCards - @newCards, reviewed = reviewed - @reviewed,
    durationMs = durationMs - @durationMs WHERE day = @day`;

/**
 * After undoing the grade that left the card at version `seen`, the card is exactly as the grade
 * below it left it, now at version seen + 1 (versions only grow, so a tab that showed the card
 * before this undo is still refused). The grades directly below, one version apart with nothing
 * else in between (a bury or suspend leaves a gap), move up by 2 with it: the newest of them
 * matches the card again and can be undone next (grade A, grade B, undo B, undo A), and the run
 * stays one version apart so the undo can go on down. Gaps only grow, so no two grades collide.
 */
function shiftChainBelow(sq: Sqlite, cardId: string, seen: number): void {
  let expected = seen - 1;
  for (const row of sq.stmt(BELOW_SQL).all(cardId, seen) as Raw[]) {
    if (rawNumber(row.cardVersion) !== expected) break;
    sq.stmt(RELABEL_SQL).run(2, row.id);
    expected -= 1;
  }
}

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
  shiftChainBelow(sq, cardId, seen);
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
 * card can be undone (its version must still be the one this grade produced, or, after the grades
 * above it were undone, the version that undo left: the log's cardVersion is moved up with it).
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
