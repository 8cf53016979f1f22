import { expect, test } from "@playwright/test";
import { DashboardPage } from "./pages/dashboard-page";
import { ReviewPage } from "./pages/review-page";

// Fixture content (e2e/fixtures/content): lesson 01 quorums has three cards, lesson 02 raft three.
const FIRST = "How many nodes form a majority quorum in a cluster of five?";
const SECOND = "With N replicas, which read and write quorum sizes";
const THIRD = "How many crashed nodes can a majority-quorum cluster";
const FOURTH = "How many votes may a Raft server cast in one term?";

test("review three cards with the keyboard, undo one, reload: the dashboard agrees", async ({ page }) => {
  const dashboard = new DashboardPage(page);
  await dashboard.goto();
  expect(await dashboard.counts()).toEqual({ dueNow: 0, newToday: 6, doneToday: 0, streak: 0 });
  await dashboard.startReview();

  const review = new ReviewPage(page);
  await expect(review.counts()).toHaveText("0 learning · 0 review · 6 new");
  await review.expectFront(FIRST); // new cards in lesson order, then file order
  await review.reveal();
  await expect(review.grade("Good")).toContainText("10m"); // the default learning steps 1m 10m
  await expect(review.grade("Again")).toContainText("1m");
  await expect(page.getByText("Hard is a pass")).toBeVisible();
  await review.gradeWithKey(3);

  await review.expectFront(SECOND);
  await review.reveal();
  await expect(review.back.locator("table")).toBeVisible(); // GFM table rendered
  await page.screenshot({ path: "e2e/screenshots/review.png", fullPage: true });
  await review.gradeWithKey(3);

  await review.expectFront(THIRD);
  await review.reveal();
  await review.gradeWithKey(4);
  await review.expectFront(FOURTH);

  await review.undoWithKey(); // takes back the Easy on the third card
  await review.expectFront(THIRD);
  await expect(review.counts()).toHaveText(/4 new/);

  await page.reload();
  await review.expectFront(THIRD); // still new, still first in line
  await dashboard.goto();
  expect(await dashboard.counts()).toEqual({ dueNow: 0, newToday: 4, doneToday: 2, streak: 1 });
});

test("Ctrl+Z undoes too, bury (B) skips a card until tomorrow", async ({ page }) => {
  const review = new ReviewPage(page);
  await review.goto();
  await review.expectFront(THIRD);
  await review.reveal();
  await review.gradeWithKey(1);
  await review.expectFront(FOURTH);
  await page.keyboard.press("Control+z");
  await review.expectFront(THIRD);
  await page.keyboard.press("b");
  await review.expectFront(FOURTH);
  await page.reload();
  await review.expectFront(FOURTH); // the buried card stays away
});
