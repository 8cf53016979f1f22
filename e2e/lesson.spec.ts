import { expect, test, type Page } from "@playwright/test";
import { LessonPage } from "./pages/topics-page";

// The lesson pages as a learner moves through them: short enough to tab through, ladders asked one
// rung at a time, targets a thumb can hit, wide diagrams that say they scroll. Fixture content
// (e2e/fixtures/content): Quorums has three cards, three checks and one ladder (three rungs); Raft's
// text has a diagram wider than a phone.

test.describe.configure({ timeout: 90_000 }); // many steps each; the shared machine is often loaded

/**
 * Every element the Tab key stops at: focusable, in the tab order, enabled and rendered (not inside a
 * closed row). The lesson's simulators are part of the lesson and have their own controls; they are
 * counted apart (`inSims`).
 */
async function tabStops(page: Page, inSims = false): Promise<string[]> {
  return page.evaluate((sims) =>
    [...document.querySelectorAll<HTMLElement>("a[href], button, input, select, textarea, summary, [tabindex]")]
      .filter((el) => (el.closest("[data-sim]") !== null) === sims)
      .filter((el) => el.tabIndex >= 0 && !(el as HTMLButtonElement).disabled && el.checkVisibility())
      // one stop per radio group
      .filter((el, i, all) => !(el instanceof HTMLInputElement && el.type === "radio" && all.slice(0, i).some((o) => o instanceof HTMLInputElement && o.name === el.name)))
      .map((el) => `${el.tagName.toLowerCase()} ${(el.getAttribute("aria-label") ?? el.textContent ?? "").trim().slice(0, 40)}`),
  inSims);
}

test("a lesson page is short to tab through: the chrome, its contents and links, not every item", async ({ page }) => {
  const lesson = new LessonPage(page);
  for (const [slug, title] of [["quorums", "Quorums"], ["raft", "Raft"]] as const) {
    await lesson.goto(slug, title);
    const stops = await tabStops(page);
    // skip link, logo, 9 nav links, breadcrumb, Study, Browse, 4 tabs, contents, practice links, next/previous
    expect(stops.length, stops.join("\n")).toBeLessThanOrEqual(30);
    expect(stops.filter((s) => /^(input|button)/.test(s))).toEqual([]); // no practice controls on the lesson itself
    // The text without its simulators (each a full interactive figure) stays short.
    const height = await page.evaluate(
      () => document.documentElement.scrollHeight - [...document.querySelectorAll<HTMLElement>("figure[data-sim]")].reduce((a, f) => a + f.offsetHeight, 0),
    );
    expect(height).toBeLessThan(2600);
  }
  // The items are one tab away, each list a row per item: one tab stop each until opened.
  await lesson.goto("quorums", "Quorums", "Checks");
  const stops = await tabStops(page);
  expect(stops.filter((s) => s.startsWith("summary"))).toHaveLength(3);
  expect(stops.length).toBeLessThanOrEqual(30);
});

test("an interview ladder is asked one rung at a time: each follow-up appears only after the answer before it", async ({ page }) => {
  const lesson = new LessonPage(page);
  await lesson.goto("quorums", "Quorums", "Interview questions");
  const ladder = await lesson.open(/Why do replicated systems use majority quorums/);
  const rung1 = ladder.getByText("What if two quorums did not overlap?");
  const rung2 = ladder.getByText("Can a quorum be smaller than a majority?");
  const rung3 = ladder.getByText("What does a smaller write quorum cost?");
  const model = ladder.getByText("Any two majorities of the same cluster share a node");

  await expect(model).toHaveCount(0);
  await expect(rung1).toHaveCount(0);
  await ladder.getByRole("button", { name: "Show the model answer" }).click();
  await expect(model).toBeVisible();
  await expect(model.locator("xpath=ancestor::div[@tabindex='-1']")).toBeFocused(); // focus follows what was revealed
  await expect(rung1).toBeVisible();
  await expect(rung2).toHaveCount(0);
  await expect(ladder).toContainText("2 more follow-up questions come as you reveal each answer.");

  await ladder.getByRole("button", { name: "Show the answer to follow-up 1" }).click();
  await expect(ladder.getByText("Two halves could decide different values")).toBeVisible();
  await expect(rung2).toBeVisible();
  await expect(rung3).toHaveCount(0);
  await ladder.getByRole("button", { name: "Show the answer to follow-up 2" }).click();
  await expect(rung3).toBeVisible();
  await expect(ladder.getByText("Reads must then ask more replicas")).toHaveCount(0);
  await ladder.getByRole("button", { name: "Show the answer to follow-up 3" }).click();
  await expect(ladder.getByText("Reads must then ask more replicas")).toBeVisible();
  await expect(ladder).toContainText("Every follow-up answered.");

  // The item's own page starts with the model answer shown, and still asks one follow-up at a time.
  await page.goto("/browse/e2e-ladder-why-majority");
  await expect(page.getByText("Any two majorities of the same cluster share a node")).toBeVisible();
  await expect(page.getByText("What if two quorums did not overlap?")).toBeVisible();
  await expect(page.getByText("Can a quorum be smaller than a majority?")).toHaveCount(0);
});

test.describe("on a touch phone", () => {
  test.use({ viewport: { width: 375, height: 740 }, hasTouch: true, isMobile: true });

  test("ordering arrows, choice inputs and rows are at least 44 px targets", async ({ page }) => {
    expect(await page.evaluate(() => matchMedia("(pointer: coarse)").matches)).toBe(true);
    const lesson = new LessonPage(page);
    await lesson.goto("quorums", "Quorums", "Checks");
    const order = await lesson.open(/Order these clusters/);
    const arrows = order.getByRole("button", { name: /^Move [a-c]\) (up|down)$/ });
    await expect(arrows).toHaveCount(6);
    for (const box of await arrows.evaluateAll((els) => els.map((e) => e.getBoundingClientRect().toJSON() as DOMRect))) {
      expect(box.width).toBeGreaterThanOrEqual(44);
      expect(box.height).toBeGreaterThanOrEqual(44);
    }
    const overlap = await lesson.open(/What is true of any two quorums/);
    const radios = overlap.getByRole("radio");
    await expect(radios).toHaveCount(3);
    // The target is the choice's whole row (its label), which a tap anywhere on selects.
    for (const box of await radios.evaluateAll((els) => els.map((e) => (e as HTMLInputElement).labels![0].getBoundingClientRect().toJSON() as DOMRect))) {
      expect(box.height).toBeGreaterThanOrEqual(44);
      expect(box.width).toBeGreaterThanOrEqual(44);
    }
    const input = (await radios.first().boundingBox())!;
    expect(input.height).toBeGreaterThanOrEqual(24);
    await overlap.getByRole("list", { name: "Choices" }).getByText("They share at least one replica.").tap();
    await expect(overlap.getByRole("radio", { name: /They share at least one replica/ })).toBeChecked();
  });

  test("a diagram wider than the screen scrolls in its own box, says so, and takes keyboard focus", async ({ page }) => {
    const lesson = new LessonPage(page);
    await lesson.goto("raft", "Raft");
    const box = lesson.body().getByRole("region", { name: "Diagram, scrolls sideways" });
    await expect(box).toBeVisible();
    await expect(box).toHaveAttribute("tabindex", "0");
    await expect(box.locator("xpath=following-sibling::p[1]")).toHaveText("↔ Scroll sideways for the rest");
    await expect(box.locator("xpath=following-sibling::p[1]")).toBeVisible();
    const { scrollWidth, innerWidth } = await page.evaluate(() => ({ scrollWidth: document.scrollingElement!.scrollWidth, innerWidth: window.innerWidth }));
    expect(scrollWidth).toBeLessThanOrEqual(innerWidth); // the page itself never scrolls sideways
    await box.focus();
    await page.keyboard.press("ArrowRight");
    await page.keyboard.press("ArrowRight");
    await expect.poll(() => box.evaluate((el) => el.scrollLeft)).toBeGreaterThan(0);
    // A table that fits (the small one in a card) is a plain box: no hint, no tab stop.
    await lesson.goto("quorums", "Quorums", "Cards");
    const card = await lesson.open(/which read and write quorum sizes/);
    await expect(card.getByRole("table")).toBeVisible();
    const narrow = card.locator(".scroll-x");
    await expect(narrow).not.toHaveAttribute("tabindex", "0");
    await expect(card.getByText("↔ Scroll sideways for the rest")).toBeHidden();
  });
});
