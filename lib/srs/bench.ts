import Database from "better-sqlite3";
import { randomUUID } from "node:crypto";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import type { Grade } from "ts-fsrs";
import { createSqlite } from "../sqlite-client";
import { fromFsrsCard, LEECH_LAPSES, toFsrsCard, type ScheduleColumns } from "./card-state";
import { studyDay } from "./day";
import { gradeCard } from "./grade";
import { NEXT_CARD_SQL, nextCard, queueParams } from "./queue";
import { applyMigrations } from "./scratch-db";
import { CARDS, LOGS, seed } from "./bench-seed";
import { schedulerFor } from "./settings";
import { DEFAULT_SETTINGS } from "./settings-schema";
import { dashboard, DASHBOARD_SQL, dashboardParams, forecastDays } from "./stats";
import { benchRungQueue } from "../drill/bench-rungs";

/**
 * npm run bench:review — the review hot paths on a 100k-card / 1M-log database, each through the
 * app's real functions (lib/srs on its direct connection, lib/sqlite-client.ts: statement cache,
 * busy retry, row mapping) beside the same work hand-written on a second better-sqlite3 connection.
 */
const ITER = Number(process.env.BENCH_ITER ?? 1000);
const WARMUP = 100;
const S = DEFAULT_SETTINGS;
const NOW = new Date();

const dir = fs.mkdtempSync(path.join(os.tmpdir(), "quorum-bench-"));
const file = path.join(dir, "bench.db");

const toDate = (v: unknown) => (v == null ? null : new Date(Number(v)));

/** App and raw runs alternate, so both see the same machine load (2 shared cores). */
async function time(app: () => unknown, raw: () => unknown): Promise<[number[], number[]]> {
  for (let i = 0; i < WARMUP; i++) {
    await app();
    await raw();
  }
  const a: number[] = [];
  const r: number[] = [];
  for (let i = 0; i < ITER; i++) {
    let t = performance.now();
    await app();
    a.push(performance.now() - t);
    t = performance.now();
    await raw();
    r.push(performance.now() - t);
  }
  return [a.sort((x, y) => x - y), r.sort((x, y) => x - y)];
}
const pct = (xs: number[], p: number) => xs[Math.min(xs.length - 1, Math.floor((p / 100) * xs.length))];

async function main() {
  applyMigrations(file);
  const seeded = seed(file, NOW, S.dayStartHour);
  console.log(`seeded ${CARDS.toLocaleString("en")} cards and ${LOGS.toLocaleString("en")} review logs in ${(seeded.ms / 1000).toFixed(1)} s (${file})`);
  const app = createSqlite(`file:${file}`);
  const raw = new Database(file);
  raw.pragma("journal_mode = WAL");
  const f = schedulerFor(S);
  const rawGrade = rawGrader(raw);

  // 1. The next card.
  const nextStmt = raw.prepare(NEXT_CARD_SQL);
  const [appNext, rawNext] = await time(
    () => nextCard(app, NOW, S),
    () => nextStmt.get(queueParams(NOW, S)),
  );

  // 2. A grade transaction, each iteration on a different review card.
  const ids = seeded.reviewIds;
  let k = 0;
  const [appGrade, rawGradeT] = await time(
    () => gradeCard(app, { id: randomUUID(), cardId: ids[k++], rating: 3, version: 0, durationMs: 5000 }, NOW, S),
    () => rawGrade(ids[k++], 3, NOW, f),
  );

  // 3. The dashboard: one statement in the app, so the same statement, prepared, raw.
  const dashStmt = raw.prepare(DASHBOARD_SQL);
  const [appDash, rawDash] = await time(
    () => dashboard(app, NOW, S),
    () => dashStmt.get(dashboardParams(NOW, S, forecastDays(NOW, S))),
  );

  console.log(`\n${ITER} iterations each (after ${WARMUP} warm-up), milliseconds`);
  console.log("operation        app p50   app p95   raw p50   raw p95   ratio p50   ratio p95   target p95");
  const line = (name: string, a: number[], r: number[], target: number) => {
    const cols = [pct(a, 50), pct(a, 95), pct(r, 50), pct(r, 95)].map((x) => x.toFixed(3).padStart(8));
    const ratios = [pct(a, 50) / pct(r, 50), pct(a, 95) / pct(r, 95)].map((x) => x.toFixed(2).padStart(10));
    const ok = pct(a, 95) <= target ? "ok" : "MISSED";
    console.log(`${name.padEnd(15)}${cols.join("  ")}  ${ratios.join("  ")}   <= ${target} ms ${ok}`);
  };
  line("next card", appNext, rawNext, 5);
  line("grade (tx)", appGrade, rawGradeT, 5);
  line("dashboard", appDash, rawDash, 20);
  console.log("\nplan of the next-card statement:");
  for (const p of raw.prepare(`EXPLAIN QUERY PLAN ${NEXT_CARD_SQL}`).all(queueParams(NOW, S)) as { detail: string }[]) console.log(`  ${p.detail}`);
  app.close();
  raw.close();
  // The drills' rung queue on the same database: 20,000 ladder steps beside the 100,000 cards.
  await benchRungQueue(file, NOW, ITER);
  fs.rmSync(dir, { recursive: true, force: true });
}

/** gradeCard's transaction, hand-written on better-sqlite3: same reads, FSRS step and writes. */
function rawGrader(raw: Database.Database) {
  const findLog = raw.prepare("SELECT id FROM ReviewLog WHERE id = ?");
  const findCard = raw.prepare(`SELECT version, due, stability, difficulty, elapsedDays, scheduledDays, learningSteps, reps, lapses, state, lastReview FROM Card WHERE id = ?`);
  const update = raw.prepare(`UPDATE Card SET due = ?, stability = ?, difficulty = ?, elapsedDays = ?, scheduledDays = ?, learningSteps = ?, reps = ?, lapses = ?,
    state = ?, lastReview = ?, leech = ?, version = ?, updatedAt = ? WHERE id = ? AND version = ?`);
  const insert = raw.prepare(`INSERT INTO ReviewLog (id, cardId, rating, state, due, stability, difficulty, elapsedDays, lastElapsedDays, scheduledDays,
    learningSteps, review, durationMs, prevDue, nextDue, nextState, cardVersion, studyDay) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`);
  const upsertDay = raw.prepare(`INSERT INTO StudyDay (day, reviews, newCards, reviewed, durationMs) VALUES (?, 1, ?, ?, ?)
    ON CONFLICT(day) DO UPDATE SET reviews = reviews + 1, newCards = newCards + excluded.newCards, reviewed = reviewed + excluded.reviewed, durationMs = durationMs + excluded.durationMs`);
  return raw.transaction((cardId: string, rating: Grade, now: Date, f: ReturnType<typeof schedulerFor>) => {
    const id = randomUUID();
    if (findLog.get(id)) return;
    const c = findCard.get(cardId) as Record<string, number | null>;
    const cols = { ...c, due: toDate(c.due), lastReview: toDate(c.lastReview) } as unknown as ScheduleColumns;
    const { card: next, log } = f.next(toFsrsCard(cols, cardId), now, rating);
    const n = fromFsrsCard(next);
    const v = Number(c.version) + 1;
    update.run(n.due.getTime(), n.stability, n.difficulty, n.elapsedDays, n.scheduledDays, n.learningSteps, n.reps, n.lapses, n.state,
      n.lastReview?.getTime() ?? null, n.lapses >= LEECH_LAPSES ? 1 : 0, v, now.getTime(), cardId, c.version);
    const day = studyDay(now, S.dayStartHour).key;
    insert.run(id, cardId, log.rating, log.state, log.due.getTime(), log.stability, log.difficulty, log.elapsed_days, log.last_elapsed_days,
      log.scheduled_days, log.learning_steps, log.review.getTime(), 5000, cols.due.getTime(), n.due.getTime(), n.state, v, day);
    upsertDay.run(day, log.state === 0 ? 1 : 0, log.state === 2 ? 1 : 0, 5000);
  });
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
