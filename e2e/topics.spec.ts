import { expect, test } from "@playwright/test";
import { gradeHead, undoGrade } from "./pages/review-api-client";
import { LessonPage, TopicsPage } from "./pages/topics-page";

// Fixture content (e2e/fixtures/content): lesson 01 Quorums and 02 Raft, three cards each, three
// concept checks in Quorums, no simulator lines; 03 Interviews holds only the drills' two ladders (the placeholders are covered by components/lesson-body.test.ts
// on the real lessons). Tests leave the database as they found it: other specs share it.

test("the nav leads to Topics: every lesson in order with its item counts, progress and the definitions", async ({ page }) => {
  await page.goto("/");
  await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Topics" }).click();
  const topics = new TopicsPage(page);
  await expect(page.getByRole("heading", { name: "Topics", level: 1 })).toBeVisible();
  await expect(page.getByRole("link", { name: "Topics" })).toHaveAttribute("aria-current", "page");
  await expect(topics.lessons).toHaveCount(3);
  await expect(topics.lessons.nth(0).getByRole("heading")).toHaveText("01 Quorums");
  await expect(topics.lessons.nth(1).getByRole("heading")).toHaveText("02 Raft");
  await expect(topics.lesson("Quorums")).toContainText("Why majorities overlap, and what overlap buys.");
  await expect(topics.lesson("Raft")).toContainText("3 cards · 0 concept checks · 0 interview ladders");
  expect((await topics.progress("Raft")).total).toBe(3);
  await expect(page.getByText(/Mastered: in review with a stability of at least 21 days/)).toBeVisible();
});

test("a lesson page: its text, cards with the answer behind a disclosure, sources, diagrams that scroll, a link to details", async ({ page }) => {
  const topics = new TopicsPage(page);
  await topics.goto();
  await topics.open("Raft");
  const lesson = new LessonPage(page);
  await expect(lesson.body()).toContainText("A second fixture lesson, so new cards come lesson by lesson.");
  await expect(lesson.section("Cards")).toHaveAccessibleName("Cards (3)");
  await expect(lesson.section("Concept checks")).toContainText("None in this lesson yet.");

  const vote = lesson.item(/How many votes may a Raft server cast in one term/);
  await expect(vote).toContainText("Level 1 · core");
  await expect(vote.getByRole("link", { name: "#elections" })).toHaveAttribute("href", "/browse?tag=elections");
  await expect(vote).toContainText("Sources: ext Raft paper (Ongaro & Ousterhout 2014) §5.2");
  const back = vote.getByText("One, first come first served");
  await expect(back).toBeHidden();
  await vote.getByText("Answer", { exact: true }).click();
  await expect(back).toBeVisible();

  const appendEntries = lesson.item(/What does a follower check before accepting/);
  await appendEntries.getByText("Answer", { exact: true }).click();
  const diagram = appendEntries.locator("pre");
  await expect(diagram).toContainText("prevLogIndex=3, prevLogTerm=2");
  await expect(diagram).toHaveCSS("overflow-x", "auto");
  await expect(diagram.locator("code")).toHaveCSS("font-family", /mono/i);

  await expect(lesson.item(/Myth or fact: a Raft leader/)).toContainText("Myth or fact (E07)");
  await vote.getByRole("link", { name: "Details of e2e-one-vote-per-term" }).click();
  await expect(page).toHaveURL(/\/browse\/e2e-one-vote-per-term$/);
});

test("a concept check can be answered with the keyboard, then marked beside the key and explanation", async ({ page }) => {
  const lesson = new LessonPage(page);
  await lesson.goto("quorums", "Quorums");
  await expect(lesson.section("Concept checks")).toHaveAccessibleName("Concept checks (3)");

  const overlap = lesson.item(/What is true of any two quorums/);
  const explanation = overlap.getByText("Three plus three is six");
  await expect(explanation).toBeHidden();
  await expect(overlap.getByRole("group", { name: "Choose one." })).toBeVisible();
  await overlap.getByRole("button", { name: "Check answer" }).click();
  await expect(overlap.getByRole("status")).toHaveText(/Pick an answer first/);
  await expect(explanation).toBeHidden();

  await overlap.getByRole("radio", { name: /They may be disjoint/ }).focus();
  await page.keyboard.press("Space");
  await page.keyboard.press("Tab");
  await expect(overlap.getByRole("button", { name: "Check answer" })).toBeFocused();
  await page.keyboard.press("Enter");
  await expect(overlap.getByRole("status")).toHaveText(/^Not quite/);
  await expect(overlap.getByText("✗ your pick, not correct")).toBeVisible();
  await expect(overlap.getByText("← correct, not picked")).toBeVisible();
  await expect(explanation).toBeVisible();

  await overlap.getByRole("radio", { name: /They may be disjoint/ }).focus();
  await page.keyboard.press("ArrowDown"); // radios: arrows move the pick
  await expect(overlap.getByRole("radio", { name: /They share at least one replica/ })).toBeChecked();
  await expect(overlap.getByRole("status")).toHaveText(""); // a new pick clears the old mark
  await overlap.getByRole("button", { name: "Check answer" }).click();
  await expect(overlap.getByRole("status")).toHaveText(/^Correct/);
  await expect(overlap.getByText("✓ your pick, correct")).toBeVisible();

  const crashes = lesson.item(/How many nodes can crash while it still commits/);
  await crashes.getByLabel("Your answer (nodes)").fill("2");
  await page.keyboard.press("Enter");
  await expect(crashes.getByRole("status")).toHaveText(/^Correct/);

  // Written in the key's order (three, five, seven nodes would be b, a, c), it starts shuffled by
  // its id: never already solved, the same on every visit.
  const order = lesson.item(/Order these clusters/);
  const places = order.getByRole("list", { name: "Your order" }).getByRole("listitem");
  const ids = async () => (await places.allInnerTexts()).map((t) => /([a-z])\)/.exec(t)?.[1]);
  await expect.poll(ids).toEqual(["b", "c", "a"]);
  await order.getByRole("button", { name: "Check answer" }).click();
  await expect(order.getByRole("status")).toHaveText(/^Not quite/);

  // Keyboard moves keep focus on the moved choice; at the top, focus rests on its row, so a press
  // too many does nothing (it used to land on ↓ and move the choice back down).
  await order.getByRole("button", { name: "Move a) up" }).focus();
  await page.keyboard.press("Enter");
  await expect(order.getByRole("button", { name: "Move a) up" })).toBeFocused();
  await page.keyboard.press("Enter");
  await expect(places.first()).toBeFocused();
  await expect(order.getByRole("status")).toHaveText(""); // a move clears the old mark
  await page.keyboard.press("Enter");
  await expect.poll(ids).toEqual(["a", "b", "c"]);
  await expect(order.getByRole("button", { name: "Move a) up" })).toBeDisabled();

  await page.keyboard.press("Tab"); // from the row: past the disabled ↑ to ↓
  await expect(order.getByRole("button", { name: "Move a) down" })).toBeFocused();
  await page.keyboard.press("Enter");
  await expect.poll(ids).toEqual(["b", "a", "c"]);
  await expect(order.getByRole("button", { name: "Move a) down" })).toBeFocused();
  await order.getByRole("button", { name: "Check answer" }).click();
  await expect(order.getByRole("status")).toHaveText(/^Correct/);
  await expect(order.getByText("✓ in place")).toHaveCount(3);
});

test("a review shows in its lesson's progress, and undo takes it back", async ({ page }) => {
  const { card, gradeId } = await gradeHead(page.request, 3);
  const lesson = new LessonPage(page);
  await lesson.goto(card.lesson.id, card.lesson.title);
  const after = await lesson.progress();
  await undoGrade(page.request, gradeId);
  await page.reload();
  const before = await lesson.progress();
  // On a fresh database the head of the queue is a new card; a card already in learning was seen before.
  expect(after.seen - before.seen).toBe(card.state === "New" ? 1 : 0);
  expect(after.total).toBe(3);

  await page.getByRole("link", { name: "Study this lesson" }).click();
  await expect(page.getByRole("heading", { name: "Review" })).toBeVisible();
});

test("an unknown lesson is a 404 that points back to the topics", async ({ page }) => {
  const res = await page.goto("/topics/no-such-lesson");
  expect(res?.status()).toBe(404);
  await expect(page.getByRole("heading", { name: "Lesson not found" })).toBeVisible();
  await page.getByRole("link", { name: "See all topics" }).click();
  await expect(page.getByRole("heading", { name: "Topics", level: 1 })).toBeVisible();
});
