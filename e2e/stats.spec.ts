import Database from "better-sqlite3";
import { strFromU8, unzipSync } from "fflate";
import path from "node:path";
import { expect, test } from "@playwright/test";
import { syntheticLogs } from "../lib/optimize/synthetic";
import { gradeHead } from "./pages/review-api-client";
import { StatsPage } from "./pages/stats-page";

/** The e2e server's own database file (e2e/serve.sh): the tests add history to it directly. */
const E2E_DB = path.join(process.cwd(), "data", "e2e.db");

function withDb<T>(fn: (db: Database.Database) => T): T {
  const db = new Database(E2E_DB, { timeout: 5000 });
  try {
    return fn(db);
  } finally {
    db.close();
  }
}

test("/stats shows a year of reviews, the month ahead, true retention, states and mastery, and follows a new grade", async ({ page, request }) => {
  test.slow(); // two page builds of a 365-cell calendar on a shared 2-core machine
  const stats = new StatsPage(page);
  await stats.goto();
  await expect(stats.heatmapCells()).toHaveCount(365);
  const before = await stats.todaysReviews();
  await expect(page.getByTestId("forecast30-chart").locator("rect")).toHaveCount(30);
  await expect(page.getByTestId("retention-table").locator("tbody tr")).toHaveCount(3);
  await expect(page.getByTestId("retention-table")).toContainText("Desired retention");
  await expect(page.getByTestId("lesson-mastery").getByRole("link")).toHaveCount(3); // the fixture's three lessons
  // Every chart has its figures in a table behind it.
  await page.getByText("Show as a table").first().click();
  await expect(page.getByRole("table", { name: /Learning and review items due per study day/ })).toBeVisible();

  await gradeHead(request, 3);
  await stats.goto();
  expect(await stats.todaysReviews()).toBe(before + 1);
  await expect(stats.summary()).toContainText(/current streak [1-9]/);
  await expect(page.getByTestId("stats-empty")).toHaveCount(0);
  await expect(page.getByTestId("current-streak")).not.toHaveText("0");
  await page.setViewportSize({ width: 1000, height: 900 });
  await page.screenshot({ path: "e2e/screenshots/stats.png", fullPage: true });
});

test("Optimize: too little history says how many more reviews it needs; with enough it fits, compares, keeps, and resets", async ({ page }) => {
  test.slow(); // a real fit on 3,000 reviews
  await page.goto("/settings");
  const panel = page.getByTestId("optimize-panel");
  await expect(panel.getByTestId("params-in-use")).toContainText("the FSRS defaults");
  await panel.getByRole("button", { name: "Optimize" }).click();
  await expect(panel.getByTestId("optimize-status")).toContainText(/Not enough history yet: \d+ reviews\. Optimize needs \d+ more/);

  // Three thousand reviews of a learner unlike the defaults, on retired cards (out of every queue).
  const logs = syntheticLogs(3000, 11);
  withDb((db) => {
    const card = db.prepare(`INSERT OR IGNORE INTO Card (id, kind, topic, lessonOrder, position, file, line, contentHash, retired, due, stability, difficulty,
      elapsedDays, scheduledDays, learningSteps, reps, lapses, state, createdAt, updatedAt) VALUES (?, 'card', 'quorums', 1, 9999, 'x', 1, 'h', 1, 0, 1, 5, 0, 0, 0, 1, 0, 2, 0, 0)`);
    const log = db.prepare(`INSERT INTO ReviewLog (id, cardId, rating, state, due, stability, difficulty, elapsedDays, lastElapsedDays, scheduledDays,
      learningSteps, review, durationMs, prevDue, nextDue, nextState, cardVersion, studyDay) VALUES (?, ?, ?, 0, 0, 1, 5, 0, 0, 1, 0, ?, 1000, 0, 0, 2, 1, '')`);
    db.transaction(() => logs.forEach((l, i) => (card.run(`e2e-${l.cardId}`), log.run(`e2e-syn-${i}`, `e2e-${l.cardId}`, l.rating, l.review))))();
  });
  try {
    await panel.getByRole("button", { name: "Optimize" }).click();
    await expect(panel.getByTestId("optimize-status")).toContainText("Kept: the fitted parameters describe your reviews better", { timeout: 60_000 });
    const compare = panel.getByTestId("optimize-compare");
    const cells = await compare.locator("tbody td").allTextContents();
    const [beforeLoss, , fittedLoss] = cells.map(Number);
    expect(fittedLoss).toBeLessThan(beforeLoss);
    await expect(panel.getByTestId("params-in-use")).toContainText(/fitted on \d+ reviews/);
    await page.reload();
    await expect(panel.getByTestId("params-in-use")).toContainText(/fitted on \d+ reviews/);

    page.once("dialog", (d) => d.accept());
    await panel.getByRole("button", { name: "Reset to defaults" }).click();
    await expect(panel.getByTestId("params-in-use")).toContainText("the FSRS defaults");
  } finally {
    withDb((db) => db.transaction(() => {
      db.prepare("DELETE FROM ReviewLog WHERE id LIKE 'e2e-syn-%'").run();
      db.prepare("DELETE FROM Card WHERE id LIKE 'e2e-syn-%'").run();
      db.prepare("DELETE FROM FsrsParams").run();
    })());
  }
});

test("backup, then restore: the preview says what changes, a bad file is refused with its problems and nothing changes", async ({ page, request }) => {
  const res = await request.get("/api/backup");
  expect(res.headers()["content-disposition"]).toMatch(/attachment; filename="quorum-backup-\d{4}-\d{2}-\d{2}\.json"/);
  const backup = (await res.json()) as { format: string; tables: Record<string, Record<string, unknown>[]> };
  expect(backup.format).toBe("quorum-backup");
  expect(backup.tables.ReviewLog.length).toBeGreaterThan(0);

  await page.goto("/settings");
  const panel = page.getByTestId("data-panel");
  const file = panel.getByLabel("Backup file");
  await file.setInputFiles({ name: "same.json", mimeType: "application/json", buffer: Buffer.from(JSON.stringify(backup)) });
  await expect(panel.getByTestId("restore-status")).toContainText("nothing to change");

  const broken = structuredClone(backup);
  broken.tables.ReviewLog[0].rating = "good";
  await file.setInputFiles({ name: "broken.json", mimeType: "application/json", buffer: Buffer.from(JSON.stringify(broken)) });
  await expect(panel.getByTestId("restore-refused")).toContainText("This file cannot be restored; nothing was changed.");
  await expect(panel.getByTestId("restore-refused")).toContainText("tables.ReviewLog[0].rating");

  await file.setInputFiles({ name: "not-json.json", mimeType: "application/json", buffer: Buffer.from("{ nope") });
  await expect(panel.getByTestId("restore-refused")).toContainText("not valid JSON");

  // A review logged since the backup was taken is lost here; restoring brings it back, once.
  const lost = backup.tables.ReviewLog.at(-1)!;
  withDb((db) => db.prepare("DELETE FROM ReviewLog WHERE id = ?").run(lost.id));
  await file.setInputFiles({ name: "backup.json", mimeType: "application/json", buffer: Buffer.from(JSON.stringify(backup)) });
  const plan = panel.getByTestId("restore-plan");
  await expect(plan.getByRole("row", { name: /Review log/ })).toContainText("1");
  await panel.getByRole("button", { name: "Restore these changes" }).click();
  await expect(panel.getByTestId("restore-status")).toContainText("✓ Restored.");
  expect(withDb((db) => db.prepare("SELECT COUNT(*) AS n FROM ReviewLog WHERE id = ?").get(lost.id))).toEqual({ n: 1 });

  const refused = await request.post("/api/backup/restore?apply=1", { headers: { origin: "http://evil.example" }, data: backup });
  expect(refused.status()).toBe(403);
});

test("export to Anki: an .apkg holding every card of the content, and a TSV", async ({ request }) => {
  const res = await request.get("/api/export/anki");
  expect(res.ok()).toBe(true);
  const files = unzipSync(new Uint8Array(await res.body()));
  expect(strFromU8(files.media)).toBe("{}");
  const db = new Database(Buffer.from(files["collection.anki2"]));
  try {
    const n = (db.prepare("SELECT COUNT(*) AS n FROM notes").get() as { n: number }).n;
    const inContent = withDb((d) => (d.prepare("SELECT COUNT(*) AS n FROM Card WHERE kind = 'card' AND retired = 0").get() as { n: number }).n);
    expect(n).toBe(inContent);
    const decks = Object.values(JSON.parse((db.prepare("SELECT decks FROM col").get() as { decks: string }).decks)) as { name: string }[];
    expect(decks.map((d) => d.name)).toEqual(expect.arrayContaining(["Quorum::01 Quorums", "Quorum::02 Raft"]));
  } finally {
    db.close();
  }
  const tsv = await request.get("/api/export/tsv");
  expect((await tsv.text()).split("\n")[0]).toBe("#separator:tab");
});
