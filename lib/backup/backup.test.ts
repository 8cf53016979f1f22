import { randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";
import { buryCard, setSuspended } from "../srs/card-actions";
import { gradeCard } from "../srs/grade";
import { nextCard, queueCounts } from "../srs/queue";
import { saveSettings } from "../srs/settings";
import { DEFAULT_SETTINGS, type ReviewSettings } from "../srs/settings-schema";
import { days, reviewFixtures, THREE_LESSONS } from "../srs/test-fixtures";
import { undoGrade } from "../srs/undo";
import { saveParams } from "../optimize/fit";
import { applyRestore, createBackup, planRestore, validateBackup, type Backup } from "./backup";
import { backupTables } from "./tables";

process.env.TZ = "Europe/Berlin";
const NOW = new Date("2025-03-10T10:00:00+01:00");
const S: ReviewSettings = { ...DEFAULT_SETTINGS, fuzz: false };
const open = reviewFixtures("backup", THREE_LESSONS, NOW);
type Handles = Awaited<ReturnType<typeof open>>;

async function grade(h: Handles, cardId: string, rating: 1 | 2 | 3 | 4, at: Date) {
  const { version } = await h.db.card.findUniqueOrThrow({ where: { id: cardId }, select: { version: true } });
  const id = randomUUID();
  await gradeCard(h.sqlite, { id, cardId, rating, version, durationMs: 12_000 }, at, S);
  return id;
}
const version = async (h: Handles, cardId: string) => (await h.db.card.findUniqueOrThrow({ where: { id: cardId }, select: { version: true } })).version;

/** A learner's install after a few days of study: grades, an undo, a suspension, a bury, settings, fitted parameters. */
async function studied(): Promise<Handles> {
  const h = await open();
  await grade(h, "a1", 3, days(NOW, -3));
  await grade(h, "a1", 3, days(NOW, -2));
  await grade(h, "a2", 1, days(NOW, -2));
  const undone = await grade(h, "b1", 4, days(NOW, -1));
  await undoGrade(h.sqlite, { gradeId: undone }, days(NOW, -1));
  await grade(h, "b1", 2, days(NOW, -1));
  await setSuspended(h.sqlite, { cardId: "z1", version: await version(h, "z1") }, true, NOW);
  await buryCard(h.sqlite, { cardId: "b2", version: await version(h, "b2") }, NOW, S);
  await saveSettings(h.db, { ...S, newPerDay: 7, learningSteps: "2m 15m" }, days(NOW, -5));
  saveParams(h.sqlite, [...Array(21).keys()].map((i) => i / 10 + 0.1), { logLoss: 0.4, rmse: 0.05 }, 1234, days(NOW, -4));
  return h;
}

/** Every row of every table, the derived ones included, ordered by key. */
function dump(h: Handles): Record<string, unknown[]> {
  const out: Record<string, unknown[]> = {};
  const names = (h.sqlite.conn.prepare(`SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' AND name NOT LIKE '\\_prisma%' ESCAPE '\\'`).all() as { name: string }[]).map((r) => r.name);
  for (const n of names) out[n] = h.sqlite.conn.prepare(`SELECT * FROM "${n}" ORDER BY 1`).all();
  return out;
}

const roundTrip = (b: Backup): unknown => JSON.parse(JSON.stringify(b));

describe("backup and restore", () => {
  it("covers every table the schema has, except the derived ones", async () => {
    const h = await open();
    const b = createBackup(h.sqlite, NOW);
    const all = Object.keys(dump(h));
    expect(Object.keys(b.tables).sort()).toEqual(all.filter((t) => t !== "RetentionDay").sort());
    expect(backupTables(h.sqlite.conn).map((t) => t.name).indexOf("Card")).toBeLessThan(backupTables(h.sqlite.conn).map((t) => t.name).indexOf("ReviewLog"));
    expect(b).toMatchObject({ format: "quorum-backup", version: 1, createdAt: NOW.toISOString() });
  });

  it("a backup restored into a fresh install reproduces every row and the same queue", async () => {
    const a = await studied();
    const file = roundTrip(createBackup(a.sqlite, NOW));
    const b = await open(); // a fresh install with the same content
    const v = validateBackup(b.sqlite, file);
    if (!v.ok) throw new Error(v.problems.join("\n"));
    const plan = planRestore(b.sqlite, v.backup);
    expect(plan.changes).toBeGreaterThan(0);
    expect(dump(b).ReviewLog).toHaveLength(0); // planning wrote nothing
    applyRestore(b.sqlite, v.backup);
    expect(dump(b)).toEqual(dump(a));
    for (const at of [NOW, days(NOW, 1), days(NOW, 3)]) {
      const s = { ...S, newPerDay: 7, learningSteps: "2m 15m" };
      expect(await nextCard(b.sqlite, at, s)).toEqual(await nextCard(a.sqlite, at, s));
      expect(await queueCounts(b.sqlite, at, s)).toEqual(await queueCounts(a.sqlite, at, s));
    }
  });

  it("restoring the same backup again, or into its own install, changes and doubles nothing", async () => {
    const a = await studied();
    const file = createBackup(a.sqlite, NOW);
    const before = dump(a);
    expect(planRestore(a.sqlite, file).changes).toBe(0);
    applyRestore(a.sqlite, file);
    applyRestore(a.sqlite, file);
    expect(dump(a)).toEqual(before);
  });

  it("merges by id: newer reviews made after the backup are kept, missing history comes back", async () => {
    const a = await studied();
    const file = createBackup(a.sqlite, NOW);
    await grade(a, "a1", 3, NOW); // after the backup
    const after = dump(a);
    a.sqlite.conn.prepare("DELETE FROM ReviewLog WHERE cardId = 'a2'").run(); // history lost since
    const plan = planRestore(a.sqlite, file);
    expect(plan.tables.find((t) => t.name === "ReviewLog")).toMatchObject({ add: 1 });
    expect(plan.tables.find((t) => t.name === "Card")).toMatchObject({ update: 0 }); // a1 is newer here
    applyRestore(a.sqlite, file);
    expect(dump(a)).toEqual(after);
  });

  it("refuses a corrupted backup with readable problems and writes nothing", async () => {
    const a = await studied();
    const file = roundTrip(createBackup(a.sqlite, NOW)) as { tables: Record<string, Record<string, unknown>[]> };
    file.tables.Card[1].due = "tomorrow";
    file.tables.ReviewLog[0].rating = 2.5;
    file.tables.ReviewLog.push({ ...file.tables.ReviewLog[1] });
    delete file.tables.StudyDay[0].day;
    const b = await open();
    const before = dump(b);
    const v = validateBackup(b.sqlite, file);
    expect(v.ok).toBe(false);
    if (v.ok) return;
    expect(v.problems).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^tables\.Card\[1\]\.due: .*number/),
        expect.stringMatching(/^tables\.ReviewLog\[0\]\.rating: .*int/),
        expect.stringMatching(/^tables\.ReviewLog\[\d+\]: the same id appears twice/),
        expect.stringMatching(/^tables\.StudyDay\[0\]\.day: /),
      ]),
    );
    expect(dump(b)).toEqual(before);
  });

  it("refuses a foreign or newer file", async () => {
    const b = await open();
    expect(validateBackup(b.sqlite, { deck: "Anki", notes: [] })).toEqual({ ok: false, problems: [expect.stringContaining("not a Quorum backup")] });
    expect(validateBackup(b.sqlite, [1, 2])).toMatchObject({ ok: false });
    expect(validateBackup(b.sqlite, { format: "quorum-backup", version: 9, createdAt: "x", tables: {} })).toEqual({ ok: false, problems: [expect.stringContaining("newer")] });
    expect(validateBackup(b.sqlite, { format: "quorum-backup", version: 1, createdAt: "x", tables: { Notes: [] } })).toEqual({
      ok: false,
      problems: [expect.stringContaining("tables.Notes: this Quorum has no such table")],
    });
  });

  it("an error halfway through the apply rolls the whole restore back", async () => {
    const a = await studied();
    const file = roundTrip(createBackup(a.sqlite, NOW)) as Backup;
    const b = await open();
    const before = dump(b);
    // A log pointing at a card that exists nowhere: the foreign key fails after the cards were written.
    file.tables.ReviewLog.push({ ...file.tables.ReviewLog[0], id: "orphan", cardId: "no-such-card" });
    const v = validateBackup(b.sqlite, file);
    if (!v.ok) throw new Error(v.problems.join("\n"));
    expect(() => applyRestore(b.sqlite, v.backup)).toThrow();
    expect(dump(b)).toEqual(before);
  });
});
