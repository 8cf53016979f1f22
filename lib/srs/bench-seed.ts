import Database from "better-sqlite3";
import { randomUUID } from "node:crypto";
import { studyDayOffset } from "./day";

/**
 * Seeds a bench database straight through better-sqlite3: one transaction, prepared statements.
 * 100,000 cards (20% new, 2% learning/relearning, the rest in review with dues spread over a
 * year, 1% overdue, 1% suspended) and 1,000,000 review logs spread over three years.
 */
export const CARDS = 100_000;
export const LOGS = 1_000_000;
const DAY = 86_400_000;

// A small seeded generator (mulberry32) so every bench run sees the same collection.
function rng(seed: number) {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export function seed(file: string, now: Date, dayStartHour: number): { ms: number; reviewIds: string[] } {
  const t0 = performance.now();
  const sqlite = new Database(file);
  const rand = rng(42);
  const nowMs = now.getTime();
  const insertCard = sqlite.prepare(`INSERT INTO Card (id, kind, topic, lessonOrder, position, file, line, contentHash, retired, suspended,
    buriedUntil, leech, version, due, stability, difficulty, elapsedDays, scheduledDays, learningSteps, reps, lapses, state, lastReview, createdAt, updatedAt)
    VALUES (?, 'card', ?, ?, ?, ?, ?, 'h', 0, ?, NULL, 0, 0, ?, ?, ?, 0, ?, ?, ?, ?, ?, ?, ?, ?)`);
  const insertLog = sqlite.prepare(`INSERT INTO ReviewLog (id, cardId, rating, state, due, stability, difficulty, elapsedDays, lastElapsedDays,
    scheduledDays, learningSteps, review, durationMs, prevDue, nextDue, nextState, cardVersion, studyDay, undoneAt)
    VALUES (?, ?, ?, 2, ?, 10, 5, 3, 3, 10, 0, ?, 8000, ?, ?, 2, 1, ?, NULL)`);
  const insertDay = sqlite.prepare(`INSERT INTO StudyDay (day, reviews, newCards, reviewed, durationMs) VALUES (?, ?, ?, ?, ?)`);
  const reviewIds: string[] = [];
  const ids: string[] = [];
  sqlite.transaction(() => {
    for (let i = 0; i < CARDS; i++) {
      const id = `bench-card-${i}`;
      ids.push(id);
      const r = rand();
      let state = 2;
      let due = nowMs + Math.floor(rand() * 365 * DAY);
      if (i % 5 === 0) state = 0; // new
      else if (i % 50 === 1) {
        state = rand() < 0.5 ? 1 : 3; // learning / relearning, due around now
        due = nowMs + Math.floor((rand() - 0.3) * 3_600_000);
      } else if (r < 0.01) due = nowMs - Math.floor(rand() * 5 * DAY); // overdue review
      if (state === 2 && i % 100 !== 7) reviewIds.push(id); // the bench grades these: never a suspended one (refused with 409)
      const reviewed = state !== 0;
      insertCard.run(id, `lesson-${i % 20}`, (i % 20) + 1, i, `lesson-${i % 20}/cards.md`, i, i % 100 === 7 ? 1 : 0, due,
        reviewed ? 1 + rand() * 100 : 0, reviewed ? 1 + rand() * 9 : 0, reviewed ? 10 : 0, reviewed ? 1 : 0, reviewed ? 5 : 0,
        reviewed ? Math.floor(rand() * 3) : 0, state, reviewed ? Math.min(due - 10 * DAY, nowMs - DAY) : null, nowMs - 1000 * DAY, nowMs);
    }
    for (let i = 0; i < LOGS; i++) {
      const review = nowMs - Math.floor(rand() * 1095 * DAY);
      const card = ids[(i * 7919) % CARDS];
      insertLog.run(randomUUID(), card, 1 + Math.floor(rand() * 4), review - 10 * DAY, review, review - 10 * DAY, review + 10 * DAY, "");
    }
    // Three years of study days (one missed day a month) so the streak walk has history to read.
    for (let d = -1095; d < 0; d++) {
      if (d % 30 === 0 && d < -40) continue;
      insertDay.run(studyDayOffset(now, dayStartHour, d).key, 900, 20, 800, 900 * 8000);
    }
  })();
  sqlite.exec("ANALYZE");
  sqlite.close();
  return { ms: performance.now() - t0, reviewIds };
}
