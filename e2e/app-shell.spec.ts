import { expect, test, type Page } from "@playwright/test";

// The frame every page shares: the app icon, the main nav, and pages that fit a 375px phone.

const PAGES = ["/", "/review", "/topics", "/browse", "/settings"];

function consoleErrors(page: Page) {
  const errors: string[] = [];
  page.on("console", (m) => {
    if (m.type() === "error") errors.push(m.text());
  });
  page.on("pageerror", (e) => errors.push(e.message));
  return errors;
}

test("the app has an icon, so no page logs a console error (no /favicon.ico 404)", async ({ page }) => {
  const errors = consoleErrors(page);
  for (const path of ["/", "/review"]) {
    await page.goto(path);
    await expect(page.getByRole("navigation", { name: "Main" })).toBeVisible();
    const href = await page.locator('link[rel="icon"]').first().getAttribute("href");
    expect(href).toMatch(/^\/icon\.svg/);
    const icon = await page.request.get(href!);
    expect(icon.status()).toBe(200);
    expect(icon.headers()["content-type"]).toContain("image/svg+xml");
    await page.waitForLoadState("networkidle");
  }
  expect(errors).toEqual([]);
});

test.describe("on a 375px phone", () => {
  test.use({ viewport: { width: 375, height: 740 } });

  for (const path of PAGES) {
    test(`${path} does not scroll sideways`, async ({ page }) => {
      await page.goto(path);
      await expect(page.getByRole("navigation", { name: "Main" })).toBeVisible();
      const { scrollWidth, innerWidth } = await page.evaluate(() => ({ scrollWidth: document.scrollingElement!.scrollWidth, innerWidth: window.innerWidth }));
      expect(scrollWidth).toBeLessThanOrEqual(innerWidth);
    });
  }

  test("the main nav shows every link on screen, in at most two rows", async ({ page }) => {
    await page.goto("/browse");
    const links = page.getByRole("navigation", { name: "Main" }).getByRole("link");
    await expect(links).toHaveCount(9); // Dashboard, Review, Drill, Quiz, Topics, Simulators, Browse, Stats, Settings
    const boxes = await links.evaluateAll((els) => els.map((e) => e.getBoundingClientRect()).map((r) => ({ top: r.top, left: r.left, right: r.right })));
    expect(new Set(boxes.map((b) => Math.round(b.top))).size).toBeLessThanOrEqual(2);
    for (const b of boxes) {
      expect(b.left).toBeGreaterThanOrEqual(0);
      expect(b.right).toBeLessThanOrEqual(375);
    }
  });

  test("/browse results stack: each item's kind, lesson and schedule are readable without scrolling", async ({ page }) => {
    await page.goto("/browse");
    const row = page.getByRole("row").filter({ hasText: "How many nodes form a majority quorum" });
    const schedule = row.getByRole("cell").nth(3);
    await schedule.scrollIntoViewIfNeeded(); // down the page, below the filters; never sideways
    await expect(schedule).toBeInViewport();
    await expect(schedule).toHaveText(/^(New|Learning|Review|Relearning)/);
    const box = (await schedule.boundingBox())!;
    expect(box.x + box.width).toBeLessThanOrEqual(375);
    // The column name shows before the value where the header row is hidden.
    expect(await schedule.evaluate((td) => getComputedStyle(td, "::before").content)).toBe('"Schedule:"');
  });
});
