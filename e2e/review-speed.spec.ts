import { expect, test, type Page } from "@playwright/test";
import { ReviewPage } from "./pages/review-page";

// The review screen never waits for the server: the next card is on screen in the same frame as
// the key, keys typed while a write is in flight are kept, a refused write rolls the screen back
// with the reason, and bury/suspend/undo say what they did where it can be seen.
// Each test leaves the fixture database as it found it (six new cards, FIRST at the head).

const FIRST = "How many nodes form a majority quorum in a cluster of five?";
const SECOND = "With N replicas, which read and write quorum sizes";
const THIRD = "How many crashed nodes can a majority-quorum cluster";

/** Hold every review write until the test lets it go, as a slow network would. */
async function holdWrites(page: Page) {
  let release!: () => void;
  const gate = new Promise<void>((r) => (release = r));
  let held = 0;
  await page.route(/\/api\/review\/(grade|undo|bury|suspend|unbury|unsuspend)$/, async (route) => {
    held += 1;
    await gate;
    await route.continue();
  });
  return { release, held: () => held };
}

test("the next card shows before the server answers, and keys typed meanwhile are not lost", async ({ page }) => {
  test.slow(); // two grades and two undos, each a round trip on a shared machine
  const review = new ReviewPage(page);
  await review.goto();
  await review.expectFront(FIRST);
  await review.reveal();
  const writes = await holdWrites(page);
  // "3" then Space at once: the grade waits on the network, the screen does not.
  await page.keyboard.press("3");
  await page.keyboard.press("Space");
  await expect(review.front).toContainText(SECOND);
  await expect(review.back).toBeVisible();
  await page.keyboard.press("3"); // a second grade, queued behind the first
  await review.expectFront(THIRD);
  await expect.poll(writes.held).toBe(1); // one write at a time, in order
  writes.release();
  await review.settled();

  // Undo steps back through both grades, in order, each card shown again with a visible note.
  await page.keyboard.press("u");
  await page.keyboard.press("u"); // typed while the first undo is in flight: kept, then run
  await review.expectFront(FIRST);
  await expect(page.getByTestId("toast")).toContainText("Undid Good.");
  await expect(review.undoButton()).toBeDisabled();
  await expect(review.counts()).toHaveText("0 learning · 0 review · 6 new");
});

test("a grade the server refuses rolls the screen back and says why", async ({ page }) => {
  const review = new ReviewPage(page);
  await review.goto();
  await review.expectFront(FIRST);
  // Another tab suspends the card on screen.
  const head = (await (await page.request.get("/api/review/next")).json()).next.card as { id: string; version: number };
  const suspended = await page.request.post(`/api/cards/${head.id}/suspend`, { data: { suspended: true, version: head.version } });
  expect(suspended.status()).toBe(200);
  const { version } = (await suspended.json()).result as { version: number };

  await review.reveal();
  await page.keyboard.press("3");
  await expect(page.getByRole("alert").filter({ hasText: "This card is suspended" })).toBeVisible();
  await review.expectFront(SECOND); // the server's queue now, without the suspended card
  await expect(review.undoButton()).toBeDisabled(); // the refused grade is not on the undo stack

  const back = await page.request.post(`/api/cards/${head.id}/suspend`, { data: { suspended: false, version } });
  expect(back.status()).toBe(200);
});

test("bury and suspend show a brief confirmation on screen, and so does their undo", async ({ page }) => {
  const review = new ReviewPage(page);
  await review.goto();
  await review.expectFront(FIRST);
  const toast = page.getByTestId("toast");
  await page.keyboard.press("b");
  await expect(toast).toHaveText("Buried until tomorrow. Press U to undo.");
  await review.expectFront(SECOND);
  await page.keyboard.press("s");
  await expect(toast).toHaveText("Suspended. Press U to undo.");
  await review.expectFront(THIRD);
  await page.keyboard.press("u");
  await expect(toast).toHaveText("Unsuspended. The card is back.");
  await review.expectFront(SECOND);
  await page.keyboard.press("u");
  await expect(toast).toHaveText("Unburied. The card is back.");
  await review.expectFront(FIRST);
  await expect(toast).toBeHidden({ timeout: 5_000 }); // brief
});

test("grade buttons: Again stands apart in colour, every button has its key number and a 3:1 border", async ({ page }) => {
  const review = new ReviewPage(page);
  await review.goto();
  await review.reveal();
  const style = (name: "Again" | "Hard" | "Good" | "Easy") =>
    review.grade(name).evaluate((el) => {
      const cs = getComputedStyle(el);
      return { border: cs.borderTopColor, width: cs.borderTopWidth, text: el.textContent ?? "" };
    });
  const [again, hard, good, easy] = await Promise.all([style("Again"), style("Hard"), style("Good"), style("Easy")]);
  expect(new Set([again.border, hard.border, good.border, easy.border]).size).toBe(4);
  for (const [i, s] of [again, hard, good, easy].entries()) {
    expect(s.text).toContain(String(i + 1));
    expect(parseFloat(s.width)).toBeGreaterThanOrEqual(2);
  }
  // Border against the page background: at least 3:1 (WCAG 1.4.11).
  const ratio = await review.grade("Again").evaluate((el) => {
    const rgb = (c: string) => (c.match(/[\d.]+/g) ?? []).slice(0, 3).map(Number);
    const lum = ([r, g, b]: number[]) => {
      const f = (v: number) => ((v /= 255) <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4);
      return 0.2126 * f(r) + 0.7152 * f(g) + 0.0722 * f(b);
    };
    const a = lum(rgb(getComputedStyle(el).borderTopColor));
    const b = lum(rgb(getComputedStyle(document.body).backgroundColor));
    return (Math.max(a, b) + 0.05) / (Math.min(a, b) + 0.05);
  });
  expect(ratio).toBeGreaterThanOrEqual(3);
});
