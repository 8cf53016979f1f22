import { randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";
import { syncContent } from "../content/sync";
import { gradeCard } from "./grade";
import { lessonCounts, lessonProgress, MASTERED_STABILITY_DAYS, percent } from "./progress";
import { DEFAULT_SETTINGS, type ReviewSettings } from "./settings-schema";
import { days, reviewFixtures, THREE_LESSONS } from "./test-fixtures";
import { undoGrade } from "./undo";

process.env.TZ = "Europe/Berlin";
const NOW = new Date("2025-03-10T10:00:00+01:00");
const S: ReviewSettings = { ...DEFAULT_SETTINGS, fuzz: false };

const setup = reviewFixtures("progress", THREE_LESSONS, NOW);
type Handles = Awaited<ReturnType<typeof setup>>;
type Db = Handles["db"];
/** A card as if it had been studied for a while: in `state` with the given stability. */
const place = (db: Db, id: string, state: number, stability: number) =>
  db.card.update({ where: { id }, data: { state, stability, difficulty: 5, reps: 4, due: days(NOW, 3), lastReview: days(NOW, -3) } });
async function grade({ db, sqlite }: Handles, cardId: string, rating: 1 | 2 | 3 | 4) {
  const { version } = await db.card.findUniqueOrThrow({ where: { id: cardId }, select: { version: true } });
  const id = randomUUID();
  await gradeCard(sqlite, { id, cardId, rating, version, durationMs: 5_000 }, NOW, S);
  return id;
}

describe("lesson progress", () => {
  it("a fresh collection: every card counted, none seen or mastered", async () => {
    const { db } = await setup();
    const p = await lessonProgress(db);
    expect(Object.fromEntries(p)).toEqual({
      a: { total: 3, seen: 0, mastered: 0, suspended: 0 },
      b: { total: 2, seen: 0, mastered: 0, suspended: 0 },
      z: { total: 1, seen: 0, mastered: 0, suspended: 0 },
    });
  });

  it("seen = graded at least once; mastered = in review with stability of at least three weeks", async () => {
    const h = await setup();
    const { db } = h;
    await grade(h, "a1", 3); // first grade: learning, seen
    await place(db, "a2", 2, MASTERED_STABILITY_DAYS); // exactly 21 days: mastered
    await place(db, "a3", 2, MASTERED_STABILITY_DAYS - 0.5); // just under: seen only
    await place(db, "z1", 3, 40); // relearning after a lapse: never mastered, however stable it was
    await db.card.update({ where: { id: "b1" }, data: { suspended: true } });
    const p = await lessonProgress(db);
    expect(p.get("a")).toEqual({ total: 3, seen: 3, mastered: 1, suspended: 0 });
    expect(p.get("b")).toEqual({ total: 2, seen: 0, mastered: 0, suspended: 1 });
    expect(p.get("z")).toEqual({ total: 1, seen: 1, mastered: 0, suspended: 0 });
  });

  it("an undone first grade is not 'seen'; one lesson can be asked for alone", async () => {
    const h = await setup();
    const { db, sqlite } = h;
    const g = await grade(h, "b2", 4);
    expect((await lessonProgress(db, "b")).get("b")?.seen).toBe(1);
    await undoGrade(sqlite, { gradeId: g }, NOW);
    const only = await lessonProgress(db, "b");
    expect([...only.keys()]).toEqual(["b"]);
    expect(only.get("b")).toEqual({ total: 2, seen: 0, mastered: 0, suspended: 0 });
  });

  it("a card removed from content (retired) leaves the totals; restoring it brings its progress back", async () => {
    const f = await setup();
    await place(f.db, "a3", 2, 30);
    f.tree.remove("01-a/more.md");
    await syncContent(f.db, f.tree.corpus(), NOW);
    expect((await lessonProgress(f.db)).get("a")).toEqual({ total: 2, seen: 0, mastered: 0, suspended: 0 });
    f.tree.write({ "01-a/more.md": THREE_LESSONS["01-a/more.md"] });
    await syncContent(f.db, f.tree.corpus(), NOW);
    expect((await lessonProgress(f.db)).get("a")).toEqual({ total: 3, seen: 1, mastered: 1, suspended: 0 });
  });
});

describe("lesson counts", () => {
  it("counts cards, checks and ladders per lesson from the content", async () => {
    const f = await setup();
    f.tree.write({
      "02-b/checks.md": `---\ntopic: b\n---\n\n## check b-check\nlevel: 1\ntags: t\nsources: ext Raft paper\ntype: truefalse\nanswer: true\n\n### Prompt\nTrue?\n\n### Explanation\nYes.\n`,
    });
    expect(Object.fromEntries(lessonCounts(f.tree.corpus()))).toEqual({
      a: { card: 3, check: 0, ladder: 0 },
      b: { card: 2, check: 1, ladder: 0 },
      z: { card: 1, check: 0, ladder: 0 },
    });
  });
});

describe("percent", () => {
  it("floors, so one card left never shows as 100%", () => {
    expect(percent(0, 0)).toBe(0);
    expect(percent(1, 3)).toBe(33);
    expect(percent(249, 250)).toBe(99);
    expect(percent(250, 250)).toBe(100);
  });
});
