import { expect, test } from "@playwright/test";
import { recordReviewWrites, unbury, undoGrade } from "./pages/review-api-client";
import { ReviewPage } from "./pages/review-page";

// Fixture content (e2e/fixtures/content): lesson quorums has three new cards. This spec runs after
// review-lesson.spec.ts and before review.spec.ts on the shared database, so each scenario leaves
// it as it found it (what the screen can no longer undo is undone through the API).
const FIRST = "How many nodes form a majority quorum in a cluster of five?";
const SECOND = "With N replicas, which read and write quorum sizes";
const THIRD = "How many crashed nodes can a majority-quorum cluster";

test("a reload keeps the session: its counts and its undo steps, until the learner finishes it", async ({ page }) => {
  test.slow(); // a long scenario: three page loads and a dozen round trips
  const writes = recordReviewWrites(page);
  const review = new ReviewPage(page);
  await page.goto("/review?lesson=quorums");
  await review.expectFront(FIRST);
  await review.reveal();
  await review.gradeWithKey(4); // Easy: due in days, so the lesson's queue does not show it again today
  await review.expectFront(SECOND);
  await review.reveal();
  await review.gradeWithKey(4);
  await review.expectFront(THIRD);
  await page.keyboard.press("b");
  await expect(review.summary).toContainText("Session complete");
  await expect(review.summaryFigure("Easy")).toHaveText("2");
  await review.settled();
  await page.reload();
  await expect(review.counts()).toHaveText("0 learning · 0 review · 0 new");
  await expect(review.summary).toContainText("Session complete");
  await expect(review.summaryFigure("Easy")).toHaveText("2");
  await expect(review.summaryFigure("Cards")).toHaveText("2");

  await expect(review.undoButton()).toBeEnabled();
  await review.undoWithKey(); // the bury
  await review.expectFront(THIRD);
  await review.undoWithKey(); // the second grade
  await review.expectFront(SECOND);
  await expect(review.counts()).toHaveText("0 learning · 0 review · 2 new");

  await page.keyboard.press("b");
  await review.expectFront(THIRD);
  await page.keyboard.press("b");
  await expect(review.summaryFigure("Cards")).toHaveText("1"); // the first grade; the second was undone
  await review.summary.getByRole("link", { name: "Finish session" }).click();
  await expect(page).toHaveURL(/\/$/);

  // Back in the lesson with SECOND due again: a fresh session counts only what is graded now.
  await unbury(page.request, writes.buries[1].cardId, writes.buries[1].version); // writes.buries: THIRD, SECOND, THIRD
  await page.goto("/review?lesson=quorums");
  await review.expectFront(SECOND);
  await review.reveal();
  await review.gradeWithKey(4);
  await expect(review.summaryFigure("Cards")).toHaveText("1");
  await review.undoWithKey();
  await review.expectFront(SECOND);
  await expect(review.undoButton()).toBeDisabled(); // nothing from the finished session is left to undo

  await undoGrade(page.request, writes.grades[0].id); // FIRST's Easy, from the finished session
  await unbury(page.request, writes.buries[2].cardId, writes.buries[2].version); // THIRD
  await review.settled();
  await page.reload();
  await expect(review.counts()).toHaveText("0 learning · 0 review · 3 new");
});

test("after a reload, an undo step changed in another tab is refused with the server's reason and dropped; U goes on", async ({ page }) => {
  const writes = recordReviewWrites(page);
  const review = new ReviewPage(page);
  await page.goto("/review?lesson=quorums");
  await review.expectFront(FIRST);
  await review.reveal();
  await review.gradeWithKey(4);
  await review.expectFront(SECOND);
  await review.reveal();
  await review.gradeWithKey(4);
  await review.expectFront(THIRD);
  await review.settled();
  await page.reload();
  await review.expectFront(THIRD);
  await expect(review.undoButton()).toBeEnabled();
  await undoGrade(page.request, writes.grades[1].id); // another tab takes back SECOND's grade

  await review.undoWithKey();
  await expect(page.getByRole("alert").filter({ hasText: "That grade was already undone." })).toBeVisible();
  await review.expectFront(SECOND); // what is next now: SECOND is new again
  await expect(review.undoButton()).toBeEnabled();
  await review.undoWithKey(); // the first grade
  await review.expectFront(FIRST);
  await expect(review.undoButton()).toBeDisabled();
  await expect(review.counts()).toHaveText("0 learning · 0 review · 3 new");
});

test("a reload right after a grade loses nothing: the write started after the paint still reaches the server, the undo step is kept", async ({ page }) => {
  const review = new ReviewPage(page);
  await page.goto("/review?lesson=quorums");
  await review.expectFront(FIRST);
  await review.reveal();
  await page.keyboard.press("4"); // Easy: out of today's lesson queue once recorded
  await review.expectFront(SECOND); // on screen at once; the request and the stored session follow the paint…
  await page.reload(); // …and the learner reloads without waiting for either
  const head = async () => ((await (await page.request.get("/api/review/next?lesson=quorums")).json()).next.card as { id: string } | null)?.id;
  await expect.poll(head).toBe("e2e-quorum-sizes"); // SECOND: FIRST's grade was recorded
  await page.reload();
  await review.expectFront(SECOND);
  await expect(review.undoButton()).toBeEnabled(); // the session kept the grade as an undo step
  await review.undoWithKey();
  await review.expectFront(FIRST);
  await expect(review.undoButton()).toBeDisabled();
  await review.settled();
  await expect(review.counts()).toHaveText("0 learning · 0 review · 3 new");
});
