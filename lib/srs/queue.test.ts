import { randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";
import { buryCard, setSuspended } from "./card-actions";
import { gradeCard } from "./grade";
import { cardsAhead, nextCard, nextDueAt, queueCounts } from "./queue";
import { queueSettings } from "./view";
import { DEFAULT_SETTINGS, type ReviewSettings } from "./settings-schema";
import { card, days, items, lesson, minutes, reviewFixtures, THREE_LESSONS } from "./test-fixtures";

process.env.TZ = "Europe/Berlin";
const NOW = new Date("2025-03-10T10:00:00+01:00"); // a Monday morning; the study day ends Tue 04:00
const S: ReviewSettings = { ...DEFAULT_SETTINGS, fuzz: false };

const setup = reviewFixtures("queue", THREE_LESSONS, NOW);
// Prisma (`db`) sets up the rows; the code under test runs on the direct connection.
type Handles = Awaited<ReturnType<typeof setup>>;
type Db = Handles["db"];

/** The queue, head first, by taking each head out with bury (which does not touch the schedule). */
async function drain({ sqlite }: Handles, now = NOW, s = S, lesson?: string): Promise<string[]> {
  const order: string[] = [];
  for (let c = await nextCard(sqlite, now, s, lesson); c; c = await nextCard(sqlite, now, s, lesson)) {
    order.push(`${c.bucket}:${c.id}`);
    await buryCard(sqlite, { cardId: c.id, version: c.version }, now, s);
  }
  return order;
}
const grade = async ({ db, sqlite }: Handles, id: string, rating: 1 | 2 | 3 | 4, now = NOW, s = S) => {
  const { version } = await db.card.findUniqueOrThrow({ where: { id }, select: { version: true } });
  return gradeCard(sqlite, { id: randomUUID(), cardId: id, rating, version, durationMs: 1000 }, now, s);
};
const place = (db: Db, id: string, state: number, due: Date) => db.card.update({ where: { id }, data: { state, due, stability: 5, difficulty: 5, reps: 3, lastReview: days(due, -5) } });

describe("new cards are introduced lesson by lesson, in the order they are written", () => {
  it("lesson folder order (01, 02, 10), then file name, then position in the file", async () => {
    const h = await setup();
    expect(await drain(h)).toEqual(["new:a1", "new:a2", "new:a3", "new:b1", "new:b2", "new:z1"]);
  });
});

describe("queue order: learning first, then due reviews, then new cards", () => {
  it("orders learning/relearning by due time, then reviews due before the day ends, then new", async () => {
    const h = await setup();
    const { db } = h;
    await place(db, "z1", 2, days(NOW, -2)); // review, overdue
    await place(db, "b2", 2, minutes(NOW, 600)); // review, due tonight 20:00 (before 04:00): due today
    await place(db, "b1", 2, minutes(NOW, 19 * 60)); // review, due Tue 05:00: tomorrow's study day
    await place(db, "a3", 3, minutes(NOW, -1)); // relearning, due a minute ago
    await place(db, "a2", 1, minutes(NOW, -5)); // learning, due five minutes ago
    expect(await drain(h)).toEqual(["learning:a2", "learning:a3", "review:z1", "review:b2", "new:a1"]);
  });

  it("shows a learning card due within 20 minutes early only when nothing else is left", async () => {
    const h = await setup({ "01-a/lesson.md": lesson("a"), "01-a/cards.md": items("a", card("a1"), card("a2"), card("a3")) });
    const { db, sqlite } = h;
    await place(db, "a1", 1, minutes(NOW, 15));
    await place(db, "a2", 1, minutes(NOW, 25));
    expect((await nextCard(sqlite, NOW, S))?.id).toBe("a3"); // the new card comes first
    await grade(h, "a3", 4); // Easy: graduates to review, due in days
    expect(await nextCard(sqlite, NOW, S)).toMatchObject({ id: "a1", bucket: "learn-ahead" });
    await grade(h, "a1", 4);
    expect(await nextCard(sqlite, NOW, S)).toBeNull(); // a2 is 25 minutes away
    expect(await nextDueAt(sqlite, NOW, S)).toEqual(minutes(NOW, 25));
  });
});

describe("daily limits", () => {
  it("introduces at most the daily new-card limit, and more the next study day", async () => {
    const h = await setup();
    const { sqlite } = h;
    const s = { ...S, newPerDay: 2 };
    expect(await queueCounts(sqlite, NOW, s)).toEqual({ learning: 0, review: 0, new: 2 });
    await grade(h, "a1", 4, NOW, s);
    await grade(h, "a2", 4, NOW, s);
    expect(await nextCard(sqlite, NOW, s)).toBeNull();
    expect((await queueCounts(sqlite, NOW, s)).new).toBe(0);
    // Still Monday's study day at 03:59 Tuesday; Tuesday's starts at 04:00.
    expect(await nextCard(sqlite, new Date("2025-03-11T03:59:00+01:00"), s)).toBeNull();
    expect((await nextCard(sqlite, new Date("2025-03-11T04:00:00+01:00"), s))?.id).toBe("a3");
  });

  it("caps reviews per day; learning cards are not capped", async () => {
    const h = await setup();
    const { db, sqlite } = h;
    const s = { ...S, reviewsPerDay: 1, newPerDay: 0 };
    await place(db, "a1", 2, days(NOW, -1));
    await place(db, "a2", 2, days(NOW, -2));
    await place(db, "a3", 1, minutes(NOW, -1));
    expect(await queueCounts(sqlite, NOW, s)).toEqual({ learning: 1, review: 1, new: 0 });
    await grade(h, "a2", 3, NOW, s); // the review allowed today
    expect(await nextCard(sqlite, NOW, s)).toMatchObject({ id: "a3", bucket: "learning" });
    await grade(h, "a3", 4, NOW, s);
    expect(await nextCard(sqlite, NOW, s)).toBeNull(); // a1 waits for tomorrow's cap
  });
});

describe("cards that never appear", () => {
  it("suspended and retired cards are skipped; a buried card returns when the next study day starts", async () => {
    const h = await setup();
    const { db, sqlite } = h;
    await setSuspended(sqlite, { cardId: "a1", version: 0 }, true, NOW);
    await db.card.update({ where: { id: "a2" }, data: { retired: true } });
    const head = await nextCard(sqlite, NOW, S);
    expect(head?.id).toBe("a3");
    await buryCard(sqlite, { cardId: "a3", version: head!.version }, NOW, S);
    expect((await nextCard(sqlite, NOW, S))?.id).toBe("b1");
    expect((await nextCard(sqlite, new Date("2025-03-11T04:00:00+01:00"), S))?.id).toBe("a3");
  });
});

describe("study one lesson (Anki's study deck): only its cards, in the same order, under the same daily limits", () => {
  it("shows the lesson's due learning and review cards first, then its new cards; other lessons' cards never", async () => {
    const h = await setup();
    const { db, sqlite } = h;
    await place(db, "b1", 3, minutes(NOW, -10)); // relearning in lesson b: the head of the whole queue
    await place(db, "z1", 2, days(NOW, -3)); // review in lesson z, more overdue than a3
    await place(db, "a3", 2, days(NOW, -1));
    await place(db, "a2", 1, minutes(NOW, -5));
    expect((await nextCard(sqlite, NOW, S))?.id).toBe("b1");
    expect(await queueCounts(sqlite, NOW, S, "a")).toEqual({ learning: 1, review: 1, new: 1 });
    expect(await queueCounts(sqlite, NOW, S, "b")).toEqual({ learning: 1, review: 0, new: 1 });
    expect(await drain(h, NOW, S, "a")).toEqual(["learning:a2", "review:a3", "new:a1"]);
    // Lesson a is empty now; the rest of the queue is untouched.
    expect(await drain(h)).toEqual(["learning:b1", "review:z1", "new:b2"]);
  });

  it("the daily new-card limit and review cap stay global: a lesson session spends the same allowance", async () => {
    const h = await setup();
    const { db, sqlite } = h;
    const s = { ...S, newPerDay: 2, reviewsPerDay: 1 };
    await place(db, "z1", 2, days(NOW, -1));
    await place(db, "a3", 2, days(NOW, -1));
    await grade(h, "b1", 4, NOW, s); // a new card of lesson b, from a lesson-b session
    await grade(h, "z1", 3, NOW, s); // today's one review, in lesson z
    expect(await queueCounts(sqlite, NOW, s, "a")).toEqual({ learning: 0, review: 0, new: 1 }); // a3 waits for the cap
    expect(await nextCard(sqlite, NOW, s, "a")).toMatchObject({ id: "a1", bucket: "new" });
    await grade(h, "a1", 4, NOW, s);
    expect(await nextCard(sqlite, NOW, s, "a")).toBeNull();
    expect(await nextCard(sqlite, NOW, s)).toBeNull(); // the whole queue is capped too
    // Next study day: lesson a's review is back first, then its next new card.
    const tomorrow = new Date("2025-03-11T04:00:00+01:00");
    expect(await drain(h, tomorrow, s, "a")).toEqual(["review:a3", "new:a2"]);
  });

  it("when the lesson is done, 'next card in …' is that lesson's next due card, not another lesson's", async () => {
    const h = await setup();
    const { db, sqlite } = h;
    await db.card.updateMany({ where: { topic: { in: ["a", "b"] } }, data: { suspended: true } });
    await place(db, "z1", 2, days(NOW, 3));
    await db.card.update({ where: { id: "b1" }, data: { suspended: false, state: 2, due: days(NOW, 1), stability: 5, difficulty: 5, reps: 3 } });
    expect(await nextCard(sqlite, NOW, S, "z")).toBeNull();
    expect(await nextDueAt(sqlite, NOW, S, "z")).toEqual(days(NOW, 3));
    expect(await nextDueAt(sqlite, NOW, S)).toEqual(days(NOW, 1));
  });
});

describe("new card order setting", () => {
  it("interleaved takes the first new card of each lesson in turn, then the second, and so on", async () => {
    const h = await setup();
    expect(await drain(h, NOW, { ...S, newCardOrder: "interleaved" })).toEqual(["new:a1", "new:b1", "new:z1", "new:a2", "new:b2", "new:a3"]);
  });

  it("lesson by lesson stays the default; a lesson session is in content order either way", async () => {
    const h = await setup();
    expect(await drain(h, NOW, { ...S, newCardOrder: "interleaved" }, "a")).toEqual(["new:a1", "new:a2", "new:a3"]);
    expect(DEFAULT_SETTINGS.newCardOrder).toBe("lesson");
  });
});

describe("custom study: a lesson session beyond today's new-card limit", () => {
  it("serves the lesson's new cards past the limit when asked, and they still count toward today", async () => {
    const h = await setup();
    const { db, sqlite } = h;
    const one = { ...S, newPerDay: 1 };
    await grade(h, "a1", 3, NOW, one);
    expect(await nextCard(sqlite, minutes(NOW, 0.1), one, "b")).toBeNull(); // the limit holds the lesson back
    const custom = queueSettings(one, "b", true);
    expect((await nextCard(sqlite, minutes(NOW, 0.1), custom, "b"))?.id).toBe("b1");
    expect(await queueCounts(sqlite, minutes(NOW, 0.1), custom, "b")).toMatchObject({ new: 2 });
    await grade(h, "b1", 3, minutes(NOW, 0.2), custom);
    expect(await db.studyDay.findUnique({ where: { day: "2025-03-10" } })).toMatchObject({ newCards: 2 });
    // Outside the lesson, and without asking, the limit still holds.
    expect(queueSettings(one, undefined, true)).toBe(one);
    expect(await queueCounts(sqlite, minutes(NOW, 0.3), one)).toMatchObject({ new: 0 });
  });
});

describe("the cards sent ahead of the head", () => {
  it("are the cards the queue serves next, in order, within today's caps", async () => {
    const h = await setup();
    const { db, sqlite } = h;
    await place(db, "z1", 2, days(NOW, -2)); // a review due
    await place(db, "a2", 1, minutes(NOW, -5)); // a learning card due
    const head = await nextCard(sqlite, NOW, S);
    expect(head?.id).toBe("a2");
    expect((await cardsAhead(sqlite, NOW, S, head!.id, 3)).map((c) => `${c.bucket}:${c.id}`)).toEqual(["review:z1", "new:a1", "new:a3"]);
    // Two new cards left today: the one at the head of the new cards and one after it.
    const two = { ...S, newPerDay: 2 };
    expect((await cardsAhead(sqlite, NOW, two, head!.id, 5)).map((c) => c.id)).toEqual(["z1", "a1", "a3"]);
    // What drain() serves after the head is what was sent ahead.
    const ahead = (await cardsAhead(sqlite, NOW, S, head!.id, 10)).map((c) => `${c.bucket}:${c.id}`);
    expect(await drain(h)).toEqual([`learning:a2`, ...ahead]);
  });
});
