import { randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";
import { gradeCard } from "./grade";
import { DEFAULT_SETTINGS, type ReviewSettings } from "./settings-schema";
import { dashboard } from "./stats";
import { days, minutes, reviewFixtures, THREE_LESSONS } from "./test-fixtures";
import { undoGrade } from "./undo";

process.env.TZ = "Europe/Berlin";
const NOW = new Date("2025-03-10T10:00:00+01:00");
const S: ReviewSettings = { ...DEFAULT_SETTINGS, fuzz: false };

const setup = reviewFixtures("stats", THREE_LESSONS, NOW);
// Prisma (`db`) sets up the rows; the code under test runs on the direct connection.
type Handles = Awaited<ReturnType<typeof setup>>;
type Db = Handles["db"];
const place = (db: Db, id: string, state: number, due: Date) => db.card.update({ where: { id }, data: { state, due, stability: 5, difficulty: 5, reps: 3, lastReview: days(due, -5) } });
async function grade({ db, sqlite }: Handles, cardId: string, rating: 1 | 2 | 3 | 4, now: Date, s = S) {
  const { version } = await db.card.findUniqueOrThrow({ where: { id: cardId }, select: { version: true } });
  const id = randomUUID();
  await gradeCard(sqlite, { id, cardId, rating, version, durationMs: 30_000 }, now, s);
  return id;
}

describe("the dashboard", () => {
  it("on a fresh collection: nothing due, the day's new cards available, a week of zeros", async () => {
    const h = await setup();
    const { sqlite } = h;
    const d = await dashboard(sqlite, NOW, S);
    expect(d).toMatchObject({ dueNow: 0, newAvailable: 6, newLimitLeft: 20, doneToday: 0, streak: 0, nextDueAt: null });
    expect(d.forecast.map((f) => f.count)).toEqual([0, 0, 0, 0, 0, 0, 0]);
    expect(d.forecast[0]).toMatchObject({ day: "2025-03-10", start: "2025-03-10T03:00:00.000Z" });
  });

  it("counts learning due now plus reviews due today under the cap, and forecasts by study day", async () => {
    const h = await setup();
    const { db, sqlite } = h;
    await place(db, "a1", 1, minutes(NOW, -3)); // learning, due
    await place(db, "a2", 2, days(NOW, -2)); // overdue review
    await place(db, "a3", 2, minutes(NOW, 17 * 60 + 30)); // 03:30 Tuesday: still today's study day
    await place(db, "b1", 2, minutes(NOW, 18 * 60 + 30)); // 04:30 Tuesday: tomorrow
    await place(db, "b2", 2, days(NOW, 6)); // day 6
    const d = await dashboard(sqlite, NOW, { ...S, reviewsPerDay: 1 });
    expect(d).toMatchObject({ learningDue: 1, reviewDue: 2, reviewCapLeft: 1, dueNow: 2, newAvailable: 1 });
    expect(d.forecast.map((f) => f.count)).toEqual([3, 1, 0, 0, 0, 0, 1]);
  });

  it("reviews done today, time, and the new-card allowance follow grades and undo", async () => {
    const h = await setup();
    const { sqlite } = h;
    const s = { ...S, newPerDay: 3 };
    const ids = [await grade(h, "a1", 3, NOW, s), await grade(h, "a2", 4, NOW, s)];
    let d = await dashboard(sqlite, NOW, s);
    expect(d).toMatchObject({ doneToday: 2, timeTodayMs: 60_000, newLimitLeft: 1, newAvailable: 1, streak: 1 });
    await undoGrade(sqlite, { gradeId: ids[1] }, NOW);
    d = await dashboard(sqlite, NOW, s);
    expect(d).toMatchObject({ doneToday: 1, newLimitLeft: 2, newAvailable: 2 });
    await undoGrade(sqlite, { gradeId: ids[0] }, NOW);
    expect(await dashboard(sqlite, NOW, s)).toMatchObject({ doneToday: 0, streak: 0 }); // a day whose reviews were all undone is no study day
  });

  it("says when the next card is due when nothing is left", async () => {
    const h = await setup();
    const { db, sqlite } = h;
    await db.card.updateMany({ where: { state: 0 }, data: { suspended: true } });
    await db.card.update({ where: { id: "b1" }, data: { suspended: false, state: 3, due: minutes(NOW, 180), stability: 3, difficulty: 5, reps: 2 } }); // relearning, in 3 h
    const d = await dashboard(sqlite, NOW, S);
    expect(d.dueNow + d.newAvailable).toBe(0);
    expect(d.nextDueAt).toBe(minutes(NOW, 180).toISOString());
  });

  it("the streak counts consecutive study days, including the 4 am rule", async () => {
    const h = await setup();
    const { sqlite } = h;
    await grade(h, "a1", 4, new Date("2025-03-08T12:00:00+01:00"));
    await grade(h, "a2", 4, new Date("2025-03-10T02:00:00+01:00")); // counts for Sunday the 9th
    expect((await dashboard(sqlite, NOW, S)).streak).toBe(2); // today not yet studied: Sat + Sun
    await grade(h, "a3", 4, NOW);
    expect((await dashboard(sqlite, NOW, S)).streak).toBe(3);
    expect((await dashboard(sqlite, days(NOW, 2), S)).streak).toBe(0);
  });
});
