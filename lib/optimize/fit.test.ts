import { randomUUID } from "node:crypto";
import { default_w } from "ts-fsrs";
import { describe, expect, it } from "vitest";
import { scratchDb } from "../srs/scratch-db";
import { schedulerFor } from "../srs/settings";
import { DEFAULT_SETTINGS } from "../srs/settings-schema";
import { fit, fsrsItems, MIN_REVIEWS, resetParams, type LogRow } from "./fit";
import { optimizeStatus, settled, startOptimize } from "./job";
import { paramsInUse } from "./params";
import { syntheticLogs } from "./synthetic";

const NOW = new Date("2026-12-06T10:00:00Z");

function insertLogs(file: ReturnType<typeof scratchDb>, rows: LogRow[], undone = new Set<number>()) {
  const sq = file.sqlite;
  const cards = new Set(rows.map((r) => r.cardId));
  const card = sq.conn.prepare(`INSERT INTO Card (id, kind, topic, lessonOrder, position, file, line, contentHash, due, stability, difficulty,
    elapsedDays, scheduledDays, learningSteps, reps, lapses, state, createdAt, updatedAt) VALUES (?, 'card', 't', 1, 0, 'f', 1, 'h', 0, 1, 5, 0, 0, 0, 1, 0, 2, 0, 0)`);
  const log = sq.conn.prepare(`INSERT INTO ReviewLog (id, cardId, rating, state, due, stability, difficulty, elapsedDays, lastElapsedDays, scheduledDays,
    learningSteps, review, durationMs, prevDue, nextDue, nextState, cardVersion, studyDay, undoneAt) VALUES (?, ?, ?, 2, 0, 1, 5, 0, 0, 1, 0, ?, 1000, 0, 0, 2, 1, ?, ?)`);
  sq.conn.transaction(() => {
    for (const c of cards) card.run(c);
    rows.forEach((r, i) => log.run(randomUUID(), r.cardId, r.rating, r.review, r.studyDay, undone.has(i) ? NOW.getTime() : null));
  })();
}

describe("FSRS Optimize", () => {
  it("turns a card's log into one item per grade after its first, delta_t in study days", () => {
    const items = fsrsItems([
      { cardId: "a", rating: 3, review: 0, studyDay: "2026-01-01" },
      { cardId: "a", rating: 3, review: 1, studyDay: "2026-01-04" },
      { cardId: "a", rating: 1, review: 2, studyDay: "2026-01-14" },
      { cardId: "b", rating: 4, review: 0, studyDay: "" },
      { cardId: "b", rating: 3, review: 2 * 86_400_000 + 5, studyDay: "" },
    ]);
    expect(items.map((i) => i.reviews.map((r) => [r.rating, r.deltaT]))).toEqual([
      [[3, 0], [3, 3]],
      [[3, 0], [3, 3], [1, 10]],
      [[4, 0], [3, 2]],
    ]);
  });

  it("leaves out histories that never left their first day (fsrs-rs would abort the process on them)", async () => {
    const sameDay: LogRow[] = [];
    for (let c = 0; c < 300; c++) for (const [i, rating] of [3, 1, 3].entries()) sameDay.push({ cardId: `d${c}`, rating, review: i * 60_000, studyDay: "2026-01-01" });
    expect(fsrsItems(sameDay)).toHaveLength(0);
    const mixed = [...sameDay, ...syntheticLogs(600, 5)];
    const out = await fit(mixed, default_w);
    expect(out.kind).toBe("fitted");
  });

  it("says how many more reviews it needs when there are too few", async () => {
    const out = await fit(syntheticLogs(MIN_REVIEWS - 25), default_w);
    expect(out).toEqual({ kind: "too-few", reviewCount: MIN_REVIEWS - 25, needed: 25 });
  });

  it("fits a learner whose memory is not the default one better than the defaults, on the same logs", async () => {
    const out = await fit(syntheticLogs(6000, 7), default_w);
    if (out.kind !== "fitted") throw new Error("expected a fit");
    expect(out.fitted.weights).toHaveLength(21);
    expect(out.fitted.logLoss).toBeLessThan(out.current.logLoss);
    expect(out.keep).toBe(true);
    // Fitting from the fitted parameters cannot improve on them by much: kept only if strictly better.
    const again = await fit(syntheticLogs(6000, 7), out.fitted.weights);
    if (again.kind !== "fitted") throw new Error("expected a fit");
    expect(again.keep).toBe(again.fitted.logLoss < again.current.logLoss);
  });

  it("runs as a job on the real database: undone grades left out, the better fit stored and used by the scheduler, reset to defaults", async () => {
    const f = scratchDb("optimize");
    try {
      const rows = syntheticLogs(3000, 3);
      insertLogs(f, rows, new Set([5, 6, 7]));
      expect(paramsInUse(f.sqlite).fitted).toBeNull();
      expect(startOptimize(f.sqlite, () => NOW).state).toBe("running");
      const done = await settled();
      expect(done.state).toBe("done");
      if (done.state !== "done" || done.outcome.kind !== "fitted") throw new Error(JSON.stringify(done));
      expect(done.outcome.reviewCount).toBe(3000 - 3);
      expect(done.kept).toBe(true);
      const inUse = paramsInUse(f.sqlite);
      expect(inUse.fitted).toMatchObject({ reviewCount: 2997, fittedAt: NOW.toISOString() });
      expect(inUse.weights).toEqual(done.outcome.fitted.weights);
      expect(optimizeStatus().state).toBe("done");
      // The scheduler built with them schedules differently from the default one.
      const now = new Date("2026-01-01T00:00:00Z");
      const empty = { due: now, stability: 0, difficulty: 0, elapsed_days: 0, scheduled_days: 0, learning_steps: 0, reps: 0, lapses: 0, state: 0, last_review: undefined };
      const goodDefault = schedulerFor({ ...DEFAULT_SETTINGS, fuzz: false }).next(empty, now, 3).card.stability;
      const goodFitted = schedulerFor({ ...DEFAULT_SETTINGS, fuzz: false, weights: inUse.weights }).next(empty, now, 3).card.stability;
      expect(goodFitted).not.toBeCloseTo(goodDefault, 3);
      resetParams(f.sqlite);
      expect(paramsInUse(f.sqlite)).toEqual({ weights: [...default_w], fitted: null });
    } finally {
      await f.close();
    }
  });
});
