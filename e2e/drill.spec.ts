import fs from "node:fs";
import { expect, test, type Page } from "@playwright/test";

// Fixture content (e2e/fixtures/content/03-interviews): two ladders, "partition" (question + 3 rungs)
// and "leases" (question + 2 rungs). The scenarios run in order on one database and build on each
// other: the history scenario counts the six drills started before it.
const PARTITION = "A five-node cluster splits into two nodes and three nodes";
const RUNG_1 = "What do clients on the two-node side see?";
const RUNG_2 = "What if the cluster had four nodes split two and two?";
const LEASES = "When may a leader answer a read from its own state";
const LEASES_RUNG_1 = "What breaks the lease argument?";

// Each scenario walks several pages of a production build on a shared, busy machine.
test.describe.configure({ timeout: 120_000 });

const prompt = (page: Page) => page.getByTestId("drill-prompt");
const answerBox = (page: Page) => page.getByLabel(/Your answer/);

/** Keyboard only: T to type, Ctrl+Enter to reveal, Esc to leave the box. */
async function typeAndReveal(page: Page, text: string) {
  await page.keyboard.press("t");
  await expect(answerBox(page)).toBeFocused();
  await page.keyboard.type(text);
  await page.keyboard.press("Control+Enter");
  await expect(page.getByTestId("model-answer")).toBeVisible();
  await page.keyboard.press("Escape");
}

test("a keyboard-only practice drill climbs to the floor and ends in a report", async ({ page }) => {
  // The lesson's questions are one tab away, each a row that opens on its ladder.
  await page.goto("/topics/interviews/questions");
  await page.locator("details > summary").first().click();
  await page.getByRole("link", { name: "Drill this question" }).first().click();
  await expect(page.getByTestId("due-steps")).toContainText("0 ladder steps are due");
  await page.getByTestId("start-ladder").focus();
  await page.keyboard.press("Enter");

  await expect(prompt(page)).toContainText(PARTITION);
  await typeAndReveal(page, "Only the three-node side, it has a majority.");
  await expect(page.getByTestId("model-answer")).toContainText("it holds a majority of five");
  await expect(answerBox(page)).toHaveValue("Only the three-node side, it has a majority.");
  await page.keyboard.press("a");
  await page.keyboard.press("c");
  await expect(page.getByTestId("ticked-count")).toHaveText("2 of 3 ticked");
  await page.screenshot({ path: "e2e/screenshots/drill.png", fullPage: true });
  await page.keyboard.press("3");

  await expect(prompt(page)).toContainText(RUNG_1);
  await typeAndReveal(page, "They time out.");
  await page.keyboard.press("a");
  await page.keyboard.press("1"); // Again: the floor
  await expect(prompt(page)).toContainText(RUNG_2); // Practice goes on past it
  await expect(page.getByTestId("floor-note")).toContainText("Floor found at rung 1");

  await page.keyboard.press("n"); // next question: none left, so the drill ends
  await expect(page).toHaveURL(/\/drill\/history\/[0-9a-f-]{36}$/);
  const report = page.getByTestId("drill-report");
  await expect(report.getByTestId("floors")).toContainText("floor: Rung 1");
  await expect(report.getByTestId("report-keypoints")).toHaveText("3/6");
  await expect(report.getByTestId("study-next")).toContainText("Lesson: Interviews");
  await expect(report.getByTestId("transcript-step").first()).toContainText("Only the three-node side, it has a majority.");
});

test("a rung unlocked by a passed step is due in /drill, and a due drill starts at it; /review still serves only cards", async ({ page, request }) => {
  // Pass the leases question and stop: its first rung enters the schedule, due now.
  await page.goto("/drill?ladder=e2e-ladder-leases");
  await page.getByTestId("start-ladder").click();
  await expect(prompt(page)).toContainText(LEASES);
  await page.keyboard.press("Control+Enter");
  await page.keyboard.press("3");
  await expect(prompt(page)).toContainText(LEASES_RUNG_1);
  await page.getByRole("button", { name: "End the drill and see the report" }).click();
  await expect(page).toHaveURL(/\/drill\/history\//);

  await page.goto("/drill");
  await expect(page.getByTestId("due-steps")).toContainText("1 ladder step is due");
  await page.getByTestId("start-due").click();
  await expect(prompt(page)).toContainText(LEASES_RUNG_1);
  await expect(page.getByText("Follow-up 1 of 2")).toBeVisible();
  await page.getByRole("button", { name: "End the drill and see the report" }).click();
  await expect(page).toHaveURL(/\/drill\/history\//);

  const next = await (await request.get("/api/review/next")).json();
  expect(next.next.card.id).not.toContain("#");
  // A bad body is a readable 400, a foreign Origin a 403.
  const bad = await request.post("/api/drill/grade", { data: { id: "nope", stepId: "", rating: 7, ticked: [], version: 0 } });
  expect(bad.status()).toBe(400);
  expect((await bad.json()).error).toMatch(/id must be a UUID/);
  const foreign = await request.post("/api/drill/start", { data: {}, headers: { origin: "https://evil.example" } });
  expect(foreign.status()).toBe(403);
});

test("typed text survives a reload", async ({ page }) => {
  await page.goto("/drill");
  await page.getByTestId("start-surprise").click();
  await expect(prompt(page)).toBeVisible();
  await answerBox(page).fill("A lease needs bounded clock drift");
  await expect(page.getByTestId("save-status")).toHaveText("Saved");
  await page.reload();
  await expect(answerBox(page)).toHaveValue("A lease needs bounded clock drift");
  // Typed and gone at once: the page sends what it has as it closes.
  await answerBox(page).fill("A lease needs bounded clock drift, and no long pauses");
  await page.reload();
  // Restored once the page is interactive (from the server, or from the draft the page kept).
  await expect(answerBox(page)).toHaveValue("A lease needs bounded clock drift, and no long pauses", { timeout: 20_000 });
  await page.getByRole("button", { name: "End the drill and see the report" }).click();
  await expect(page).toHaveURL(/\/drill\/history\//);
});

test("a Live step shows its time box and then how far it ran over, without locking anything", async ({ page }) => {
  await page.clock.install();
  await page.goto("/drill?ladder=e2e-ladder-leases");
  await page.getByRole("radio", { name: /Live/ }).check();
  await page.getByTestId("start-ladder").click();
  const timer = page.getByTestId("step-timer");
  await expect(timer).toHaveText(/This step: 3:00 left|This step: 2:5\d left/);
  await expect(timer).toHaveAttribute("data-over", "false");
  await page.clock.fastForward("03:30");
  await expect(timer).toHaveAttribute("data-over", "true");
  await expect(timer).toContainText(/over time by 0:(29|3\d)/);
  await typeAndReveal(page, "Only under a lease.");
  await page.keyboard.press("1"); // Live: the floor ends this question, and the drill
  await expect(page).toHaveURL(/\/drill\/history\//);
  await expect(page.getByTestId("floors")).toContainText("floor: Question");
});

test("a mock interview is Live and ends with a report: floors, key points, time, lesson scores, what to study next", async ({ page }) => {
  await page.goto("/drill/mock");
  await page.getByTestId("start-mock").click();
  await expect(page.getByTestId("mock-timer")).toContainText(/Interview: (45:00|44:5\d) left/);
  await expect(page.getByTestId("step-timer")).toBeVisible();
  await typeAndReveal(page, "My mock answer");
  await page.keyboard.press("b");
  await page.keyboard.press("2"); // Hard: a pass
  await expect(page.getByRole("heading", { name: /Follow-up 1 of/ })).toBeVisible();
  await page.keyboard.press("Control+Enter");
  await expect(page.getByTestId("model-answer")).toBeVisible();
  await page.keyboard.press("1"); // the floor of the first question; Live moves to the next question
  // The fixture's three questions sit in two lessons; a mock takes one per lesson first, in a seeded order.
  await expect(page.getByText(/question 2 of [23]/)).toBeVisible();
  await page.getByRole("button", { name: "End the drill and see the report" }).click();

  await expect(page.getByRole("heading", { name: "Mock interview report" })).toBeVisible();
  expect(await page.getByTestId("floors").getByRole("listitem").count()).toBeGreaterThanOrEqual(2);
  await expect(page.getByTestId("floors")).toContainText("floor: Rung 1");
  await expect(page.getByTestId("report-keypoints")).toHaveText("1/6");
  await expect(page.getByTestId("lesson-scores")).toContainText(/Interviews|Quorums/);
  await expect(page.getByTestId("study-next").getByRole("link", { name: /^Lesson: (Interviews|Quorums)/ }).first()).toHaveAttribute("href", /^\/topics\/(interviews|quorums)$/);
  await expect(page.getByTestId("transcript-step").first()).toContainText(/time \d+:\d\d of 3:00/);
});

test("history lists every drill; a transcript opens and exports as Markdown", async ({ page }) => {
  await page.goto("/drill");
  await page.getByRole("link", { name: "History and transcripts" }).click();
  const rows = page.getByTestId("history").locator("tbody tr");
  await expect(rows).toHaveCount(6);
  await expect(rows.first()).toContainText("Mock interview · Live");
  await expect(rows.last()).toContainText("Drill · Practice");
  await expect(rows.last()).toContainText("floor: Rung 1");
  await rows.last().getByRole("link").first().click();
  await expect(page.getByTestId("transcript-step").first()).toContainText("Only the three-node side, it has a majority.");
  const [download] = await Promise.all([page.waitForEvent("download"), page.getByTestId("export-markdown").click()]);
  const md = fs.readFileSync((await download.path())!, "utf8");
  expect(md).toMatch(/^# Drill, /);
  expect(md).toContain("> Only the three-node side, it has a majority.");
  expect(md).toContain("- [x] only the three-node side is a majority");
  expect(md).toContain("Floor: Rung 1");
});
