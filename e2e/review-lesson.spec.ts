import { expect, test } from "@playwright/test";
import { ReviewPage } from "./pages/review-page";
import { LessonPage } from "./pages/topics-page";

// Fixture content (e2e/fixtures/content): lesson 01 quorums and 02 raft, three new cards each; the
// whole queue starts with quorums. This spec runs before review.spec.ts on the shared database, so
// it leaves it as it found it (its one grade is undone).
const RAFT_FIRST = "How many votes may a Raft server cast in one term?";
const RAFT_SECOND = "What does a follower check before accepting";
const QUORUMS_FIRST = "How many nodes form a majority quorum in a cluster of five?";

test("Study this lesson: only that lesson's cards, grading stays in the lesson, a link back to all cards", async ({ page }) => {
  const lesson = new LessonPage(page);
  await lesson.goto("raft", "Raft");
  await expect(page.getByText("reviews only this lesson's cards: its due ones first, then its new ones")).toBeVisible();
  await page.getByRole("link", { name: "Study this lesson" }).click();
  await expect(page).toHaveURL(/\/review\?lesson=raft$/);

  const review = new ReviewPage(page);
  await expect(page.getByTestId("review-scope")).toContainText("Studying one lesson: Raft");
  await expect(review.counts()).toHaveText("0 learning · 0 review · 3 new"); // raft's three, not all six
  await review.expectFront(RAFT_FIRST); // the whole queue would show a quorums card here
  await review.reveal();
  await review.gradeWithKey(3);
  await review.expectFront(RAFT_SECOND); // the grade's answer carried raft's next card
  await expect(review.counts()).toHaveText("1 learning · 0 review · 2 new");

  await review.undoWithKey(); // the undo stays in the lesson too, and restores the database
  await review.expectFront(RAFT_FIRST);
  await expect(review.counts()).toHaveText("0 learning · 0 review · 3 new");

  await page.getByRole("link", { name: "Review all cards" }).click();
  await expect(page).toHaveURL(/\/review$/);
  await review.expectFront(QUORUMS_FIRST);
  await expect(review.counts()).toHaveText("0 learning · 0 review · 6 new");
  await expect(page.getByTestId("review-scope")).toHaveCount(0);
});

test("an unknown lesson id is a clear message with a way back, not an error page", async ({ page }) => {
  const res = await page.goto("/review?lesson=no-such-lesson");
  expect(res?.status()).toBe(200);
  // (Next.js adds an empty route announcer with role alert; ours is the one with text.)
  await expect(page.getByRole("alert").filter({ hasText: "There is no lesson with id “no-such-lesson”" })).toBeVisible();
  await page.getByRole("link", { name: "Review all cards" }).click();
  await expect(page.getByTestId("card-front")).toContainText(QUORUMS_FIRST);
});
