import { expect, test } from "@playwright/test";
import { DashboardPage } from "./pages/dashboard-page";
import { gradeHead, undoGrade } from "./pages/review-api-client";
import { ReviewPage } from "./pages/review-page";
import { SettingsPage } from "./pages/settings-page";

// Fixture content (e2e/fixtures/content): lesson 01 quorums has three cards, lesson 02 raft three.
const FIRST = "How many nodes form a majority quorum in a cluster of five?";
const SECOND = "With N replicas, which read and write quorum sizes";
const THIRD = "How many crashed nodes can a majority-quorum cluster";
const FOURTH = "How many votes may a Raft server cast in one term?";
const FIFTH = "What does a follower check before accepting";
const SIXTH = "Myth or fact: a Raft leader may always answer reads";

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
  await review.settled();
  await page.reload();
  await review.expectFront(THIRD); // still new, still first in line
  await expect(review.counts()).toHaveText("2 learning · 0 review · 4 new"); // the two Goods are due in 10 min: inside the learn-ahead window
  await dashboard.goto();
  // The dashboard counts what /review serves: the same two learning cards, and it offers to start.
  expect(await dashboard.counts()).toEqual({ dueNow: 2, newToday: 4, doneToday: 2, streak: 1 });
  await expect(page.getByText("2 learning · 0 review", { exact: true })).toBeVisible();
  await dashboard.startReview();
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
  await review.settled();
  await page.reload();
  await review.expectFront(FOURTH); // the buried card stays away
});

test("U undoes the last action whatever it was: a suspend, then a bury, then a grade, each card shown again", async ({ page }) => {
  const review = new ReviewPage(page);
  await review.goto();
  await review.expectFront(FOURTH);
  await expect(review.counts()).toHaveText("2 learning · 0 review · 3 new");
  await review.reveal();
  await review.gradeWithKey(3);
  await review.expectFront(FIFTH);
  await page.keyboard.press("b");
  await review.expectFront(SIXTH);
  await page.keyboard.press("s");
  await review.expectFront(FIRST); // no new card left today: the learning cards, shown ahead of time

  await review.undoWithKey(); // the suspend
  await review.expectFront(SIXTH);
  await review.undoWithKey(); // the bury
  await review.expectFront(FIFTH);
  await review.undoWithKey(); // the grade
  await review.expectFront(FOURTH);
  await expect(review.counts()).toHaveText("2 learning · 0 review · 3 new");
  await expect(page.getByRole("button", { name: /^Undo/ })).toBeDisabled(); // back at the start of the session
  await expect(review.status()).toHaveText("Undid Good. The card is back.");
  // Nothing left to undo: U says so, in place of the last "Undid …", and asks the server nothing.
  const undoCalls: string[] = [];
  page.on("request", (r) => {
    if (/\/api\/review\/(undo|unbury|unsuspend)/.test(r.url())) undoCalls.push(r.url());
  });
  await review.undoWithKey();
  await expect(review.status()).toHaveText("Nothing to undo.");
  await review.expectFront(FOURTH);
  expect(undoCalls).toEqual([]);
  await review.settled();
  await page.reload(); // the database agrees: nothing buried, nothing suspended, FOURTH new
  await review.expectFront(FOURTH);
  await expect(review.counts()).toHaveText("2 learning · 0 review · 3 new");
});

test("a card graded in another tab: the screen says so and shows what is next", async ({ page }) => {
  const review = new ReviewPage(page);
  await review.goto();
  await review.expectFront(FOURTH);
  const other = await gradeHead(page.request, 3); // the other tab grades the same card
  expect(other.card.id).toBe("e2e-one-vote-per-term");
  await review.reveal();
  await page.keyboard.press("3");
  await expect(page.getByRole("alert").filter({ hasText: "That card was changed in another tab, so nothing was recorded for it; here is what is next." })).toBeVisible();
  await review.expectFront(FIFTH);
  await expect(page.getByText("reload")).toHaveCount(0);
  await undoGrade(page.request, other.gradeId); // leave the database as the next test expects
});

test("Study this lesson after today's new-card limit: the empty screen says how many wait and links to Settings", async ({ page }) => {
  test.slow(); // two settings saves and five page loads
  const settings = new SettingsPage(page);
  await settings.goto();
  await settings.field("New cards per day").fill("2"); // the two introduced today
  await settings.save();
  await expect(settings.status()).toHaveText("Settings saved.");

  const review = new ReviewPage(page);
  await page.goto("/review?lesson=raft");
  await expect(review.summary).toContainText("Nothing to review right now");
  await expect(page.getByTestId("held-back")).toHaveText(
    "3 new cards of Raft are waiting, but today's new-card limit (2) is reached. They continue when the next study day starts, or raise the limit in Settings. Or study this lesson's new cards anyway (custom study: they still count toward today).",
  );
  await expect(review.summary).not.toContainText("No learning or review cards are scheduled yet");
  // The held-back cards come when the next study day starts, not at some later card's due time.
  await expect(review.summary.getByTestId("next-card")).toHaveText(/^Next card at the start of tomorrow's study day \(\d\d:\d\d\)\.$/);

  // Custom study: the learner asks for this lesson's new cards beyond the limit, like Anki.
  await page.getByTestId("held-back").getByRole("link", { name: "study this lesson's new cards anyway" }).click();
  await expect(page).toHaveURL(/\/review\?lesson=raft&custom=1$/);
  await review.expectFront(FOURTH);
  await expect(page.getByTestId("review-scope")).toContainText("beyond today's new-card limit");
  await expect(review.counts()).toHaveText("0 learning · 0 review · 3 new");
  await page.goto("/review?lesson=raft"); // without asking, the limit holds again
  await page.getByTestId("held-back").getByRole("link", { name: "Settings" }).click();
  await expect(page).toHaveURL(/\/settings$/);

  await settings.field("New cards per day").fill("20"); // back to the default for the specs that follow
  await settings.save();
  await expect(settings.status()).toHaveText("Settings saved.");
  await page.goto("/review?lesson=raft");
  await review.expectFront(FOURTH);
});
