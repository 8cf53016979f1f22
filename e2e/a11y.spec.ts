import AxeBuilder from "@axe-core/playwright";
import { expect, test, type Page } from "@playwright/test";

// axe-core over every page, in light and in dark: no critical or serious violation (contrast,
// names, roles, scrollable regions…). Lists have every row opened first, so what a row hides is
// checked too. Simulators (full pages and lesson embeds) are swept once drawn: each embed is
// scrolled to (they load near the screen) and waited for. Fixture content (e2e/fixtures/content).

const PAGES: { path: string; name: string; openAll?: boolean; sims?: number }[] = [
  { path: "/", name: "Today" },
  { path: "/review", name: "Review" },
  { path: "/topics", name: "Topics" },
  { path: "/topics/raft", name: "Raft", sims: 2 },
  { path: "/topics/quorums", name: "Quorums", sims: 3 },
  { path: "/topics/interviews", name: "Interviews", sims: 3 },
  { path: "/topics/quorums/cards", name: "Quorums", openAll: true },
  { path: "/topics/quorums/checks", name: "Quorums", openAll: true },
  { path: "/topics/quorums/questions", name: "Quorums", openAll: true },
  { path: "/browse", name: "Browse" },
  { path: "/browse/e2e-quorum-sizes", name: "With N replicas" },
  { path: "/browse/e2e-check-size-order", name: "Order these clusters" },
  { path: "/browse/e2e-ladder-why-majority", name: "Why do replicated systems" },
  { path: "/settings", name: "Settings" },
  { path: "/stats", name: "Statistics", openAll: true },
  { path: "/drill", name: "Drill" },
  { path: "/drill/mock", name: "Mock interview" },
  { path: "/drill/history", name: "Drill history" },
  { path: "/quiz", name: "Quiz" },
  { path: "/quiz/history", name: "Past tests" },
  { path: "/sim", name: "Simulators" },
  { path: "/sim/raft", name: "Raft simulator", sims: 1 },
  { path: "/sim/paxos", name: "Paxos simulator", sims: 1 },
  { path: "/sim/two-phase-commit", name: "Two-phase commit simulator", sims: 1 },
  { path: "/sim/split-brain", name: "Split brain simulator", sims: 1 },
  { path: "/sim/clocks", name: "Clocks simulator", sims: 1 },
  { path: "/sim/reconcile", name: "Log reconciliation simulator", sims: 1 },
  { path: "/sim/linearizability", name: "Linearizability simulator", sims: 1 },
  { path: "/sim/quorum", name: "Quorums simulator", sims: 1 },
  { path: "/topics/no-such-lesson", name: "Lesson not found" },
];

/** Scroll to each simulator (embeds load near the screen) and wait until it has drawn its banner. */
async function drawSims(page: Page, count: number) {
  for (const figure of await page.locator("figure[data-sim]").all()) {
    await figure.scrollIntoViewIfNeeded();
    await expect(figure.getByTestId("sim-banner")).toBeVisible({ timeout: 60_000 });
  }
  await expect(page.getByTestId("sim-banner")).toHaveCount(count, { timeout: 60_000 });
}

async function violations(page: Page) {
  const { violations } = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"]).analyze();
  return violations
    .filter((v) => v.impact === "critical" || v.impact === "serious")
    .map((v) => `${v.id} (${v.impact}): ${v.help}\n${v.nodes.map((n) => `  ${n.target.join(" ")} ${n.failureSummary?.split("\n").slice(1, 2).join("") ?? ""}`).join("\n")}`);
}

for (const colorScheme of ["light", "dark"] as const) {
  test.describe(`${colorScheme} mode`, () => {
    test.describe.configure({ timeout: 120_000 }); // axe runs every rule over the whole page: slow on a loaded machine
    for (const { path, name, openAll, sims } of PAGES) {
      test(`${path} has no serious accessibility violation`, async ({ page }) => {
        await page.emulateMedia({ colorScheme });
        await page.goto(path);
        await expect(page.getByRole("heading", { level: 1, name: new RegExp(name) })).toBeVisible();
        if (sims) await drawSims(page, sims);
        if (openAll) await page.locator("details:not([open]) > summary").evaluateAll((els) => els.forEach((s) => (s.parentElement as HTMLDetailsElement).open = true));
        expect(await violations(page)).toEqual([]);
      });
    }

    test("/review with a card's answer shown has no serious accessibility violation", async ({ page }) => {
      await page.emulateMedia({ colorScheme });
      await page.goto("/review");
      await page.keyboard.press("Space");
      await expect(page.getByRole("button", { name: /Good/ })).toBeVisible();
      expect(await violations(page)).toEqual([]);
    });
  });
}
