import { randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";
import { gradeCard } from "./grade";
import { heldBack } from "./held-back";
import { nextCard, queueCounts, servesCard } from "./queue";
import { DEFAULT_SETTINGS, type ReviewSettings } from "./settings-schema";
import { dashboard } from "./stats";
import { days, minutes, reviewFixtures, THREE_LESSONS } from "./test-fixtures";
import { queueView } from "./view";

// One definition of what /review serves now (queue.ts): the dashboard's Start review and counts
// must agree with the review screen's card and header in every situation, and an empty review
// screen must say what today's limits are holding back.
process.env.TZ = "Europe/Berlin";
const NOW = new Date("2025-03-10T10:00:00+01:00");
const S: ReviewSettings = { ...DEFAULT_SETTINGS, fuzz: false };

const setup = reviewFixtures("review-now", THREE_LESSONS, NOW);
type Handles = Awaited<ReturnType<typeof setup>>;
const place = ({ db }: Handles, id: string, state: number, due: Date) =>
  db.card.update({ where: { id }, data: { state, due, stability: 5, difficulty: 5, reps: 3, lastReview: days(due, -5) } });
const setAll = ({ db }: Handles, data: { suspended?: boolean; buriedUntil?: Date }) => db.card.updateMany({ data });
async function gradeNew({ db, sqlite }: Handles, cardId: string, s: ReviewSettings) {
  const { version } = await db.card.findUniqueOrThrow({ where: { id: cardId }, select: { version: true } });
  await gradeCard(sqlite, { id: randomUUID(), cardId, rating: 4, version, durationMs: 1_000 }, NOW, s);
}

/** The dashboard's view and the review screen's view of the same moment. */
async function both(h: Handles, s = S) {
  const d = await dashboard(h.sqlite, NOW, s);
  const header = await queueCounts(h.sqlite, NOW, s);
  const card = await nextCard(h.sqlite, NOW, s);
  return { d, header, card };
}

describe("the dashboard shows Start review exactly when /review would serve a card, with the review header's counts", () => {
  it("a learning card due in 10 minutes (inside the learn-ahead window) is served, so the dashboard offers it", async () => {
    const h = await setup();
    await setAll(h, { suspended: true });
    await h.db.card.update({ where: { id: "a1" }, data: { suspended: false } });
    await place(h, "a1", 1, minutes(NOW, 10));
    const { d, header, card } = await both(h);
    expect(card?.id).toBe("a1");
    expect(header).toEqual({ learning: 1, review: 0, new: 0 });
    expect(d.counts).toEqual(header);
    expect(d).toMatchObject({ servesCard: true, dueNow: 1, learningDue: 1, nextDueAt: null });
  });

  it("a learning card due in 30 minutes is not served yet: nothing to start, the next card's time instead", async () => {
    const h = await setup();
    await setAll(h, { suspended: true });
    await h.db.card.update({ where: { id: "a1" }, data: { suspended: false } });
    await place(h, "a1", 1, minutes(NOW, 30));
    const { d, header, card } = await both(h);
    expect(card).toBeNull();
    expect(d.counts).toEqual(header);
    expect(d).toMatchObject({ servesCard: false, dueNow: 0, nextDueAt: minutes(NOW, 30).toISOString() });
  });

  it("learning, overdue reviews over the cap and new cards: the same three counts on both screens", async () => {
    const h = await setup();
    await place(h, "a1", 3, minutes(NOW, -5)); // relearning, due
    await place(h, "a2", 1, minutes(NOW, 15)); // learning, learn-ahead
    await place(h, "a3", 2, days(NOW, -1)); // reviews due today
    await place(h, "b1", 2, days(NOW, -2));
    await place(h, "b2", 2, minutes(NOW, 60));
    const s = { ...S, reviewsPerDay: 2 };
    const { d, header, card } = await both(h, s);
    expect(header).toEqual({ learning: 2, review: 2, new: 1 });
    expect(d.counts).toEqual(header);
    expect(d).toMatchObject({ servesCard: true, dueNow: 4, reviewDue: 3, reviewCapLeft: 2, newAvailable: 1 });
    expect(card?.id).toBe("a1");
  });

  it("every card buried, or the new-card limit used up: neither screen has a card", async () => {
    const h = await setup();
    await gradeNew(h, "a1", { ...S, newPerDay: 1 }); // Easy: a review card due in days; today's one new card used
    const limited = await both(h, { ...S, newPerDay: 1 });
    expect(limited.card).toBeNull();
    expect(limited.d.counts).toEqual(limited.header);
    expect(servesCard(limited.d.counts)).toBe(false);
    expect(limited.d.servesCard).toBe(false);

    await setAll(h, { buriedUntil: days(NOW, 1) });
    const buried = await both(h);
    expect(buried.card).toBeNull();
    expect(buried.d.counts).toEqual({ learning: 0, review: 0, new: 0 });
    expect(buried.d.servesCard).toBe(false);
  });
});

describe("an empty queue says what today's limits hold back", () => {
  it("Study this lesson after the new-card limit: the lesson's waiting new cards and the limit, not 'nothing scheduled'", async () => {
    const h = await setup();
    const s = { ...S, newPerDay: 2 };
    await gradeNew(h, "a1", s);
    await gradeNew(h, "a2", s);
    const corpus = h.tree.corpus();
    const lessonB = await queueView(h.sqlite, corpus, NOW, s, undefined, "b");
    expect(lessonB.card).toBeNull();
    expect(lessonB.heldBack).toEqual({ newCards: 2, newPerDay: 2, reviews: 0, reviewsPerDay: s.reviewsPerDay });
    const all = await queueView(h.sqlite, corpus, NOW, s);
    expect(all.card).toBeNull();
    expect(all.heldBack?.newCards).toBe(4); // a3, b1, b2, z1
  });

  it("reviews due today over the review cap are reported as held back; a shown card carries no note", async () => {
    const h = await setup();
    await place(h, "a1", 2, days(NOW, -1));
    await place(h, "a2", 2, days(NOW, -1));
    await gradeNew(h, "a3", S); // uses nothing of the review cap: it was new
    const s = { ...S, reviewsPerDay: 0, newPerDay: 1 };
    expect(await heldBack(h.sqlite, NOW, s)).toEqual({ newCards: 3, newPerDay: 1, reviews: 2, reviewsPerDay: 0 });
    const view = await queueView(h.sqlite, h.tree.corpus(), NOW, S);
    expect(view.card).not.toBeNull();
    expect(view.heldBack).toBeNull();
  });

  it("nothing held back when the limits are not reached (the lesson is simply done)", async () => {
    const h = await setup();
    await gradeNew(h, "z1", S);
    expect(await heldBack(h.sqlite, NOW, S, "z")).toEqual({ newCards: 0, newPerDay: 20, reviews: 0, reviewsPerDay: S.reviewsPerDay });
  });
});

describe("'next card' on an empty queue: held-back cards come when the next study day starts", () => {
  const TOMORROW_START = new Date("2025-03-11T04:00:00+01:00"); // Monday's study day ends Tuesday 04:00
  /** What each screen says comes next: the dashboard's and the review screen's, which must agree. */
  async function nextOnBoth(h: Handles, s: ReviewSettings) {
    const d = await dashboard(h.sqlite, NOW, s);
    const view = await queueView(h.sqlite, h.tree.corpus(), NOW, s);
    expect(view.card).toBeNull();
    expect(d.servesCard).toBe(false);
    expect(d.nextDueAt).toBe(view.nextDueAt);
    expect(d.nextDayStartsAt).toBe(TOMORROW_START.toISOString());
    expect(view.nextDayStartsAt).toBe(TOMORROW_START.toISOString());
    return { at: view.nextDueAt, held: view.heldBack };
  }

  it("a review cap of 0 with 3 reviews due today and the new-card limit used up: tomorrow's study day, not the card due in days", async () => {
    const h = await setup();
    const s = { ...S, reviewsPerDay: 0, newPerDay: 1 };
    await gradeNew(h, "b1", s); // Easy: a review due in days; today's one new card used
    for (const id of ["a1", "a2", "a3"]) await place(h, id, 2, days(NOW, -1));
    const { at, held } = await nextOnBoth(h, s);
    expect(held).toMatchObject({ reviews: 3, newCards: 2 });
    expect(at).toBe(TOMORROW_START.toISOString());
  });

  it("a review cap of 3 used up by 3 reviews, a 4th due tonight: it comes at the start of tomorrow's study day, not tonight", async () => {
    const h = await setup();
    const s = { ...S, reviewsPerDay: 3, newPerDay: 0 };
    for (const id of ["a1", "a2", "a3"]) await place(h, id, 2, days(NOW, -1));
    await place(h, "b1", 2, minutes(NOW, 8 * 60)); // due at 18:00 today
    for (const id of ["a1", "a2", "a3"]) await gradeNew(h, id, s);
    const { at, held } = await nextOnBoth(h, s);
    expect(held).toMatchObject({ reviews: 1 });
    expect(at).toBe(TOMORROW_START.toISOString());
  });

  it("a learning card due before the next study day still comes first, held-back cards or not", async () => {
    const h = await setup();
    const s = { ...S, reviewsPerDay: 0, newPerDay: 1 };
    await gradeNew(h, "b1", s);
    await place(h, "a1", 2, days(NOW, -1));
    await place(h, "a2", 1, minutes(NOW, 30));
    expect((await nextOnBoth(h, s)).at).toBe(minutes(NOW, 30).toISOString());
  });

  it("nothing held back: the next card's own due time, unchanged", async () => {
    const h = await setup();
    await setAll(h, { suspended: true });
    await h.db.card.update({ where: { id: "a1" }, data: { suspended: false } });
    await place(h, "a1", 2, days(NOW, 3));
    const { at, held } = await nextOnBoth(h, S);
    expect(held).toMatchObject({ reviews: 0, newCards: 0 });
    expect(at).toBe(days(NOW, 3).toISOString());
  });

  it("a limit of 0 lets nothing through tomorrow either: only the cards it does not hold count", async () => {
    const h = await setup();
    const s = { ...S, reviewsPerDay: 0, newPerDay: 0 };
    await place(h, "a1", 2, days(NOW, -1));
    await place(h, "a2", 2, days(NOW, 3));
    expect((await nextOnBoth(h, s)).at).toBe(days(NOW, 3).toISOString());
  });
});

describe("the review screen's session knows the study day", () => {
  it("the view names the study day of `now`, which starts at the settings' hour: the screen ends its session when it changes", async () => {
    const h = await setup();
    const late = new Date("2025-03-11T03:30:00+01:00"); // before 4 am: still Monday's study day
    expect((await queueView(h.sqlite, h.tree.corpus(), late, S)).day).toBe("2025-03-10");
    expect((await queueView(h.sqlite, h.tree.corpus(), late, { ...S, dayStartHour: 3 })).day).toBe("2025-03-11");
    expect((await queueView(h.sqlite, h.tree.corpus(), NOW, S, undefined, "b")).day).toBe("2025-03-10");
  });
});
