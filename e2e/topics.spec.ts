import { expect, test } from "@playwright/test";
import { gradeHead, undoGrade } from "./pages/review-api-client";
import { LessonPage, TopicsPage } from "./pages/topics-page";

// Fixture content (e2e/fixtures/content): lesson 01 Quorums and 02 Raft, three cards each, three
// concept checks and one interview ladder in Quorums, headings, a wide diagram and simulator embeds in
// Raft's text (e2e/sim.spec.ts and e2e/sim2.spec.ts drive them); 03 Interviews holds the drills' two
// ladders. Tests leave the database as they found it: other specs share it.

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

test("a lesson page is the lesson: text and contents; its cards one tab away, each a row that opens on its answer", async ({ page }) => {
  const topics = new TopicsPage(page);
  await topics.goto();
  await topics.open("Raft");
  const lesson = new LessonPage(page);
  await expect(lesson.body()).toContainText("A second fixture lesson, so new cards come lesson by lesson.");
  await expect(lesson.tabs.getByRole("link")).toContainText(["Lesson", "Cards3", "Checks0", "Interview questions0"]);
  await expect(lesson.tabs.getByRole("link", { name: "Lesson", exact: true })).toHaveAttribute("aria-current", "page");
  await expect(page.getByRole("button", { name: "Check answer" })).toHaveCount(0); // no item is printed on the lesson itself

  // The contents lead to the lesson's own headings (h2, with h3 under them).
  await expect(lesson.contents().getByRole("link")).toHaveText(["Terms and leaders", "A log too wide for a phone", "Reading the log"]);
  await lesson.contents().getByRole("link", { name: "Reading the log" }).click();
  await expect(page).toHaveURL(/#reading-the-log$/);
  await expect(page.getByRole("heading", { name: "Reading the log", level: 3 })).toBeInViewport();

  await lesson.openTab("Cards");
  await expect(page).toHaveURL(/\/topics\/raft\/cards$/);
  await expect(lesson.list("Cards")).toHaveAccessibleName("Cards (3)");
  const back = page.getByText("One, first come first served");
  await expect(back).toBeHidden();
  const vote = await lesson.open(/How many votes may a Raft server cast in one term/);
  await expect(back).toBeVisible(); // opening a card's row turns it over
  await expect(vote).toContainText("Level 1 · core");
  await expect(vote.getByRole("link", { name: "#elections" })).toHaveAttribute("href", "/browse?tag=elections");
  await expect(vote).toContainText("Sources: ext Raft paper (Ongaro & Ousterhout 2014) §5.2");

  const appendEntries = await lesson.open(/What does a follower check before accepting/);
  const diagram = appendEntries.locator("pre");
  await expect(diagram).toContainText("prevLogIndex=3, prevLogTerm=2");
  await expect(diagram.locator("xpath=..")).toHaveCSS("overflow-x", "auto"); // its scroll box
  await expect(diagram.locator("code")).toHaveCSS("font-family", /mono/i);

  await expect(lesson.item(/Myth or fact: a Raft leader/)).toContainText("Myth (E07)");
  await vote.getByRole("link", { name: "Details of e2e-one-vote-per-term" }).click();
  await expect(page).toHaveURL(/\/browse\/e2e-one-vote-per-term$/);
  // …and the item's page leads back to its row, opened.
  await page.getByRole("main").getByRole("link", { name: "Raft", exact: true }).last().click();
  await expect(page).toHaveURL(/\/topics\/raft\/cards#e2e-one-vote-per-term$/);
  await expect(lesson.item(/How many votes may a Raft server cast/)).toHaveAttribute("open", "");
});

test("a lesson's list is searchable: every word typed must appear in the item", async ({ page }) => {
  const lesson = new LessonPage(page);
  await lesson.goto("quorums", "Quorums", "Cards");
  await expect(lesson.visibleRows()).toHaveCount(3);
  await lesson.filter("Filter cards").fill("OVERLAP r + w"); // words from the back, any case, any order
  await expect(lesson.visibleRows()).toHaveCount(1);
  await expect(lesson.visibleRows().first()).toContainText("which read and write quorum sizes");
  await expect(page.getByRole("status").filter({ hasText: "match" })).toHaveText("1 of 3 cards match");
  await lesson.filter("Filter cards").fill("paxos raft zab");
  await expect(lesson.visibleRows()).toHaveCount(0);
  await expect(page.getByText("No cards match “paxos raft zab”. Try fewer words.")).toBeVisible();
  await lesson.filter("Filter cards").fill("");
  await expect(lesson.visibleRows()).toHaveCount(3);
});

test("a concept check can be answered with the keyboard, then marked beside the key and explanation", async ({ page }) => {
  const lesson = new LessonPage(page);
  await lesson.goto("quorums", "Quorums", "Checks");
  await expect(lesson.list("Concept checks")).toHaveAccessibleName("Concept checks (3)");

  const overlap = await lesson.open(/What is true of any two quorums/);
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

  // Choices show in the attempt's seeded order, lettered as shown: disjoint, always the same three, share.
  const radios = overlap.getByRole("radio");
  await expect(radios.nth(0)).toHaveAccessibleName(/^a\) They may be disjoint/);
  await expect(radios.nth(2)).toHaveAccessibleName(/^c\) They share at least one replica/);
  await overlap.getByRole("radio", { name: /They may be disjoint/ }).focus();
  await page.keyboard.press("ArrowDown"); // radios: arrows move the pick
  await page.keyboard.press("ArrowDown");
  await expect(overlap.getByRole("radio", { name: /They share at least one replica/ })).toBeChecked();
  await expect(overlap.getByRole("status")).toHaveText(""); // a new pick clears the old mark
  await overlap.getByRole("button", { name: "Check answer" }).click();
  await expect(overlap.getByRole("status")).toHaveText(/^Correct/);
  await expect(overlap.getByText("✓ your pick, correct")).toBeVisible();
  await expect(overlap.getByText(/Correct answer/).locator("..")).toContainText("c) They share at least one replica");

  // "Try again" starts a new attempt: nothing picked, no mark, the choices reshuffled and relettered.
  await overlap.getByRole("button", { name: "Try again" }).click();
  await expect(overlap.getByRole("status")).toHaveText("");
  await expect(overlap.getByText("✓ your pick, correct")).toHaveCount(0);
  await expect(radios.nth(0)).toHaveAccessibleName(/^a\) They share at least one replica/);
  await expect(radios.nth(0)).not.toBeChecked();

  const crashes = await lesson.open(/How many nodes can crash while it still commits/);
  await crashes.getByLabel("Your answer (nodes)").fill("2");
  await page.keyboard.press("Enter");
  await expect(crashes.getByRole("status")).toHaveText(/^Correct/);
});

test("an ordering check: letters run a, b, c down the shuffled list, so they never spell the key; keyboard moves keep focus", async ({ page }) => {
  const lesson = new LessonPage(page);
  await lesson.goto("quorums", "Quorums", "Checks");
  // Written in the key's order it would start solved; its first attempt shows five, three, seven
  // (lettered a, b, c as shown), never the key's order.
  const order = await lesson.open(/Order these clusters/);
  const places = order.getByRole("list", { name: "Your order" }).getByRole("listitem");
  const shown = async () => (await places.allInnerTexts()).map((t) => /([a-z])\) (\w+)/.exec(t)?.slice(1).join(" "));
  await expect.poll(shown).toEqual(["a Five", "b Three", "c Seven"]);
  await order.getByRole("button", { name: "Check answer" }).click();
  await expect(order.getByRole("status")).toHaveText(/^Not quite/);
  const key = order.getByText("Correct answer").locator("xpath=following-sibling::ol").getByRole("listitem");
  await expect(key).toHaveText(["b) Three nodes", "a) Five nodes", "c) Seven nodes"]);

  // Keyboard moves keep focus on the moved choice; at the top, focus rests on its row, so a press
  // too many does nothing (it used to land on ↓ and move the choice back down). A choice keeps its
  // letter while it moves.
  await order.getByRole("button", { name: "Move b) up" }).focus();
  await page.keyboard.press("Enter");
  await expect(places.first()).toBeFocused();
  await expect(order.getByRole("status")).toHaveText(""); // a move clears the old mark
  await page.keyboard.press("Enter");
  await expect.poll(shown).toEqual(["b Three", "a Five", "c Seven"]);
  await expect(order.getByRole("button", { name: "Move b) up" })).toBeDisabled();

  await page.keyboard.press("Tab"); // from the row: past the disabled ↑ to ↓
  await expect(order.getByRole("button", { name: "Move b) down" })).toBeFocused();
  await page.keyboard.press("Enter");
  await expect.poll(shown).toEqual(["a Five", "b Three", "c Seven"]);
  await expect(order.getByRole("button", { name: "Move b) down" })).toBeFocused();
  await page.keyboard.press("Shift+Tab");
  await expect(order.getByRole("button", { name: "Move b) up" })).toBeFocused();
  await page.keyboard.press("Enter");
  await expect.poll(shown).toEqual(["b Three", "a Five", "c Seven"]);
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
