import { randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";
import { scheduleSelect } from "./card-state";
import { STALE_CARD } from "./errors";
import { gradeCard } from "./grade";
import { DEFAULT_SETTINGS, type ReviewSettings } from "./settings-schema";
import { days, minutes, reviewFixtures, THREE_LESSONS } from "./test-fixtures";
import { formatInterval } from "./intervals";
import { undoGrade } from "./undo";
import { queueView } from "./view";

process.env.TZ = "Europe/Berlin";
const NOW = new Date("2025-03-10T10:00:00+01:00");
const S: ReviewSettings = { ...DEFAULT_SETTINGS }; // fuzz on, as in the app

const setup = reviewFixtures("grade", THREE_LESSONS, NOW);
// Prisma (`db`) sets up and inspects the rows; the code under test runs on the direct connection.
type Handles = Awaited<ReturnType<typeof setup>>;
type Db = Handles["db"];

const snapshot = (db: Db, id: string) => db.card.findUniqueOrThrow({ where: { id }, select: { ...scheduleSelect, leech: true, version: true } });
// Every ts-fsrs Card field plus the leech flag; `version` is meant to move on every write.
const fsrsFields = (db: Db, id: string) => db.card.findUniqueOrThrow({ where: { id }, select: { ...scheduleSelect, leech: true } });
async function grade({ db, sqlite }: Handles, cardId: string, rating: 1 | 2 | 3 | 4, now: Date, id = randomUUID()) {
  const { version } = await snapshot(db, cardId);
  return { id, result: await gradeCard(sqlite, { id, cardId, rating, version, durationMs: 4000 }, now, S) };
}

describe("grade -> undo gives back the exact previous card (ts-fsrs rollback)", () => {
  it("in every state, for every rating, every FSRS field is restored", async () => {
    const h = await setup();
    const { db, sqlite } = h;
    // Walk one card through New -> Learning -> Review -> Relearning, trying all four grades (and
    // their undo) at each stop before moving on with the grade in `path`.
    const path: [1 | 2 | 3 | 4, Date][] = [
      [3, NOW], // New -> Learning
      [3, minutes(NOW, 11)], // Learning -> Review (graduates)
      [1, days(NOW, 5)], // Review -> Relearning (a lapse)
      [3, days(NOW, 5.01)], // Relearning -> Review
      [2, days(NOW, 12)], // late review, Hard
    ];
    const seen = new Set<number>();
    for (const [move, at] of path) {
      const before = await fsrsFields(db, "a1");
      seen.add(before.state);
      for (const rating of [1, 2, 3, 4] as const) {
        const { id } = await grade(h, "a1", rating, at);
        expect(await fsrsFields(db, "a1")).not.toEqual(before);
        await undoGrade(sqlite, { gradeId: id }, at);
        expect(await fsrsFields(db, "a1")).toEqual(before);
      }
      await grade(h, "a1", move, at);
    }
    expect([...seen].sort()).toEqual([0, 1, 2, 3]);
    // The log keeps every grade, undone ones marked.
    expect(await db.reviewLog.count({ where: { cardId: "a1" } })).toBe(25);
    expect(await db.reviewLog.count({ where: { cardId: "a1", undoneAt: null } })).toBe(5);
  });

  it("undo is repeatable back through the session, and today's counts follow", async () => {
    const h = await setup();
    const { db, sqlite } = h;
    const before = await Promise.all(["a1", "a2", "a3"].map((id) => fsrsFields(db, id)));
    const ids = [];
    for (const c of ["a1", "a2", "a3"]) ids.push((await grade(h, c, 3, NOW)).id);
    expect(await db.studyDay.findUnique({ where: { day: "2025-03-10" } })).toMatchObject({ reviews: 3, newCards: 3, durationMs: 12000 });
    for (const id of ids.reverse()) await undoGrade(sqlite, { gradeId: id }, NOW);
    expect(await Promise.all(["a1", "a2", "a3"].map((id) => fsrsFields(db, id)))).toEqual(before);
    expect(await db.studyDay.findUnique({ where: { day: "2025-03-10" } })).toMatchObject({ reviews: 0, newCards: 0, durationMs: 0 });
  });

  it("refuses to undo a grade that is not the card's latest change, or twice", async () => {
    const h = await setup();
    const { sqlite } = h;
    const first = await grade(h, "a1", 3, NOW);
    await grade(h, "a1", 3, minutes(NOW, 11));
    await expect(undoGrade(sqlite, { gradeId: first.id }, NOW)).rejects.toMatchObject({ status: 409 });
    const other = await grade(h, "a2", 3, NOW);
    await undoGrade(sqlite, { gradeId: other.id }, NOW);
    await expect(undoGrade(sqlite, { gradeId: other.id }, NOW)).rejects.toMatchObject({ status: 409, message: "That grade was already undone." });
    await expect(undoGrade(sqlite, { gradeId: randomUUID() }, NOW)).rejects.toMatchObject({ status: 404 });
  });
});

describe("undo steps back through several grades of one card", () => {
  it("grade A, grade B, undo B, undo A restores the card as it was before A", async () => {
    const h = await setup();
    const { db, sqlite } = h;
    const before = await fsrsFields(db, "a1");
    const a = await grade(h, "a1", 3, NOW);
    const afterA = await fsrsFields(db, "a1");
    const b = await grade(h, "a1", 1, minutes(NOW, 2));
    await undoGrade(sqlite, { gradeId: b.id }, minutes(NOW, 3));
    expect(await fsrsFields(db, "a1")).toEqual(afterA);
    await undoGrade(sqlite, { gradeId: a.id }, minutes(NOW, 3));
    expect(await fsrsFields(db, "a1")).toEqual(before);
    expect(await db.studyDay.findUnique({ where: { day: "2025-03-10" } })).toMatchObject({ reviews: 0, newCards: 0 });
    // Three grades deep, and the card is gradable again at its current version afterwards.
    const ids = [];
    for (const [r, m] of [[3, 4], [3, 15], [4, 40]] as const) ids.push((await grade(h, "a1", r, minutes(NOW, m))).id);
    for (const id of ids.reverse()) await undoGrade(sqlite, { gradeId: id }, minutes(NOW, 41));
    expect(await fsrsFields(db, "a1")).toEqual(before);
    await grade(h, "a1", 3, minutes(NOW, 42));
  });

  it("versions only grow: a tab that showed the card before the undo is still refused", async () => {
    const h = await setup();
    const { db, sqlite } = h;
    await grade(h, "a1", 3, NOW);
    const shownAfterA = (await snapshot(db, "a1")).version;
    const b = await grade(h, "a1", 3, minutes(NOW, 11));
    const shownAfterB = (await snapshot(db, "a1")).version;
    await undoGrade(sqlite, { gradeId: b.id }, minutes(NOW, 12));
    for (const version of [shownAfterA, shownAfterB])
      await expect(gradeCard(sqlite, { id: randomUUID(), cardId: "a1", rating: 3, version, durationMs: 1 }, minutes(NOW, 13), S)).rejects.toMatchObject({ status: 409 });
  });

  it("a change between the grades (a suspend) still stops the undo of the older grade", async () => {
    const h = await setup();
    const { db, sqlite } = h;
    const a = await grade(h, "a1", 3, NOW);
    const { version } = await snapshot(db, "a1");
    await db.card.update({ where: { id: "a1" }, data: { version: version + 1 } }); // what any other write does
    const b = await grade(h, "a1", 3, minutes(NOW, 11));
    await undoGrade(sqlite, { gradeId: b.id }, minutes(NOW, 12));
    await expect(undoGrade(sqlite, { gradeId: a.id }, minutes(NOW, 12))).rejects.toMatchObject({ status: 409 });
  });
});

describe("a card out of the schedule cannot be graded", () => {
  it.each([
    ["suspended", { suspended: true }, /suspended/],
    ["retired", { retired: true }, /removed from the content/],
  ] as const)("a %s card is refused with 409 and nothing is written", async (_name, data, message) => {
    const h = await setup();
    const { db, sqlite } = h;
    const shown = await snapshot(h.db, "a1"); // the screen showed it before another tab took it out
    await db.card.update({ where: { id: "a1" }, data: { ...data, version: shown.version + 1 } });
    const before = await snapshot(h.db, "a1");
    for (const version of [shown.version, before.version])
      await expect(gradeCard(sqlite, { id: randomUUID(), cardId: "a1", rating: 3, version, durationMs: 1 }, NOW, S)).rejects.toMatchObject({
        status: 409,
        message: expect.stringMatching(message),
      });
    expect(await snapshot(db, "a1")).toEqual(before);
    expect(await db.reviewLog.count()).toBe(0);
  });
});

describe("the interval on a grade button is the interval that grade schedules", () => {
  it("with fuzz on, for a review card graded seconds or minutes after it was shown", async () => {
    const h = await setup();
    // a1 becomes a review card with weeks of stability, so every pass grade is fuzzed (>= 3 days).
    await grade(h, "a1", 4, NOW);
    await grade(h, "a1", 3, days(NOW, 20));
    const { due } = await snapshot(h.db, "a1");
    const shownAt = days(due, 1);
    const view = await queueView(h.sqlite, h.tree.corpus(), shownAt, S);
    expect(view.card?.id).toBe("a1");
    const labels = view.card!.intervals;
    expect(Number.parseInt(labels["3"], 10)).toBeGreaterThanOrEqual(3);
    for (const thinking of [1_500, 90_000, 600_000]) {
      const at = new Date(shownAt.getTime() + thinking);
      for (const rating of [1, 2, 3, 4] as const) {
        const { id, result } = await grade(h, "a1", rating, at);
        expect([thinking, rating, formatInterval(Date.parse(result.due) - at.getTime())]).toEqual([thinking, rating, labels[rating]]);
        await undoGrade(h.sqlite, { gradeId: id }, at);
      }
    }
  });

  it("siblings graded alike still spread apart (fuzz is seeded per card, not shared)", async () => {
    const h = await setup();
    const ids = ["a1", "a2", "a3", "b1", "b2", "z1"];
    for (const id of ids) await grade(h, id, 4, NOW);
    const later = days(NOW, 30);
    const intervals = new Set<string>();
    for (const id of ids) {
      const { result } = await grade(h, id, 3, later);
      intervals.add(result.due);
    }
    expect(intervals.size).toBeGreaterThan(1);
  });
});

describe("a grade is recorded once", () => {
  it("submitting the same grade id twice records it once and returns the same result", async () => {
    const h = await setup();
    const { db, sqlite } = h;
    const { version } = await snapshot(db, "a1");
    const input = { id: randomUUID(), cardId: "a1", rating: 3, version, durationMs: 3000 };
    const first = await gradeCard(sqlite, input, NOW, S);
    const again = await gradeCard(sqlite, input, minutes(NOW, 1), S); // a retry a minute later
    expect(again).toEqual(first);
    expect(await db.reviewLog.count()).toBe(1);
    expect((await snapshot(db, "a1")).version).toBe(version + 1);
    expect((await db.studyDay.findUniqueOrThrow({ where: { day: "2025-03-10" } })).reviews).toBe(1);
  });

  it("a grade for a card that changed since it was shown (another tab) is refused, not applied twice", async () => {
    const h = await setup();
    const { db, sqlite } = h;
    const shown = await snapshot(db, "a1"); // both tabs show version 0
    await gradeCard(sqlite, { id: randomUUID(), cardId: "a1", rating: 3, version: shown.version, durationMs: 1 }, NOW, S);
    const after = await snapshot(db, "a1");
    await expect(gradeCard(sqlite, { id: randomUUID(), cardId: "a1", rating: 4, version: shown.version, durationMs: 1 }, NOW, S)).rejects.toMatchObject({
      status: 409,
      message: STALE_CARD,
    });
    expect(await snapshot(db, "a1")).toEqual(after);
    expect(await db.reviewLog.count()).toBe(1);
  });

  it("two submissions racing (same id from a retry, or two tabs) still record exactly one grade", async () => {
    const h = await setup();
    const { db, sqlite } = h;
    const input = { id: randomUUID(), cardId: "a1", rating: 3, version: 0, durationMs: 1 };
    const [x, y] = await Promise.all([gradeCard(sqlite, input, NOW, S), gradeCard(sqlite, input, NOW, S)]);
    expect(y).toEqual(x);
    const tabs = await Promise.allSettled([2, 4].map((rating) => gradeCard(sqlite, { id: randomUUID(), cardId: "a2", rating, version: 0, durationMs: 1 }, NOW, S)));
    expect(tabs.map((t) => t.status).sort()).toEqual(["fulfilled", "rejected"]);
    expect(tabs.find((t) => t.status === "rejected")).toMatchObject({ reason: { status: 409 } });
    expect(await db.reviewLog.count()).toBe(2);
    expect((await db.studyDay.findUniqueOrThrow({ where: { day: "2025-03-10" } })).reviews).toBe(2);
    expect((await snapshot(db, "a2")).version).toBe(1);
  });

  it("is one transaction: if the log row cannot be written, the card keeps its old state", async () => {
    const h = await setup();
    const { db } = h;
    const before = await snapshot(db, "a1");
    // Make the log insert fail after the card update has run inside the transaction.
    await db.$executeRawUnsafe(`CREATE TRIGGER refuse_easy BEFORE INSERT ON ReviewLog WHEN NEW.rating = 4 BEGIN SELECT RAISE(ABORT, 'refused'); END`);
    await expect(grade(h, "a1", 4, NOW)).rejects.toThrow(); // (Prisma reports the trigger as a constraint error)
    expect(await snapshot(db, "a1")).toEqual(before);
    expect(await db.studyDay.count()).toBe(0);
  });
});

describe("leeches", () => {
  it("a card forgotten for the 8th time is flagged; undoing that lapse clears the flag", async () => {
    const h = await setup();
    const { db, sqlite } = h;
    await db.card.update({ where: { id: "a1" }, data: { state: 2, due: NOW, stability: 3, difficulty: 8, reps: 20, lapses: 7, lastReview: days(NOW, -3), scheduledDays: 3 } });
    const { id } = await grade(h, "a1", 1, NOW);
    expect(await snapshot(db, "a1")).toMatchObject({ lapses: 8, leech: true, state: 3 });
    await undoGrade(sqlite, { gradeId: id }, NOW);
    expect(await snapshot(db, "a1")).toMatchObject({ lapses: 7, leech: false, state: 2 });
  });
});
