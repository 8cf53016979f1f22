import { randomUUID } from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { scheduleSelect } from "../srs/card-state";
import { gradeCard } from "../srs/grade";
import { nextCard } from "../srs/queue";
import { scratchDb, type ScratchDb } from "../srs/scratch-db";
import { DEFAULT_SETTINGS } from "../srs/settings-schema";
import { card, contentTree, items, lesson, type ContentTree } from "../srs/test-fixtures";
import { syncContent } from "./sync";

// Content in, scheduling state out: the corpus changes, the schedule and history never get lost.
const NOW = new Date("2025-03-10T09:00:00Z");
const LATER = new Date("2025-03-12T09:00:00Z");

let tree: ContentTree | undefined;
let scratch: ScratchDb | undefined;
afterEach(async () => {
  await scratch?.close();
  tree?.dispose();
});

const CHECK = `## check raft-majority\nlevel: 1\ntags: q\nsources: ext Raft paper §5\ncovers: T29\ntype: truefalse\nanswer: true\n\n### Prompt\nIs 3 a majority of 5?\n\n### Explanation\nYes.\n`;
const LADDER = `## ladder raft-why\nlevel: 2\ntags: q\nsources: ext Raft paper §5\ncovers: T38\n\n### Question\nWhy terms?\n\n#### Key points\n- one\n- two\n- three\n\n### Answer\nTo order leaders.\n\n### Rung: And?\nMore.\n\n#### Key points\n- one\n- two\n- three\n\n### Rung: Then?\nEven more.\n\n#### Key points\n- one\n- two\n- three\n`;

async function setup() {
  tree = contentTree({
    "01-raft/lesson.md": lesson("raft"),
    "01-raft/cards.md": items("raft", card("r-one"), card("r-two")),
    "01-raft/myths.md": items("raft", card("r-myth", "Myth or fact: leaders never step down?", "Myth.", "myth: E07")),
    "01-raft/checks.md": items("raft", CHECK, LADDER),
  });
  scratch = scratchDb("sync");
  return { db: scratch.db, tree };
}
const row = (db: ScratchDb["db"], id: string) => db.card.findUniqueOrThrow({ where: { id }, select: { ...scheduleSelect, retired: true, version: true, position: true, contentHash: true } });

describe("syncing the corpus into the database", () => {
  it("gives every card item a schedule (myth cards included), every check and every exercise family of the corpus's lessons, not ladders", async () => {
    const { db, tree } = await setup();
    expect(await syncContent(db, tree.corpus(), NOW)).toMatchObject({ added: 6, unchanged: 0 });
    expect((await db.card.findMany({ orderBy: { position: "asc" }, select: { id: true, kind: true } }))).toEqual([
      { id: "r-one", kind: "card" },
      { id: "r-two", kind: "card" },
      { id: "raft-majority", kind: "check" },
      { id: "r-myth", kind: "card" },
      { id: "family:raft-log-repair", kind: "family" },
      { id: "family:raft-election", kind: "family" },
    ]);
  });

  it("introduces only cards as new: a check or family enters the queue once it has been answered", async () => {
    const { db, tree } = await setup();
    await syncContent(db, tree.corpus(), NOW);
    const seen: string[] = [];
    for (let q = await nextCard(db, NOW, DEFAULT_SETTINGS); q; q = await nextCard(db, NOW, DEFAULT_SETTINGS)) {
      seen.push(q.id);
      await gradeCard(db, { id: randomUUID(), cardId: q.id, rating: 4, version: q.version, durationMs: 1 }, NOW, DEFAULT_SETTINGS);
    }
    expect(seen).toEqual(["r-one", "r-two", "r-myth"]);
    // Missed in a quiz: graded Again, so it is a learning item due now.
    await gradeCard(db, { id: randomUUID(), cardId: "raft-majority", rating: 1, version: 0, durationMs: 1 }, NOW, DEFAULT_SETTINGS);
    expect((await nextCard(db, NOW, DEFAULT_SETTINGS))?.id).toBe("raft-majority");
  });

  it("is idempotent: a second sync changes nothing", async () => {
    const { db, tree } = await setup();
    await syncContent(db, tree.corpus(), NOW);
    const before = await db.card.findMany({ orderBy: { id: "asc" } });
    expect(await syncContent(db, tree.corpus(), LATER)).toEqual({ added: 0, edited: 0, moved: 0, retired: 0, restored: 0, unchanged: 6 });
    expect(await db.card.findMany({ orderBy: { id: "asc" } })).toEqual(before);
  });

  it("an edited card keeps its schedule", async () => {
    const { db, tree } = await setup();
    await syncContent(db, tree.corpus(), NOW);
    await gradeCard(db, { id: randomUUID(), cardId: "r-one", rating: 3, version: 0, durationMs: 1 }, NOW, DEFAULT_SETTINGS);
    const graded = await row(db, "r-one");
    tree.write({ "01-raft/cards.md": items("raft", card("r-one", "Front of r-one, reworded?", "A better back."), card("r-two")) });
    expect(await syncContent(db, tree.corpus(), LATER)).toMatchObject({ edited: 1, unchanged: 5 }) // the check and the two Raft families too;
    const after = await row(db, "r-one");
    expect({ ...after, contentHash: "" }).toEqual({ ...graded, contentHash: "" });
    expect(after.contentHash).not.toBe(graded.contentHash);
  });

  it("a removed card is retired: out of the queue, its reviews kept; re-adding the id brings it back with its history", async () => {
    const { db, tree } = await setup();
    await syncContent(db, tree.corpus(), NOW);
    await gradeCard(db, { id: randomUUID(), cardId: "r-one", rating: 4, version: 0, durationMs: 1 }, NOW, DEFAULT_SETTINGS);
    const graded = await row(db, "r-one");

    tree.write({ "01-raft/cards.md": items("raft", card("r-two")) });
    expect(await syncContent(db, tree.corpus(), LATER)).toMatchObject({ retired: 1, moved: 3 }) // r-two, the check and the myth shift up; // r-two, r-myth moved up
    expect((await row(db, "r-one")).retired).toBe(true);
    expect(await db.reviewLog.count({ where: { cardId: "r-one" } })).toBe(1);
    const queue = [];
    for (let c = await nextCard(db, LATER, DEFAULT_SETTINGS); c && queue.length < 5; c = await nextCard(db, LATER, DEFAULT_SETTINGS)) {
      queue.push(c.id);
      await db.card.update({ where: { id: c.id }, data: { suspended: true } });
    }
    expect(queue).toEqual(["r-two", "r-myth"]);
    await db.card.updateMany({ data: { suspended: false } });

    tree.write({ "01-raft/cards.md": items("raft", card("r-one"), card("r-two")) });
    expect(await syncContent(db, tree.corpus(), LATER)).toMatchObject({ restored: 1 });
    const back = await row(db, "r-one");
    expect({ ...back, retired: false }).toEqual({ ...graded, retired: false });
    expect(back.retired).toBe(false);
    expect(await db.reviewLog.count({ where: { cardId: "r-one" } })).toBe(1);
  });

  it("a whole file removed and a lesson renumbered: placement follows, schedules stay", async () => {
    const { db, tree } = await setup();
    await syncContent(db, tree.corpus(), NOW);
    tree.remove("01-raft/myths.md");
    fs.renameSync(path.join(tree.root, "01-raft"), path.join(tree.root, "02-raft"));
    tree.write({ "01-intro/lesson.md": lesson("intro"), "01-intro/cards.md": items("intro", card("i-one")) });
    expect(await syncContent(db, tree.corpus(), LATER)).toEqual({ added: 1, edited: 0, moved: 5, retired: 1, restored: 0, unchanged: 0 }) // two cards, the check, two families;
    expect(await db.card.findUniqueOrThrow({ where: { id: "r-one" }, select: { lessonOrder: true, file: true } })).toEqual({ lessonOrder: 2, file: "02-raft/cards.md" });
    expect((await nextCard(db, LATER, DEFAULT_SETTINGS))?.id).toBe("i-one"); // the intro lesson now comes first
  });
});
