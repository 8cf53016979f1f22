import { randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";
import { gradeCard } from "../srs/grade";
import { DEFAULT_SETTINGS, type ReviewSettings } from "../srs/settings-schema";
import { days, reviewFixtures, THREE_LESSONS } from "../srs/test-fixtures";
import { undoGrade } from "../srs/undo";
import { loadStats } from "./stats";

process.env.TZ = "Europe/Berlin";
const NOW = new Date("2025-03-10T10:00:00+01:00");
const S: ReviewSettings = { ...DEFAULT_SETTINGS, fuzz: false };

const setup = reviewFixtures("stats-page", THREE_LESSONS, NOW);
type Handles = Awaited<ReturnType<typeof setup>>;

async function grade({ db, sqlite }: Handles, cardId: string, rating: 1 | 2 | 3 | 4, at: Date) {
  const { version } = await db.card.findUniqueOrThrow({ where: { id: cardId }, select: { version: true } });
  const id = randomUUID();
  await gradeCard(sqlite, { id, cardId, rating, version, durationMs: 60_000 }, at, S);
  return id;
}
/** Puts a card in Review with the given interval, last reviewed `interval` days before `due`. */
const inReview = (h: Handles, id: string, due: Date, interval: number) =>
  h.db.card.update({ where: { id }, data: { state: 2, due, stability: interval, difficulty: 5, reps: 3, scheduledDays: interval, lastReview: days(due, -interval) } });

describe("/stats on a real database", () => {
  it("a fresh collection: no history, every item new, no retention figure", async () => {
    const h = await setup();
    const v = await loadStats(h.sqlite, NOW, S);
    expect(v.hasHistory).toBe(false);
    expect(v.states).toMatchObject({ new: 6, learning: 0, review: 0, total: 6 });
    expect(v.retention.map((r) => r.retention.all)).toEqual([null, null, null]);
    expect(v.forecast).toHaveLength(30);
    expect(v.forecast.every((f) => f.count === 0)).toBe(true);
    expect(v.streaks).toEqual({ current: 0, longest: 0 });
    expect(v.lessons.find((l) => l.lesson === "a")).toMatchObject({ meanRetrievability: null, new: 3, total: 3 });
  });

  it("true retention counts review-state recalls only, young and mature apart, and forgets undone grades", async () => {
    const h = await setup();
    await inReview(h, "a1", days(NOW, -1), 5); // young
    await inReview(h, "a2", days(NOW, -1), 30); // mature
    await inReview(h, "a3", days(NOW, -1), 40); // mature
    await grade(h, "a1", 3, NOW); // young pass
    await grade(h, "a2", 1, NOW); // mature fail
    const undone = await grade(h, "a3", 1, NOW); // mature fail, then undone
    await undoGrade(h.sqlite, { gradeId: undone }, NOW);
    await grade(h, "b1", 3, NOW); // a new card: not a recall
    const v = await loadStats(h.sqlite, NOW, S);
    const week = v.retention[0].retention;
    expect(week.counts).toEqual({ all: 2, young: 1, mature: 1 });
    expect(week).toMatchObject({ all: 0.5, young: 1, mature: 0 });
    // a3's undone grade can be graded again and then counts once
    const { version } = await h.db.card.findUniqueOrThrow({ where: { id: "a3" }, select: { version: true } });
    await gradeCard(h.sqlite, { id: randomUUID(), cardId: "a3", rating: 4, version, durationMs: 1 }, NOW, S);
    const v2 = await loadStats(h.sqlite, NOW, S);
    expect(v2.retention[0].retention).toMatchObject({ all: 2 / 3, mature: 0.5, counts: { all: 3, young: 1, mature: 2 } });
  });

  it("heatmap, streak, time per day and the forecast follow the grades", async () => {
    const h = await setup();
    await grade(h, "a1", 3, days(NOW, -2));
    await grade(h, "a2", 3, days(NOW, -1));
    await grade(h, "b1", 3, NOW);
    await grade(h, "b2", 3, NOW);
    const v = await loadStats(h.sqlite, NOW, S);
    expect(v.today).toBe("2025-03-10");
    expect(v.streaks).toEqual({ current: 3, longest: 3 });
    expect(v.heatmap.at(-1)).toMatchObject({ day: "2025-03-10", reviews: 2, level: 4 });
    expect(v.heatmap.at(-2)).toMatchObject({ day: "2025-03-09", reviews: 1, level: 2 });
    expect(v.yearReviews).toBe(4);
    expect(v.yearDays).toBe(3);
    expect(v.time.at(-1)).toEqual({ day: "2025-03-10", minutes: 2, reviews: 2 });
    // Every graded card is now learning or review and due within the month: all in the forecast.
    expect(v.forecast.reduce((a, f) => a + f.count, 0)).toBe(4);
    expect(v.states).toMatchObject({ new: 2, total: 6 });
    expect(v.hasHistory).toBe(true);
  });

  it("mastery is the mean current retrievability of a lesson's studied items", async () => {
    const h = await setup();
    // Stability S days, reviewed S days ago: by definition R = 0.9 (FSRS's forgetting curve at t = S).
    await inReview(h, "b1", NOW, 10);
    await inReview(h, "b2", days(NOW, 0), 20);
    const v = await loadStats(h.sqlite, NOW, S);
    const b = v.lessons.find((l) => l.lesson === "b");
    expect(b?.meanRetrievability).toBeCloseTo(0.9, 6);
    expect(b).toMatchObject({ review: 2, new: 0, total: 2 });
    // Just reviewed: R = 1.
    await h.db.card.update({ where: { id: "b1" }, data: { lastReview: NOW } });
    await h.db.card.update({ where: { id: "b2" }, data: { lastReview: NOW } });
    const v2 = await loadStats(h.sqlite, NOW, S);
    expect(v2.lessons.find((l) => l.lesson === "b")?.meanRetrievability).toBeCloseTo(1, 6);
  });

  it("items by state: suspended counted apart, retired left out, learning and relearning per lesson", async () => {
    const h = await setup();
    await grade(h, "a1", 1, NOW); // new → learning
    await inReview(h, "a2", NOW, 10);
    await grade(h, "a2", 1, NOW); // review → relearning
    await h.db.card.update({ where: { id: "a3" }, data: { suspended: true } });
    await h.db.card.update({ where: { id: "b1" }, data: { retired: true } });
    const v = await loadStats(h.sqlite, NOW, S);
    expect(v.states).toEqual({ new: 2, learning: 1, review: 0, relearning: 1, suspended: 1, total: 5 });
    expect(v.lessons.find((l) => l.lesson === "a")).toMatchObject({ new: 0, learning: 2, review: 0, total: 2 });
    expect(v.lessons.find((l) => l.lesson === "b")).toMatchObject({ new: 1, learning: 0, review: 0, total: 1, meanRetrievability: null });
    expect(v.lessons.find((l) => l.lesson === "a")?.meanRetrievability).toBeGreaterThan(0.9);
  });
});
