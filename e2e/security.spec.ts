import { randomUUID } from "node:crypto";
import { expect, test, type Page } from "@playwright/test";

// The server's edges, against the production build: security headers on every response, no other
// website can drive the API or the settings form, and a malformed address is a 4xx, never a 500.
// Every request here is refused, so nothing in the shared e2e database changes.

const EVIL = "http://evil.example";

test("every response carries the security headers; pages get a per-request script nonce", async ({ page, request }) => {
  const first = await request.get("/");
  const css = (await first.text()).match(/\/_next\/static\/[^"]+\.css/)?.[0];
  const paths = ["/", "/review", "/topics", "/settings", "/browse", "/api/review/next", "/no-such-page", ...(css ? [css] : [])];
  for (const path of paths) {
    const res = await request.get(path);
    const h = res.headers();
    expect(h["x-content-type-options"], path).toBe("nosniff");
    expect(h["x-frame-options"], path).toBe("DENY");
    expect(h["referrer-policy"], path).toBe("same-origin");
    if (path.startsWith("/_next/static")) continue; // a stylesheet needs no policy of its own
    const csp = h["content-security-policy"] ?? "";
    expect(csp, path).toContain("frame-ancestors 'none'");
    expect(csp, path).toContain("object-src 'none'");
    expect(csp, path).toContain("worker-src 'self' blob:");
    const script = csp.split(";").find((d) => d.trim().startsWith("script-src")) ?? "";
    expect(script, path).not.toContain("unsafe-inline");
    expect(script, path).not.toContain("unsafe-eval");
  }
  const a = (await request.get("/")).headers()["content-security-policy"]!.match(/'nonce-([^']+)'/)?.[1];
  const b = (await request.get("/")).headers()["content-security-policy"]!.match(/'nonce-([^']+)'/)?.[1];
  expect(a).toBeTruthy();
  expect(a).not.toBe(b);

  // Under that policy the pages still run their scripts: no CSP violation, and React hydrates
  // (only the hydrated settings form sends its save as a server-action fetch with Next-Action).
  const violations: string[] = [];
  page.on("console", (m) => {
    if (/Content Security Policy|Refused to/i.test(m.text())) violations.push(m.text());
  });
  for (const path of ["/", "/topics", "/browse", "/review"]) await page.goto(path, { waitUntil: "networkidle" });
  await captureSettingsAction(page);
  expect(violations).toEqual([]);
});

test("another website cannot grade a card: text/plain 'JSON' and a foreign Origin are refused", async ({ request, baseURL }) => {
  const head = async () => {
    const c = (await (await request.get("/api/review/next")).json()).next.card as { id: string; version: number } | null;
    return c && { id: c.id, version: c.version };
  };
  const before = await head();
  const card = before ?? { id: "e2e-majority-of-five", version: 0 };
  const body = JSON.stringify({ id: randomUUID(), cardId: card.id, rating: 3, version: card.version, durationMs: 1000 });

  // What a page on another site can send without a preflight.
  const forged = await request.post("/api/review/grade", { headers: { origin: EVIL, "content-type": "text/plain; charset=application/json" }, data: body });
  expect(forged.status()).toBe(403);
  expect((await forged.json()).error).toMatch(/another website/);

  const crossSite = await request.post("/api/review/grade", { headers: { "sec-fetch-site": "cross-site", "content-type": "application/json" }, data: body });
  expect(crossSite.status()).toBe(403);

  // The app's own origin, but not exactly application/json.
  const own = new URL(baseURL!).origin;
  const plain = await request.post("/api/review/grade", { headers: { origin: own, "content-type": "text/plain; charset=application/json" }, data: body });
  expect(plain.status()).toBe(415);

  for (const path of [`/api/review/bury`, `/api/review/suspend`, `/api/cards/${card.id}/suspend`, `/api/cards/${card.id}/unbury`]) {
    const res = await request.post(path, { headers: { origin: EVIL, "content-type": "application/json" }, data: { cardId: card.id, version: card.version, suspended: true } });
    expect(res.status(), path).toBe(403);
  }
  expect(await head()).toEqual(before); // nothing was graded, buried or suspended
});

/** Submit the settings form once and capture the server action request the browser sent. */
async function captureSettingsAction(page: Page) {
  await page.goto("/settings");
  let captured: { headers: Record<string, string>; body: Buffer } | null = null;
  await page.route("**/settings", async (route) => {
    const req = route.request();
    if (req.method() === "POST" && req.headers()["next-action"]) {
      captured = { headers: await req.allHeaders(), body: req.postDataBuffer() ?? Buffer.alloc(0) };
      await route.abort(); // the real save is not sent: nothing changes
    } else await route.continue();
  });
  await page.getByRole("button", { name: "Save settings" }).click();
  await expect.poll(() => captured !== null).toBe(true);
  await page.unroute("**/settings");
  return captured!;
}

test("the settings form's own refusals are readable 4xx answers, not 500s", async ({ page, request }) => {
  const action = await captureSettingsAction(page);
  const keep = Object.fromEntries(Object.entries(action.headers).filter(([k]) => ["next-action", "content-type", "accept", "next-router-state-tree"].includes(k)));

  const foreign = await request.post("/settings", { headers: { ...keep, origin: EVIL }, data: action.body });
  expect(foreign.status()).toBe(403);
  expect((await foreign.json()).error).toMatch(/another website/);

  const huge = await request.post("/settings", { headers: { ...keep, "content-type": "text/plain;charset=UTF-8" }, data: "x".repeat(1_100_000) });
  expect(huge.status()).toBe(413);
  expect((await huge.json()).error).toMatch(/too large/);
});

test("a malformed percent-escape in the address is a 400, not a 500", async ({ request }) => {
  for (const path of ["/api/cards/%zz/suspend", "/browse/%", "/topics/%zz", "/browse/%E0%A4%A"]) {
    const get = await request.get(path);
    expect(get.status(), path).toBe(400);
    expect(await get.text(), path).toMatch(/malformed percent-escape/);
  }
  const post = await request.post("/api/cards/%zz/suspend", { data: { suspended: true, version: 0 } });
  expect(post.status()).toBe(400);
  expect((await post.json()).error).toMatch(/malformed percent-escape/);
});
