import { createEmptyCard } from "ts-fsrs";
import { createHash } from "node:crypto";
import type { Corpus, Ladder } from "../content/schema";
import { asSqlite, retryBusy, type Sqlite, type SqliteSource } from "../sqlite-client";
import { fromFsrsCard } from "../srs/card-state";
import { ReviewError } from "../srs/errors";
import { gradeTx } from "../srs/grade";
import type { ReviewSettings } from "../srs/settings-schema";
import { mockLadderCount, nextStepIndex, parseStepCardId, pickMockLadders, seededRandom, stepCardId, type Mode } from "./rules";
import type { DrillSettings } from "./settings";

/**
 * Drill sessions and their steps in SQLite (DrillSession, DrillStep), on the app's direct
 * connection like the review hot paths. Every step of every ladder is also a Card row of kind
 * "rung" (id <ladderId>#q, <ladderId>#r1 ...), created when it enters the schedule: the question
 * when it is first drilled, rung k once step k-1 (itself scheduled) is passed. A step's grade
 * runs lib/srs's grade transaction for that row inside the drill's own transaction, so the rung's
 * FSRS state, its review log, the day's counters and the step are written together or not at all.
 */

export type DrillKind = "drill" | "mock";
export interface LadderEntry {
  ladderId: string;
  from: number; // the step the ladder starts at (a due drill starts at the first due step)
}

export interface StepRow {
  id: string;
  sessionId: string;
  ladderId: string;
  stepIndex: number;
  position: number;
  cardId: string;
  answer: string;
  answerSeq: number;
  answerAt: string | null;
  shownAt: string;
  revealedAt: string | null;
  ticked: number[];
  rating: number | null;
  gradeId: string | null;
  scheduled: boolean;
  gradedAt: string | null;
  durationMs: number;
  limitMs: number | null;
  version: number;
}

export interface SessionRow {
  id: string;
  kind: DrillKind;
  mode: Mode;
  scope: string;
  ladders: LadderEntry[];
  lengthMinutes: number | null;
  startedAt: string;
  finishedAt: string | null;
  version: number;
  steps: StepRow[];
}

type Raw = Record<string, unknown>;
const iso = (v: unknown) => (v == null ? null : new Date(Number(v)).toISOString());

function stepFromRaw(r: Raw): StepRow {
  return {
    id: String(r.id),
    sessionId: String(r.sessionId),
    ladderId: String(r.ladderId),
    stepIndex: Number(r.stepIndex),
    position: Number(r.position),
    cardId: String(r.cardId),
    answer: String(r.answer),
    answerSeq: Number(r.answerSeq),
    answerAt: iso(r.answerAt),
    shownAt: iso(r.shownAt)!,
    revealedAt: iso(r.revealedAt),
    ticked: JSON.parse(String(r.ticked)) as number[],
    rating: r.rating == null ? null : Number(r.rating),
    gradeId: r.gradeId == null ? null : String(r.gradeId),
    scheduled: Boolean(Number(r.scheduled)),
    gradedAt: iso(r.gradedAt),
    durationMs: Number(r.durationMs),
    limitMs: r.limitMs == null ? null : Number(r.limitMs),
    version: Number(r.version),
  };
}

function sessionFromRaw(r: Raw, steps: StepRow[]): SessionRow {
  return {
    id: String(r.id),
    kind: String(r.kind) as DrillKind,
    mode: String(r.mode) as Mode,
    scope: String(r.scope),
    ladders: JSON.parse(String(r.ladderIds)) as LadderEntry[],
    lengthMinutes: r.lengthMinutes == null ? null : Number(r.lengthMinutes),
    startedAt: iso(r.startedAt)!,
    finishedAt: iso(r.finishedAt),
    version: Number(r.version),
    steps,
  };
}

// ---------------------------------------------------------------- the corpus side

const ladderIndex = new WeakMap<Corpus, Map<string, { ladder: Ladder; position: number }>>();

/** The ladders of the corpus by id, with their index in corpus order. */
export function ladders(corpus: Corpus): Map<string, { ladder: Ladder; position: number }> {
  let m = ladderIndex.get(corpus);
  if (!m) {
    m = new Map();
    corpus.items.forEach((item, position) => {
      if (item.kind === "ladder") m!.set(item.id, { ladder: item, position });
    });
    ladderIndex.set(corpus, m);
  }
  return m;
}

export const totalSteps = (l: Ladder) => 1 + l.rungs.length;

/** One step's text: the question or a rung's follow-up, its model answer and its key points. */
export function stepContent(l: Ladder, stepIndex: number): { prompt: string; answer: string; keyPoints: string[] } {
  if (stepIndex === 0) return { prompt: l.question, answer: l.answer, keyPoints: l.keyPoints };
  const r = l.rungs[stepIndex - 1];
  return { prompt: r.prompt, answer: r.answer, keyPoints: r.keyPoints };
}

function stepHash(l: Ladder, stepIndex: number): string {
  const c = stepContent(l, stepIndex);
  return createHash("sha1").update([c.prompt, c.answer, ...c.keyPoints].join("\u0000")).digest("hex").slice(0, 16);
}

function placement(corpus: Corpus, ladderId: string, stepIndex: number) {
  const hit = ladders(corpus).get(ladderId);
  if (!hit) return null;
  const lessonOrder = corpus.lessons.find((l) => l.id === hit.ladder.topic)?.order ?? 0;
  const origin = corpus.origins.get(ladderId);
  return {
    topic: hit.ladder.topic,
    lessonOrder,
    position: hit.position * 100 + stepIndex,
    file: origin?.file ?? "",
    line: origin?.line ?? 0,
    contentHash: stepHash(hit.ladder, stepIndex),
  };
}

const INSERT_RUNG_SQL = `INSERT INTO Card (id, kind, topic, lessonOrder, position, file, line, contentHash, retired, suspended, leech, version,
    due, stability, difficulty, elapsedDays, scheduledDays, learningSteps, reps, lapses, state, lastReview, createdAt, updatedAt)
  VALUES (@id, 'rung', @topic, @lessonOrder, @position, @file, @line, @contentHash, 0, 0, 0, 0,
    @due, @stability, @difficulty, @elapsedDays, @scheduledDays, @learningSteps, @reps, @lapses, @state, NULL, @now, @now)
  ON CONFLICT(id) DO NOTHING`;

/** Puts one step into the schedule as a new item, due now (no-op if it is already there). */
function insertRung(sq: Sqlite, corpus: Corpus, ladderId: string, stepIndex: number, now: Date): void {
  const p = placement(corpus, ladderId, stepIndex);
  if (!p) return;
  const c = fromFsrsCard(createEmptyCard(now));
  sq.stmt(INSERT_RUNG_SQL).run({ id: stepCardId(ladderId, stepIndex), ...p, ...c, due: c.due.getTime(), now: now.getTime() });
}

/**
 * Keeps rung rows in step with the corpus, like lib/content/sync.ts does for cards: a step that
 * no longer exists is retired (history kept), one that is back is restored, placement follows
 * edits. Rows appear only when a step enters the schedule, so this never creates any.
 */
export async function syncRungs(src: SqliteSource, corpus: Corpus, now: Date): Promise<{ retired: number; restored: number }> {
  const sq = asSqlite(src);
  const rows = sq.stmt("SELECT id, retired, topic, lessonOrder, position, file, line, contentHash FROM Card WHERE kind = 'rung'").all() as Raw[];
  let retired = 0;
  let restored = 0;
  const changes: (() => void)[] = [];
  for (const r of rows) {
    const parsed = parseStepCardId(String(r.id));
    const hit = parsed && ladders(corpus).get(parsed.ladderId);
    const p = parsed && hit && parsed.stepIndex < totalSteps(hit.ladder) ? placement(corpus, parsed.ladderId, parsed.stepIndex) : null;
    if (!p) {
      if (!Number(r.retired)) {
        retired++;
        changes.push(() => sq.stmt("UPDATE Card SET retired = 1, updatedAt = ? WHERE id = ?").run(now.getTime(), r.id));
      }
      continue;
    }
    const same = !Number(r.retired) && r.topic === p.topic && Number(r.lessonOrder) === p.lessonOrder && Number(r.position) === p.position && r.file === p.file && Number(r.line) === p.line && r.contentHash === p.contentHash;
    if (same) continue;
    if (Number(r.retired)) restored++;
    changes.push(() =>
      sq
        .stmt("UPDATE Card SET retired = 0, topic = @topic, lessonOrder = @lessonOrder, position = @position, file = @file, line = @line, contentHash = @contentHash, updatedAt = @now WHERE id = @id")
        .run({ ...p, now: now.getTime(), id: r.id }),
    );
  }
  if (changes.length) await retryBusy(sq, () => sq.conn.transaction(() => changes.forEach((c) => c())).immediate());
  return { retired, restored };
}

// ---------------------------------------------------------------- what is due

export const DUE_COUNT_SQL = `SELECT COUNT(*) AS n FROM Card WHERE kind = 'rung' AND retired = 0 AND suspended = 0 AND state IN (0, 1, 2, 3) AND due <= @now`;

/** How many ladder steps are due now (scheduled rungs whose time has come, newly unlocked ones included). */
export async function dueStepCount(src: SqliteSource, now: Date): Promise<number> {
  const sq = asSqlite(src);
  return retryBusy(sq, () => Number((sq.stmt(DUE_COUNT_SQL).get({ now: now.getTime() }) as Raw).n));
}

/**
 * Ladders with a due step, most overdue first, each starting at its lowest due step: grouped in
 * SQL (the step index is position % 100, see placement) so only `limit` rows come back.
 */
export const DUE_LADDERS_SQL = `SELECT substr(id, 1, instr(id, '#') - 1) AS ladderId, MIN(position % 100) AS fromStep, MIN(due) AS firstDue
  FROM Card WHERE kind = 'rung' AND retired = 0 AND suspended = 0 AND state IN (0, 1, 2, 3) AND due <= @now
  GROUP BY ladderId ORDER BY firstDue, ladderId LIMIT @limit`;

export async function dueLadders(src: SqliteSource, corpus: Corpus, now: Date, limit = 1000): Promise<LadderEntry[]> {
  const sq = asSqlite(src);
  // A few more than asked for, in case some ladders left the content since the last rung sync.
  const rows = await retryBusy(sq, () => sq.stmt(DUE_LADDERS_SQL).all({ now: now.getTime(), limit: limit + 20 }) as Raw[]);
  return rows
    .filter((r) => ladders(corpus).has(String(r.ladderId)))
    .slice(0, limit)
    .map((r) => ({ ladderId: String(r.ladderId), from: Number(r.fromStep) }));
}

// ---------------------------------------------------------------- sessions

const SESSION_SQL = "SELECT * FROM DrillSession WHERE id = ?";
const STEPS_SQL = "SELECT * FROM DrillStep WHERE sessionId = ? ORDER BY position";

export async function getSession(src: SqliteSource, id: string): Promise<SessionRow | null> {
  const sq = asSqlite(src);
  return retryBusy(sq, () => {
    const r = sq.stmt(SESSION_SQL).get(id) as Raw | undefined;
    if (!r) return null;
    return sessionFromRaw(r, (sq.stmt(STEPS_SQL).all(id) as Raw[]).map(stepFromRaw));
  });
}

export interface StartInput {
  id: string;
  kind: DrillKind;
  mode: Mode;
  scope: string; // ladder:<id> | lesson:<id> | due | surprise | mock
  lengthMinutes?: number;
}

/** Per ladder: due steps, lapses and whether it was ever drilled (mock weighting). */
function ladderStats(sq: Sqlite, now: Date) {
  const rows = sq.stmt("SELECT id, due, state, lapses, reps FROM Card WHERE kind = 'rung' AND retired = 0").all() as Raw[];
  const stats = new Map<string, { due: number; lapses: number; reps: number }>();
  for (const r of rows) {
    const p = parseStepCardId(String(r.id));
    if (!p) continue;
    const s = stats.get(p.ladderId) ?? { due: 0, lapses: 0, reps: 0 };
    if (Number(r.due) <= now.getTime()) s.due++;
    s.lapses += Number(r.lapses);
    s.reps += Number(r.reps);
    stats.set(p.ladderId, s);
  }
  const agains = sq.stmt("SELECT ladderId, COUNT(*) AS n FROM DrillStep WHERE rating = 1 GROUP BY ladderId").all() as Raw[];
  const again = new Map(agains.map((a) => [String(a.ladderId), Number(a.n)]));
  return { stats, again };
}

async function chooseLadders(sq: Sqlite, corpus: Corpus, input: StartInput, now: Date, settings: DrillSettings): Promise<LadderEntry[]> {
  const all = [...ladders(corpus).values()].map((v) => v.ladder);
  const [what, arg] = input.scope.includes(":") ? [input.scope.slice(0, input.scope.indexOf(":")), input.scope.slice(input.scope.indexOf(":") + 1)] : [input.scope, ""];
  switch (what) {
    case "ladder": {
      if (!ladders(corpus).has(arg)) throw new ReviewError(404, `No interview question with id "${arg}".`);
      return [{ ladderId: arg, from: 0 }];
    }
    case "lesson": {
      const lesson = corpus.lessons.find((l) => l.id === arg);
      if (!lesson) throw new ReviewError(404, `No lesson with id "${arg}": see /topics for the lessons.`);
      const inLesson = all.filter((l) => l.topic === arg);
      if (!inLesson.length) throw new ReviewError(400, `The lesson "${lesson.title}" has no interview questions to drill.`);
      return inLesson.map((l) => ({ ladderId: l.id, from: 0 }));
    }
    case "due": {
      const due = await dueLadders(sq, corpus, now, 6);
      if (!due.length) throw new ReviewError(400, "No ladder step is due now. Start one ladder, a lesson or \"Surprise me\" instead.");
      return due;
    }
    case "surprise": {
      if (!all.length) throw new ReviewError(400, "There are no interview questions to drill.");
      const { stats } = ladderStats(sq, now);
      const fresh = all.filter((l) => !stats.has(l.id));
      const pool = fresh.length ? fresh : all;
      return [{ ladderId: pool[Math.floor(seededRandom(input.id)() * pool.length)].id, from: 0 }];
    }
    case "mock": {
      if (!all.length) throw new ReviewError(400, "There are no interview questions to drill.");
      const { stats, again } = ladderStats(sq, now);
      const maxWeak = Math.max(1, ...all.map((l) => (stats.get(l.id)?.lapses ?? 0) + (again.get(l.id) ?? 0)));
      const picked = pickMockLadders(
        all.map((l) => ({
          ladderId: l.id,
          lesson: l.topic,
          dueSteps: stats.get(l.id)?.due ?? 0,
          weakness: ((stats.get(l.id)?.lapses ?? 0) + (again.get(l.id) ?? 0)) / maxWeak,
          drilled: stats.has(l.id),
        })),
        mockLadderCount(input.lengthMinutes ?? settings.mockMinutes),
        input.id,
      );
      return picked.map((ladderId) => ({ ladderId, from: 0 }));
    }
    default:
      throw new ReviewError(400, `Unknown drill scope "${input.scope}": use ladder:<id>, lesson:<id>, due, surprise or mock.`);
  }
}

const INSERT_SESSION_SQL = `INSERT INTO DrillSession (id, kind, mode, scope, ladderIds, lengthMinutes, startedAt, finishedAt, version, updatedAt)
  VALUES (@id, @kind, @mode, @scope, @ladderIds, @lengthMinutes, @now, NULL, 0, @now) ON CONFLICT(id) DO NOTHING`;

/**
 * Starts a drill (or a mock interview, always Live) and shows its first step. The id is the
 * client's: a retried start finds the session it already created and answers with it.
 */
export async function startSession(src: SqliteSource, corpus: Corpus, input: StartInput, now: Date, settings: DrillSettings): Promise<SessionRow> {
  const sq = asSqlite(src);
  const existing = await getSession(sq, input.id);
  if (existing) return existing;
  const chosen = await chooseLadders(sq, corpus, input, now, settings);
  const mode: Mode = input.kind === "mock" ? "live" : input.mode;
  const lengthMinutes = input.kind === "mock" ? (input.lengthMinutes ?? settings.mockMinutes) : null;
  await retryBusy(sq, () =>
    sq.conn
      .transaction(() => {
        sq.stmt(INSERT_SESSION_SQL).run({ id: input.id, kind: input.kind, mode, scope: input.scope, ladderIds: JSON.stringify(chosen), lengthMinutes, now: now.getTime() });
        showStepTx(sq, corpus, input.id, chosen[0].ladderId, chosen[0].from, now, settings);
      })
      .immediate(),
  );
  return (await getSession(sq, input.id))!;
}

const INSERT_STEP_SQL = `INSERT INTO DrillStep (id, sessionId, ladderId, stepIndex, position, cardId, shownAt, limitMs)
  VALUES (@id, @sessionId, @ladderId, @stepIndex, (SELECT COALESCE(MAX(position), -1) + 1 FROM DrillStep WHERE sessionId = @sessionId), @cardId, @now, @limitMs)
  ON CONFLICT(id) DO NOTHING`;

export const stepId = (sessionId: string, ladderId: string, stepIndex: number) => `${sessionId}:${ladderId}:${stepIndex}`;

function showStepTx(sq: Sqlite, corpus: Corpus, sessionId: string, ladderId: string, stepIndex: number, now: Date, settings: DrillSettings): void {
  const session = sq.stmt(SESSION_SQL).get(sessionId) as Raw | undefined;
  if (!session) throw new ReviewError(404, "No such drill.");
  const entries = JSON.parse(String(session.ladderIds)) as LadderEntry[];
  const entry = entries.find((e) => e.ladderId === ladderId);
  const hit = ladders(corpus).get(ladderId);
  if (!entry || !hit) throw new ReviewError(400, `The question "${ladderId}" is not part of this drill.`);
  if (stepIndex < entry.from || stepIndex >= totalSteps(hit.ladder)) throw new ReviewError(400, `Step ${stepIndex} is outside this ladder's steps.`);
  const live = String(session.mode) === "live";
  sq.stmt(INSERT_STEP_SQL).run({
    id: stepId(sessionId, ladderId, stepIndex),
    sessionId,
    ladderId,
    stepIndex,
    cardId: stepCardId(ladderId, stepIndex),
    now: now.getTime(),
    limitMs: live ? 1000 * (stepIndex === 0 ? settings.questionSeconds : settings.rungSeconds) : null,
  });
}

/** Shows one step of a ladder of the session (created on first showing; a repeat returns it). */
export async function showStep(src: SqliteSource, corpus: Corpus, sessionId: string, ladderId: string, stepIndex: number, now: Date, settings: DrillSettings): Promise<StepRow> {
  const sq = asSqlite(src);
  await retryBusy(sq, () => sq.conn.transaction(() => showStepTx(sq, corpus, sessionId, ladderId, stepIndex, now, settings)).immediate());
  return stepFromRaw(sq.stmt("SELECT * FROM DrillStep WHERE id = ?").get(stepId(sessionId, ladderId, stepIndex)) as Raw);
}

export const ALREADY_GRADED = "This step was already graded (probably in another tab), so nothing was changed. Reload to see where the drill stands.";

/**
 * Autosave of the typed answer. `seq` grows with every keystroke batch the client sends; a save
 * with a seq not above the stored one (a retry, or an older save arriving late) changes nothing.
 */
export async function saveAnswer(src: SqliteSource, input: { stepId: string; text: string; seq: number }, now: Date): Promise<{ seq: number; savedAt: string }> {
  const sq = asSqlite(src);
  return retryBusy(sq, () =>
    sq.conn
      .transaction(() => {
        const r = sq.stmt("SELECT answerSeq, answerAt, rating FROM DrillStep WHERE id = ?").get(input.stepId) as Raw | undefined;
        if (!r) throw new ReviewError(404, "No such drill step.");
        if (r.rating != null) throw new ReviewError(409, ALREADY_GRADED);
        if (input.seq <= Number(r.answerSeq)) return { seq: Number(r.answerSeq), savedAt: iso(r.answerAt) ?? now.toISOString() };
        sq.stmt("UPDATE DrillStep SET answer = ?, answerSeq = ?, answerAt = ? WHERE id = ?").run(input.text, input.seq, now.getTime(), input.stepId);
        return { seq: input.seq, savedAt: now.toISOString() };
      })
      .immediate(),
  );
}

/** Marks the model answer as revealed (the first time only), so a reload shows it revealed. */
export async function revealStep(src: SqliteSource, id: string, now: Date): Promise<StepRow> {
  const sq = asSqlite(src);
  return retryBusy(sq, () => {
    const r = sq.stmt("SELECT id FROM DrillStep WHERE id = ?").get(id);
    if (!r) throw new ReviewError(404, "No such drill step.");
    sq.stmt("UPDATE DrillStep SET revealedAt = COALESCE(revealedAt, ?) WHERE id = ?").run(now.getTime(), id);
    return stepFromRaw(sq.stmt("SELECT * FROM DrillStep WHERE id = ?").get(id) as Raw);
  });
}

export interface GradeStepInput {
  id: string; // client-generated grade id
  stepId: string;
  rating: 1 | 2 | 3 | 4;
  ticked: number[];
  version: number; // the step version the learner saw
}

export interface GradeStepResult {
  step: StepRow;
  /** The schedule id of the rung this grade unlocked, if any. */
  unlocked: string | null;
  /** The step to show next, or null when the drill has no step left. */
  next: StepRow | null;
}

const MAX_STEP_MS = 86_400_000;

/**
 * Grades one step: the step row and, when the step is in the schedule, the rung's FSRS state,
 * review log and day counters (lib/srs gradeTx), in ONE transaction. Passing a scheduled step
 * unlocks the next one. A retry with the same grade id is answered with the stored grade; a
 * step graded since it was shown (another tab) is refused with 409.
 */
export async function gradeStep(src: SqliteSource, corpus: Corpus, input: GradeStepInput, now: Date, review: ReviewSettings, settings: DrillSettings): Promise<GradeStepResult> {
  const sq = asSqlite(src);
  const tx = sq.conn.transaction((): { replay: boolean; unlocked: string | null; row: Raw } => {
    const row = sq.stmt("SELECT s.*, d.mode FROM DrillStep s JOIN DrillSession d ON d.id = s.sessionId WHERE s.id = ?").get(input.stepId) as Raw | undefined;
    if (!row) throw new ReviewError(404, "No such drill step.");
    if (row.gradeId != null && String(row.gradeId) === input.id) return { replay: true, unlocked: null, row };
    if (row.rating != null) throw new ReviewError(409, ALREADY_GRADED);
    if (Number(row.version) !== input.version) throw new ReviewError(409, "This step changed since it was shown (probably in another tab), so nothing was recorded. Reload to continue.");
    const hit = ladders(corpus).get(String(row.ladderId));
    if (!hit) throw new ReviewError(404, "This question is no longer in the content.");
    const stepIndex = Number(row.stepIndex);
    const total = totalSteps(hit.ladder);
    const ticked = [...new Set(input.ticked)].filter((i) => i >= 0 && i < stepContent(hit.ladder, stepIndex).keyPoints.length).sort((a, b) => a - b);
    const durationMs = Math.min(MAX_STEP_MS, Math.max(0, now.getTime() - Number(row.shownAt)));
    const cardId = String(row.cardId);
    if (stepIndex === 0) insertRung(sq, corpus, hit.ladder.id, 0, now); // the question enters the schedule when first drilled
    const card = sq.stmt("SELECT version, retired FROM Card WHERE id = ? AND kind = 'rung'").get(cardId) as Raw | undefined;
    const scheduled = card != null && !Number(card.retired);
    let unlocked: string | null = null;
    if (scheduled) {
      // The rung's schedule moves like a card's, but a drill is not part of today's review session:
      // it does not use up the daily review cap or the dashboard's counts (as a quiz answer does not).
      gradeTx(sq, { id: input.id, cardId, rating: input.rating, version: Number(card.version), durationMs }, now, review, false);
      const nextId = stepCardId(hit.ladder.id, stepIndex + 1);
      if (input.rating > 1 && stepIndex + 1 < total && !sq.stmt("SELECT 1 FROM Card WHERE id = ?").get(nextId)) {
        insertRung(sq, corpus, hit.ladder.id, stepIndex + 1, now);
        unlocked = nextId;
      }
    }
    sq.stmt(`UPDATE DrillStep SET rating = @rating, ticked = @ticked, gradeId = @gradeId, gradedAt = @now, durationMs = @durationMs,
        scheduled = @scheduled, revealedAt = COALESCE(revealedAt, @now), version = version + 1 WHERE id = @id`).run({
      rating: input.rating,
      ticked: JSON.stringify(ticked),
      gradeId: input.id,
      now: now.getTime(),
      durationMs,
      scheduled: scheduled ? 1 : 0,
      id: input.stepId,
    });
    sq.stmt("UPDATE DrillSession SET version = version + 1, updatedAt = ? WHERE id = ?").run(now.getTime(), row.sessionId);
    return { replay: false, unlocked, row };
  });
  const { unlocked, row } = await retryBusy(sq, () => tx.immediate());
  const step = stepFromRaw(sq.stmt("SELECT * FROM DrillStep WHERE id = ?").get(input.stepId) as Raw);
  const next = await nextStep(sq, corpus, step, String(row.mode) as Mode, now, settings);
  return { step, unlocked, next };
}

/** After a graded step: the next step of its ladder, else the first step of the next ladder, else null. */
async function nextStep(sq: Sqlite, corpus: Corpus, step: StepRow, mode: Mode, now: Date, settings: DrillSettings): Promise<StepRow | null> {
  // The session row alone (not its steps): a long drill's grade stays as fast as a short one's.
  const r = sq.stmt(SESSION_SQL).get(step.sessionId) as Raw | undefined;
  if (!r || r.finishedAt != null) return null;
  const session = sessionFromRaw(r, []);
  const hit = ladders(corpus).get(step.ladderId);
  const k = hit ? nextStepIndex(step.stepIndex, step.rating ?? 1, totalSteps(hit.ladder), mode) : null;
  if (k !== null) return showStep(sq, corpus, session.id, step.ladderId, k, now, settings);
  return nextLadderStep(sq, corpus, session, step.ladderId, now, settings);
}

/** The first step of the ladder after `ladderId` in the session (skipping ones no longer in the content), or null. */
async function nextLadderStep(sq: Sqlite, corpus: Corpus, session: SessionRow, ladderId: string, now: Date, settings: DrillSettings): Promise<StepRow | null> {
  const i = session.ladders.findIndex((e) => e.ladderId === ladderId);
  for (const e of session.ladders.slice(i + 1)) {
    if (ladders(corpus).has(e.ladderId)) return showStep(sq, corpus, session.id, e.ladderId, e.from, now, settings);
  }
  return null;
}

/** Practice: leave the current ladder (after its floor) and go to the next one; null when none is left. */
export async function skipLadder(src: SqliteSource, corpus: Corpus, sessionId: string, ladderId: string, now: Date, settings: DrillSettings): Promise<StepRow | null> {
  const sq = asSqlite(src);
  const session = await getSession(sq, sessionId);
  if (!session) throw new ReviewError(404, "No such drill.");
  if (!session.ladders.some((e) => e.ladderId === ladderId)) throw new ReviewError(400, `The question "${ladderId}" is not part of this drill.`);
  // An ungraded step left behind is dropped, so the transcript shows only what was answered.
  await retryBusy(sq, () => sq.stmt("DELETE FROM DrillStep WHERE sessionId = ? AND ladderId = ? AND rating IS NULL").run(sessionId, ladderId));
  return nextLadderStep(sq, corpus, session, ladderId, now, settings);
}

/** Ends the session (idempotent); steps shown but never graded stay in the transcript as unanswered. */
export async function finishSession(src: SqliteSource, id: string, now: Date): Promise<SessionRow> {
  const sq = asSqlite(src);
  await retryBusy(sq, () => {
    const r = sq.stmt("UPDATE DrillSession SET finishedAt = COALESCE(finishedAt, @now), version = version + 1, updatedAt = @now WHERE id = @id").run({ id, now: now.getTime() });
    if (!r.changes) throw new ReviewError(404, "No such drill.");
  });
  return (await getSession(sq, id))!;
}

/** Every session, newest first (history). */
export async function listSessions(src: SqliteSource, limit = 200): Promise<SessionRow[]> {
  const sq = asSqlite(src);
  return retryBusy(sq, () => {
    const rows = sq.stmt("SELECT * FROM DrillSession ORDER BY startedAt DESC LIMIT ?").all(limit) as Raw[];
    return rows.map((r) => sessionFromRaw(r, (sq.stmt(STEPS_SQL).all(r.id) as Raw[]).map(stepFromRaw)));
  });
}

/** For the interview-date pace: cards never seen, ladder steps never graded in the schedule. */
export async function unseenCounts(src: SqliteSource, corpus: Corpus): Promise<{ unseenCards: number; unseenSteps: number }> {
  const sq = asSqlite(src);
  return retryBusy(sq, () => {
    const cards = Number((sq.stmt("SELECT COUNT(*) AS n FROM Card WHERE kind = 'card' AND retired = 0 AND suspended = 0 AND state = 0").get() as Raw).n);
    const seen = Number((sq.stmt("SELECT COUNT(*) AS n FROM Card WHERE kind = 'rung' AND retired = 0 AND reps > 0").get() as Raw).n);
    const steps = [...ladders(corpus).values()].reduce((a, v) => a + totalSteps(v.ladder), 0);
    return { unseenCards: cards, unseenSteps: Math.max(0, steps - seen) };
  });
}

