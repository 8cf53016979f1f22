import { expect, test, type Page } from "@playwright/test";
import { CHIP_TONES } from "../components/ui/chip";

// What axe cannot see: a learner who only has a keyboard reaches every control on a page with Tab
// and always sees where focus is; the grade buttons and chips are measured against WCAG's
// contrast thresholds (text 4.5:1, borders 3:1) in light and in dark. Fixture content
// (e2e/fixtures/content).

const PAGES: { path: string; ready: RegExp }[] = [
  { path: "/", ready: /Today/ },
  { path: "/review", ready: /Review/ },
  { path: "/topics", ready: /Topics/ },
  { path: "/topics/quorums", ready: /Quorums/ },
  { path: "/topics/quorums/checks", ready: /Quorums/ },
  { path: "/browse", ready: /Browse/ },
  { path: "/settings", ready: /Settings/ },
  { path: "/stats", ready: /Statistics/ },
  { path: "/drill", ready: /Drill/ },
  { path: "/quiz", ready: /Quiz/ },
  { path: "/sim", ready: /Simulators/ },
];

/** In the page: CSS colours as sRGB through a 1×1 canvas (works for hex, rgb(), oklch(), light-dark() results). */
const COLOR_HELPERS = `
  window.__rgba = (css) => {
    const c = document.createElement("canvas"); c.width = c.height = 1;
    const x = c.getContext("2d", { willReadFrequently: true });
    x.clearRect(0, 0, 1, 1); x.fillStyle = "#000"; x.fillStyle = css; x.fillRect(0, 0, 1, 1);
    const d = x.getImageData(0, 0, 1, 1).data; return [d[0], d[1], d[2], d[3] / 255];
  };
  window.__over = (top, under) => [0, 1, 2].map((i) => top[i] * top[3] + under[i] * (1 - top[3])).concat(1);
  /** The backdrop an element is painted on: its ancestors' backgrounds composited from the root down. */
  window.__backdrop = (el) => {
    const layers = [];
    for (let n = el; n; n = n.parentElement) layers.push(window.__rgba(getComputedStyle(n).backgroundColor));
    let bg = [255, 255, 255, 1];
    if (matchMedia("(prefers-color-scheme: dark)").matches) bg = [0, 0, 0, 1];
    for (const l of layers.reverse()) bg = window.__over(l, bg);
    return bg;
  };
  window.__lum = ([r, g, b]) => {
    const f = (v) => { v /= 255; return v <= 0.03928 ? v / 12.92 : Math.pow((v + 0.055) / 1.055, 2.4); };
    return 0.2126 * f(r) + 0.7152 * f(g) + 0.0722 * f(b);
  };
  window.__ratio = (a, b) => { const [x, y] = [window.__lum(a), window.__lum(b)].sort((p, q) => q - p); return (x + 0.05) / (y + 0.05); };
`;

async function install(page: Page) {
  await page.addInitScript(COLOR_HELPERS);
}

interface Stop {
  key: string;
  visible: boolean;
  why: string;
}

/** Presses Tab until focus comes back round (or leaves the document) and describes each stop. */
async function tabThrough(page: Page, max = 400): Promise<Stop[]> {
  const stops: Stop[] = [];
  const seen = new Set<string>();
  for (let i = 0; i < max; i++) {
    await page.keyboard.press("Tab");
    const s = (await page.evaluate(`(() => {
      const el = document.activeElement;
      if (!el || el === document.body) return null;
      if (!el.dataset.kbKey) el.dataset.kbKey = String(Math.random()).slice(2);
      el.getAnimations().forEach((a) => a.finish()); // measure the ring as it ends up, not mid-transition
      const cs = getComputedStyle(el);
      const bg = window.__backdrop(el.parentElement || el);
      let visible = false, why = "";
      if (cs.outlineStyle !== "none" && parseFloat(cs.outlineWidth) >= 2) {
        const r = window.__ratio(window.__over(window.__rgba(cs.outlineColor), bg), bg);
        visible = r >= 3; why = "outline " + cs.outlineWidth + " at " + r.toFixed(2) + ":1";
      } else if (el instanceof SVGElement) {
        // SVG groups draw their own ring (a shape that appears on :focus-visible).
        const ring = [...el.querySelectorAll("*")].find((c) => getComputedStyle(c).opacity === "1" && /focus/.test(c.getAttribute("class") || ""));
        visible = !!ring; why = ring ? "svg focus ring" : "svg without a visible ring";
      } else if (cs.boxShadow && cs.boxShadow !== "none") { visible = true; why = "box-shadow"; }
      else why = "no outline or ring";
      const name = (el.getAttribute("aria-label") || el.textContent || el.getAttribute("name") || "").trim().replace(/\\s+/g, " ").slice(0, 50);
      return { key: el.dataset.kbKey, visible, why: el.tagName.toLowerCase() + " '" + name + "': " + why };
    })()`)) as Stop | null;
    if (!s) {
      if (stops.length) break; // left the page's last control
      continue;
    }
    if (s.key === stops.at(-1)?.key) continue; // the next part of one control (a date input's day, month, year)
    if (seen.has(s.key)) break; // came round to the first control again
    seen.add(s.key);
    stops.push(s);
  }
  return stops;
}

/** Every control a mouse user can use right now, tagged so the Tab walk can be compared with it. */
async function controls(page: Page): Promise<{ key: string; label: string }[]> {
  return (await page.evaluate(`(() => {
    const sel = 'a[href], button:not(:disabled), input:not(:disabled):not([type=hidden]), select:not(:disabled), textarea:not(:disabled), summary, [tabindex]:not([tabindex="-1"])';
    const radioGroups = new Set();
    const out = [];
    for (const el of document.querySelectorAll(sel)) {
      if (!el.checkVisibility({ visibilityProperty: true, opacityProperty: false }) ) continue;
      const r = el.getBoundingClientRect(); if (r.width === 0 && r.height === 0) continue;
      if (el.closest("[inert]")) continue;
      // One stop per radio group (arrow keys move inside it).
      if (el.type === "radio") { if (radioGroups.has(el.name)) continue; radioGroups.add(el.name);
        const group = [...document.querySelectorAll('input[type=radio][name="' + el.name + '"]')];
        group.forEach((g) => { if (!g.dataset.kbKey) g.dataset.kbKey = "radio-" + el.name; });
      }
      if (!el.dataset.kbKey) el.dataset.kbKey = String(Math.random()).slice(2);
      out.push({ key: el.dataset.kbKey, label: el.tagName.toLowerCase() + " '" + (el.getAttribute("aria-label") || el.textContent || el.name || "").trim().replace(/\\s+/g, " ").slice(0, 50) + "'" });
    }
    return out;
  })()`)) as { key: string; label: string }[];
}

for (const colorScheme of ["light", "dark"] as const) {
  test.describe(`keyboard, ${colorScheme} mode`, () => {
    test.describe.configure({ timeout: 120_000 });
    for (const { path, ready } of PAGES) {
      test(`${path}: Tab reaches every control and focus is always visible`, async ({ page }) => {
        await install(page);
        await page.emulateMedia({ colorScheme });
        await page.goto(path);
        await expect(page.getByRole("heading", { level: 1, name: ready })).toBeVisible();
        await page.waitForLoadState("networkidle");
        const all = await controls(page);
        expect(all.length).toBeGreaterThan(3);
        const stops = await tabThrough(page);
        const reached = new Set(stops.map((s) => s.key));
        expect(all.filter((c) => !reached.has(c.key)).map((c) => c.label), "controls Tab never reaches").toEqual([]);
        expect(stops.filter((s) => !s.visible).map((s) => s.why), "stops without a visible focus indicator").toEqual([]);
      });
    }

    test("grade buttons: words at 4.5:1 and borders at 3:1, Again apart from the passing grades", async ({ page }) => {
      await install(page);
      await page.emulateMedia({ colorScheme });
      await page.goto("/review");
      await page.keyboard.press("Space");
      const grades = page.getByRole("group", { name: "Grade your answer" }).getByRole("button");
      await expect(grades).toHaveCount(4);
      const measured = (await page.evaluate(`[...document.querySelectorAll('[role=group][aria-label="Grade your answer"] button')].map((b) => {
        const cs = getComputedStyle(b);
        const own = window.__over(window.__rgba(cs.backgroundColor), window.__backdrop(b.parentElement));
        const border = window.__over(window.__rgba(cs.borderTopColor), window.__backdrop(b.parentElement));
        return { name: b.textContent.trim(), text: window.__ratio(window.__over(window.__rgba(cs.color), own), own),
          border: window.__ratio(border, window.__backdrop(b.parentElement)), borderWidth: parseFloat(cs.borderTopWidth), color: cs.borderTopColor };
      })`)) as { name: string; text: number; border: number; borderWidth: number; color: string }[];
      for (const m of measured) {
        expect(m.text, `${m.name}: text contrast`).toBeGreaterThanOrEqual(4.5);
        expect(m.border, `${m.name}: border contrast`).toBeGreaterThanOrEqual(3);
        expect(m.borderWidth).toBeGreaterThanOrEqual(2);
        expect(m.name).toMatch(/^[1-4]\s*(Again|Hard|Good|Easy)/); // key number and word, not colour alone
      }
      const colours = measured.map((m) => m.color);
      expect(new Set(colours.slice(1)).has(colours[0]), "Again's colour differs from every passing grade").toBe(false);
    });

    test("chips: words at 4.5:1 and borders at 3:1 on a lesson's cards and an item page", async ({ page }) => {
      await install(page);
      await page.emulateMedia({ colorScheme });
      await page.goto("/topics/quorums/cards");
      await expect(page.getByRole("heading", { level: 1, name: /Quorums/ })).toBeVisible();
      await page.locator("details:not([open]) > summary").evaluateAll((els) => els.forEach((s) => ((s.parentElement as HTMLDetailsElement).open = true)));
      expect(await page.locator("[data-chip]").count()).toBeGreaterThan(3);
      // Beside the chips on the page, one of every tone (the same classes as components/ui/chip.tsx) in a card row.
      await page.evaluate(`(() => {
        const row = document.querySelector("[data-chip]").parentElement;
        for (const [tone, cls] of ${JSON.stringify(Object.entries(CHIP_TONES))}) {
          const c = document.querySelector("[data-chip]").cloneNode(false);
          c.className = c.className.replace(/border-[a-z-]+ text-[a-z-]+/, cls); c.textContent = tone; row.append(c);
        }
      })()`);
      const measured = (await page.evaluate(`[...document.querySelectorAll("[data-chip]")].filter((c) => c.checkVisibility()).map((c) => {
        const cs = getComputedStyle(c);
        const bg = window.__over(window.__rgba(cs.backgroundColor), window.__backdrop(c.parentElement));
        return { name: c.textContent.trim(), text: window.__ratio(window.__over(window.__rgba(cs.color), bg), bg),
          border: window.__ratio(window.__over(window.__rgba(cs.borderTopColor), bg), window.__backdrop(c.parentElement)) };
      })`)) as { name: string; text: number; border: number }[];
      for (const tone of Object.keys(CHIP_TONES)) expect(measured.map((m) => m.name)).toContain(tone);
      for (const m of measured) {
        expect(m.text, `chip "${m.name}": text contrast`).toBeGreaterThanOrEqual(4.5);
        expect(m.border, `chip "${m.name}": border contrast`).toBeGreaterThanOrEqual(3);
      }
    });
  });
}
