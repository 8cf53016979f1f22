import type { Corpus } from "../content/schema";
import type { Db } from "../db-client";
import { asSqlite, retryBusy, type SqliteSource } from "../sqlite-client";
import { ReviewError } from "../srs/errors";
import { gradeCard } from "../srs/grade";
import type { ReviewSettings } from "../srs/settings-schema";
import { buildTest, QuizBuildError, type QuizSettings } from "./build";
import { displayOrder, gradeQuestion, hash32, type QuizQuestion } from "./question";

/** Stored tests: frozen at start (QuizTest + QuizEntry rows), answers recorded once per client id. */

export interface StoredEntry {
  position: number;
  itemId: string;
  lesson: string;
  question: QuizQuestion;
  choiceOrder: string[];
  answerId: string | null;
  response: unknown;
  correct: boolean | null;
  score: number | null;
  durationMs: number | null;
}

export interface StoredTest {
  id: string;
  createdAt: Date;
  finishedAt: Date | null;
  mode: "exam" | "learn";
  source: "checks" | "generated" | "both";
  lessons: string[];
  length: number;
  timeLimitSec: number | null;
  seed: number;
  retakeOf: string | null;
  entries: StoredEntry[];
}

/** A timed test is over at createdAt + limit (plus a few seconds for the last answer in flight). */
export const deadline = (t: Pick<StoredTest, "createdAt" | "timeLimitSec">) => (t.timeLimitSec === null ? null : new Date(t.createdAt.getTime() + t.timeLimitSec * 1000));
const GRACE_MS = 5_000;

export async function loadTest(db: Db, id: string): Promise<StoredTest | null> {
  const t = await db.quizTest.findUnique({ where: { id }, include: { entries: { orderBy: { position: "asc" } } } });
  if (!t) return null;
  return {
    ...t,
    mode: t.mode as StoredTest["mode"],
    source: t.source as StoredTest["source"],
    lessons: JSON.parse(t.lessons) as string[],
    entries: t.entries.map((e) => ({
      position: e.position, itemId: e.itemId, lesson: e.lesson, question: JSON.parse(e.question) as QuizQuestion,
      choiceOrder: JSON.parse(e.choiceOrder) as string[], answerId: e.answerId, response: e.response === null ? null : JSON.parse(e.response),
      correct: e.correct, score: e.score, durationMs: e.durationMs,
    })),
  };
}

const INSERT_TEST = `INSERT INTO QuizTest (id, createdAt, mode, source, lessons, length, timeLimitSec, seed, retakeOf)
  VALUES (@id, @createdAt, @mode, @source, @lessons, @length, @timeLimitSec, @seed, @retakeOf)`;
const INSERT_ENTRY = `INSERT INTO QuizEntry (testId, position, itemId, lesson, question, choiceOrder) VALUES (?, ?, ?, ?, ?, ?)`;

/** Freezes a test: the test row and every question in one transaction on the direct connection (dates as epoch ms, like Prisma). */
async function insert(src: SqliteSource, t: Omit<StoredTest, "entries" | "finishedAt">, entries: { position: number; question: QuizQuestion; choiceOrder: string[] }[]) {
  const sq = asSqlite(src);
  const tx = sq.conn.transaction(() => {
    sq.stmt(INSERT_TEST).run({ id: t.id, createdAt: t.createdAt.getTime(), mode: t.mode, source: t.source, lessons: JSON.stringify(t.lessons), length: entries.length, timeLimitSec: t.timeLimitSec, seed: t.seed, retakeOf: t.retakeOf });
    const entry = sq.stmt(INSERT_ENTRY);
    for (const e of entries) entry.run(t.id, e.position, e.question.itemId, e.question.lesson, JSON.stringify(e.question), JSON.stringify(e.choiceOrder));
  });
  await retryBusy(sq, () => tx.immediate());
}

/** Starts a test (or returns the one this client id already started). */
const exists = (src: SqliteSource, id: string) => asSqlite(src).stmt("SELECT 1 FROM QuizTest WHERE id = ?").get(id) !== undefined;

export async function createTest(db: Db, sq: SqliteSource, corpus: Corpus, s: QuizSettings, now: Date): Promise<string> {
  if (exists(sq, s.id)) return s.id;
  const seed = hash32(s.id);
  let entries;
  try {
    entries = buildTest(corpus, s, seed);
  } catch (e) {
    if (e instanceof QuizBuildError) throw new ReviewError(400, e.message);
    throw e;
  }
  await insert(sq, { id: s.id, createdAt: now, mode: s.mode, source: s.source, lessons: s.lessons, length: entries.length, timeLimitSec: s.timeLimitMinutes === null ? null : s.timeLimitMinutes * 60, seed, retakeOf: null }, entries);
  return s.id;
}

/** "Retake the mistakes": a new test of the questions answered wrong (or left unanswered), as they were asked. */
export async function createRetake(db: Db, sq: SqliteSource, fromId: string, id: string, now: Date): Promise<string> {
  if (exists(sq, id)) return id;
  const from = await loadTest(db, fromId);
  if (!from) throw new ReviewError(404, "No such test.");
  const missed = from.entries.filter((e) => e.correct !== true);
  if (missed.length === 0) throw new ReviewError(400, "This test has no mistakes to retake.");
  const seed = hash32(id);
  const entries = missed.map((e, position) => ({ position, question: e.question, choiceOrder: displayOrder(e.question, `${seed}:${position}`, true) }));
  await insert(sq, { id, createdAt: now, mode: from.mode, source: from.source, lessons: from.lessons, length: entries.length, timeLimitSec: from.timeLimitSec, seed, retakeOf: fromId }, entries);
  return id;
}

export async function finishTest(db: Db, id: string, now: Date): Promise<void> {
  const t = await db.quizTest.findUnique({ where: { id }, select: { finishedAt: true } });
  if (!t) throw new ReviewError(404, "No such test.");
  if (!t.finishedAt) await db.quizTest.updateMany({ where: { id, finishedAt: null }, data: { finishedAt: now } });
}

export interface AnswerInput {
  answerId: string;
  position: number;
  response: unknown;
  durationMs: number;
}

export interface AnswerMark {
  correct: boolean;
  score: number;
}

/**
 * Records one answer as given. The client id makes a retry harmless (same reply); a second,
 * different answer to the same question is refused (409). A miss feeds the review queue: the
 * question's FSRS item is graded Again (a right answer is Good for an item already scheduled; a
 * new item answered right stays out of the queue).
 */
export async function recordAnswer(db: Db, sq: SqliteSource, test: StoredTest, a: AnswerInput, now: Date, settings: ReviewSettings): Promise<AnswerMark> {
  const entry = test.entries.find((e) => e.position === a.position);
  if (!entry) throw new ReviewError(404, `This test has no question ${a.position + 1}.`);
  if (entry.answerId === a.answerId) return { correct: entry.correct === true, score: entry.score ?? 0 };
  if (entry.answerId) throw new ReviewError(409, "This question was already answered.");
  if (test.finishedAt) throw new ReviewError(409, "This test is finished; its answers can no longer change.");
  const end = deadline(test);
  if (end && now.getTime() > end.getTime() + GRACE_MS) {
    await finishTest(db, test.id, end);
    throw new ReviewError(409, "Time is up: the test was handed in.");
  }
  const mark = gradeQuestion(entry.question, a.response);
  const { count } = await db.quizEntry.updateMany({
    where: { testId: test.id, position: a.position, answerId: null },
    data: { answerId: a.answerId, response: JSON.stringify(a.response ?? null), correct: mark.correct, score: mark.score, durationMs: a.durationMs, answeredAt: now },
  });
  if (count === 0) {
    const again = await loadTest(db, test.id);
    const e = again?.entries.find((x) => x.position === a.position);
    if (e?.answerId === a.answerId) return { correct: e.correct === true, score: e.score ?? 0 };
    throw new ReviewError(409, "This question was already answered.");
  }
  await feedSchedule(sq, entry.itemId, a.answerId, mark.correct, a.durationMs, now, settings);
  return mark;
}

async function feedSchedule(src: SqliteSource, itemId: string, answerId: string, correct: boolean, durationMs: number, now: Date, s: ReviewSettings) {
  const sq = asSqlite(src);
  const row = sq.stmt("SELECT version, state, retired FROM Card WHERE id = ?").get(itemId) as { version: number; state: number; retired: number } | undefined;
  if (!row || row.retired || (correct && Number(row.state) === 0)) return;
  try {
    await gradeCard(sq, { id: answerId, cardId: itemId, rating: correct ? 3 : 1, version: Number(row.version), durationMs }, now, s, { countDay: false });
  } catch (e) {
    // The item changed in the same instant (graded in /review): the quiz answer still stands.
    if (!(e instanceof ReviewError)) throw e;
  }
}
