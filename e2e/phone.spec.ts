import { expect, test } from "@playwright/test";

// On a phone (390 px wide) no page scrolls sideways as a whole: wide diagrams and tables scroll
// inside their own boxes, and the simulators' player wraps. Fixture content (e2e/fixtures/content).

const PAGES = ["/", "/review", "/topics", "/topics/raft", "/topics/interviews", "/browse", "/settings", "/stats", "/drill", "/quiz", "/sim", "/sim/raft", "/sim/paxos", "/sim/two-phase-commit", "/sim/split-brain", "/sim/clocks", "/sim/reconcile", "/sim/linearizability", "/sim/quorum"];

test.use({ viewport: { width: 390, height: 844 }, hasTouch: true });

for (const path of PAGES) {
  test(`${path} fits a phone's width`, async ({ page }) => {
    await page.goto(path);
    await expect(page.locator("main")).toBeVisible();
    await page.waitForLoadState("networkidle");
    const wider = await page.evaluate(`(() => {
      const W = document.documentElement.clientWidth;
      const out = [];
      for (const el of document.querySelectorAll("main *")) {
        const r = el.getBoundingClientRect();
        if (r.width === 0 || r.right <= W + 1) continue;
        let p = el.parentElement, boxed = false;
        for (; p; p = p.parentElement) if (/(auto|scroll|hidden)/.test(getComputedStyle(p).overflowX)) { boxed = true; break; }
        if (!boxed) out.push(el.tagName.toLowerCase() + "." + (el.getAttribute("class") || "").split(" ").slice(0, 3).join(".") + " ends at " + Math.round(r.right) + " px");
      }
      return { overflow: document.documentElement.scrollWidth - W, out: out.slice(0, 5) };
    })()`);
    expect(wider).toEqual({ overflow: 0, out: [] });
  });
}
