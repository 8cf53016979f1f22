import Database from "better-sqlite3";
import { randomUUID } from "node:crypto";
import type { Corpus, Ladder, Lesson } from "../content/schema";
import { createSqlite } from "../sqlite-client";
import { nextCard } from "../srs/queue";
import { DEFAULT_SETTINGS } from "../srs/settings-schema";
import { stepCardId } from "./rules";
import { DEFAULT_DRILL_SETTINGS } from "./settings";
import { DUE_COUNT_SQL, DUE_LADDERS_SQL, dueLadders, dueStepCount, gradeStep, showStep, startSession } from "./store";

/**
 * The rung queue of `npm run bench:review`: on the bench's 100,000-card database, 20,000 ladder
 * steps (4,000 ladders of a question and four rungs) are added as kind = "rung" rows, then timed:
 * the due-step count and the due-ladder list of /drill, a drill step's grade (the drill's own
 * transaction around lib/srs's grade), and the review queue's next card with the rungs present.
 */
export const LADDERS = 4_000;
export const STEPS_PER_LADDER = 5;
const DAY = 86_400_000;

function rng(seed: number) {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const kp = ["one", "two", "three"];

/** A corpus of LADDERS synthetic ladders over 20 lessons, matching the seeded rung rows. */
export function benchCorpus(): Corpus {
  const lessons: Lesson[] = Array.from({ length: 20 }, (_, i) => ({ id: `lesson-${i}`, title: `Lesson ${i}`, order: i + 1, summary: "s", covers: [], body: "" }));
  const items: Ladder[] = Array.from({ length: LADDERS }, (_, i) => ({
    kind: "ladder",
    id: `bench-ladder-${i}`,
    topic: `lesson-${i % 20}`,
    tags: [],
    level: 2,
    sources: [{ ref: "bench" }],
    covers: [],
    inventory: [],
    question: `Question ${i}?`,
    keyPoints: kp,
    answer: "Answer.",
    rungs: Array.from({ length: STEPS_PER_LADDER - 1 }, (_, k) => ({ prompt: `Rung ${k + 1}?`, answer: "Deeper.", keyPoints: kp })),
  }));
  return { lessons, items, origins: new Map(items.map((l, i) => [l.id, { file: `lesson-${i % 20}/ladders.md`, line: i }])) };
}

/** 20,000 rung rows: most in review with dues over a year, 3% due now, 10% new (unlocked, not yet drilled). */
export function seedRungs(file: string, now: Date): number {
  const db = new Database(file);
  const rand = rng(7);
  const nowMs = now.getTime();
  const insert = db.prepare(`INSERT INTO Card (id, kind, topic, lessonOrder, position, file, line, contentHash, retired, suspended,
    buriedUntil, leech, version, due, stability, difficulty, elapsedDays, scheduledDays, learningSteps, reps, lapses, state, lastReview, createdAt, updatedAt)
    VALUES (?, 'rung', ?, ?, ?, ?, ?, 'h', 0, 0, NULL, 0, 0, ?, ?, ?, 0, 10, 0, ?, ?, ?, ?, ?, ?)`);
  let n = 0;
  db.transaction(() => {
    for (let i = 0; i < LADDERS; i++) {
      for (let k = 0; k < STEPS_PER_LADDER; k++) {
        const r = rand();
        const fresh = r < 0.1;
        const due = fresh ? nowMs - 1000 : r < 0.13 ? nowMs - Math.floor(rand() * 5 * DAY) : nowMs + Math.floor(rand() * 365 * DAY);
        insert.run(stepCardId(`bench-ladder-${i}`, k), `lesson-${i % 20}`, (i % 20) + 1, i * 100 + k, `lesson-${i % 20}/ladders.md`, i, due,
          fresh ? 0 : 1 + rand() * 50, fresh ? 0 : 1 + rand() * 9, fresh ? 0 : 3, fresh ? 0 : Math.floor(rand() * 2), fresh ? 0 : 2, fresh ? null : nowMs - DAY, nowMs - 100 * DAY, nowMs);
        n++;
      }
    }
  })();
  db.exec("ANALYZE");
  db.close();
  return n;
}

const pct = (xs: number[], p: number) => xs[Math.min(xs.length - 1, Math.floor((p / 100) * xs.length))];

async function timed(iter: number, warmup: number, fn: (i: number) => unknown): Promise<number[]> {
  for (let i = 0; i < warmup; i++) await fn(i);
  const out: number[] = [];
  for (let i = 0; i < iter; i++) {
    const t = performance.now();
    await fn(warmup + i);
    out.push(performance.now() - t);
  }
  return out.sort((a, b) => a - b);
}

/** The rung-queue section of the bench, on a seeded 100k-card database file. */
export async function benchRungQueue(file: string, now: Date, iter: number): Promise<void> {
  const t0 = performance.now();
  const rungs = seedRungs(file, now);
  console.log(`\nrung queue: seeded ${rungs.toLocaleString("en")} ladder steps (kind = "rung") beside the cards in ${((performance.now() - t0) / 1000).toFixed(1)} s`);
  const app = createSqlite(`file:${file}`);
  const raw = new Database(file);
  const corpus = benchCorpus();
  const p = { now: now.getTime() };
  const rawCount = raw.prepare(DUE_COUNT_SQL);
  const rawDue = raw.prepare(DUE_LADDERS_SQL);
  const lines: [string, number[], number[], number][] = [];
  lines.push(["due step count", await timed(iter, 50, () => dueStepCount(app, now)), await timed(iter, 50, () => rawCount.get(p)), 5]);
  lines.push(["due ladders", await timed(iter, 20, () => dueLadders(app, corpus, now, 6)), await timed(iter, 20, () => rawDue.all({ ...p, limit: 26 })), 20]);
  lines.push(["next card", await timed(iter, 50, () => nextCard(app, now, DEFAULT_SETTINGS)), [], 5]);

  // A drill step's grade: each iteration shows the next step of a long drill and grades it.
  const session = await startSession(app, corpus, { id: randomUUID(), kind: "drill", mode: "practice", scope: "lesson:lesson-3" }, now, DEFAULT_DRILL_SETTINGS);
  const entries = session.ladders;
  let step = session.steps[0];
  const grades: number[] = [];
  for (let i = 0; i < Math.min(iter, entries.length * STEPS_PER_LADDER - 1); i++) {
    const t = performance.now();
    const res = await gradeStep(app, corpus, { id: randomUUID(), stepId: step.id, rating: 3, ticked: [0], version: step.version }, now, DEFAULT_SETTINGS, DEFAULT_DRILL_SETTINGS);
    grades.push(performance.now() - t);
    if (!res.next) break;
    step = res.next;
  }
  grades.sort((a, b) => a - b);
  const showTimes = await timed(Math.min(iter, 200), 0, (i) => showStep(app, corpus, session.id, entries[i % entries.length].ladderId, 0, now, DEFAULT_DRILL_SETTINGS));

  console.log(`operation        app p50   app p95   raw p50   raw p95   target p95 (${rungs.toLocaleString("en")} rungs + the cards)`);
  const line = (name: string, a: number[], r: number[], target: number) => {
    const cols = [pct(a, 50), pct(a, 95), r.length ? pct(r, 50) : NaN, r.length ? pct(r, 95) : NaN].map((x) => (Number.isNaN(x) ? "-" : x.toFixed(3)).padStart(8));
    console.log(`${name.padEnd(15)}${cols.join("  ")}   <= ${target} ms ${pct(a, 95) <= target ? "ok" : "MISSED"}`);
  };
  for (const [name, a, r, target] of lines) line(name, a, r, target);
  line("step grade (tx)", grades, [], 5);
  line("show step", showTimes, [], 5);
  console.log("\nplan of the due-ladders statement:");
  for (const q of raw.prepare(`EXPLAIN QUERY PLAN ${DUE_LADDERS_SQL}`).all({ ...p, limit: 26 }) as { detail: string }[]) console.log(`  ${q.detail}`);
  app.close();
  raw.close();
}
