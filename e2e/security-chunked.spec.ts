import http from "node:http";
import { expect, test, type Page } from "@playwright/test";

// A body sent in chunks (Transfer-Encoding: chunked, no Content-Length) declares no size, so no
// limit could refuse it before it is read: a 2 MB one used to reach Next's server-action parser and
// come back as a 500. Against the production build: such a body is a readable 4xx wherever it is
// sent, and the app's ordinary small requests (which always carry Content-Length) still work.
// Nothing here changes the shared e2e database (the one request that succeeds changes nothing).

const TWO_MB = 2 * 1024 * 1024;

interface Answer {
  status: number;
  body: string;
}

/**
 * POST `size` bytes of "x" to `path`, in 64 KB chunks and without Content-Length (Node then sends
 * Transfer-Encoding: chunked), or with it when `declare` is set. The server may answer before the
 * whole body is sent and close the connection: the answer is what counts, not the rest of the upload.
 */
function rawPost(baseURL: string, path: string, headers: Record<string, string>, size: number, { declare = false } = {}): Promise<Answer> {
  const url = new URL(path, baseURL);
  return new Promise((resolve, reject) => {
    let answered = false;
    const req = http.request(
      { host: url.hostname, port: url.port, path: url.pathname + url.search, method: "POST", headers: declare ? { ...headers, "content-length": String(size) } : headers },
      (res) => {
        answered = true;
        let body = "";
        res.setEncoding("utf8");
        res.on("data", (c: string) => (body += c));
        res.on("end", () => resolve({ status: res.statusCode ?? 0, body }));
        res.on("error", () => resolve({ status: res.statusCode ?? 0, body }));
      },
    );
    req.on("error", (e) => {
      if (!answered) reject(e);
    });
    req.setTimeout(20_000, () => req.destroy(new Error("no answer within 20 s")));
    const chunk = Buffer.alloc(Math.min(64 * 1024, size), "x");
    let sent = 0;
    const pump = () => {
      while (sent < size && !answered && !req.destroyed) {
        const part = sent + chunk.length <= size ? chunk : chunk.subarray(0, size - sent);
        sent += part.length;
        if (!req.write(part)) {
          req.once("drain", pump);
          return;
        }
      }
      if (!req.destroyed) req.end();
    };
    pump();
  });
}

/** The headers the settings form's server action sends (captured from a real click; the save itself is not sent). */
async function settingsActionHeaders(page: Page): Promise<Record<string, string>> {
  await page.goto("/settings");
  let captured: Record<string, string> | null = null;
  await page.route("**/settings", async (route) => {
    const req = route.request();
    if (req.method() === "POST" && req.headers()["next-action"]) {
      captured = await req.allHeaders();
      await route.abort();
    } else await route.continue();
  });
  await page.getByRole("button", { name: "Save settings" }).click();
  await expect.poll(() => captured !== null).toBe(true);
  await page.unroute("**/settings");
  const keep = ["next-action", "content-type", "accept", "next-router-state-tree", "origin"];
  return Object.fromEntries(Object.entries(captured!).filter(([k]) => keep.includes(k)));
}

test("a 2 MB body sent in chunks to a server action or an API route is a readable 4xx, never a 500", async ({ page, baseURL }) => {
  const action = await settingsActionHeaders(page);
  const toAction = await rawPost(baseURL!, "/settings", { ...action, "content-type": "text/plain;charset=UTF-8" }, TWO_MB);
  expect(toAction.status).toBe(411);
  expect(JSON.parse(toAction.body).error).toMatch(/Content-Length/);

  const json = { origin: new URL(baseURL!).origin, "content-type": "application/json" };
  for (const path of ["/api/review/grade", "/api/review/unbury", "/api/backup/restore", "/api/cards/e2e-majority-of-five/suspend"]) {
    const res = await rawPost(baseURL!, path, json, TWO_MB);
    expect(res.status, path).toBe(411);
    expect(JSON.parse(res.body).error, path).toMatch(/Content-Length/);
  }

  // The same 2 MB with its size declared is refused by size, before it is read.
  const declaredAction = await rawPost(baseURL!, "/settings", { ...action, "content-type": "text/plain;charset=UTF-8" }, TWO_MB, { declare: true });
  expect(declaredAction.status).toBe(413);
  expect(JSON.parse(declaredAction.body).error).toMatch(/too large/);
  const declaredApi = await rawPost(baseURL!, "/api/review/grade", json, TWO_MB, { declare: true });
  expect(declaredApi.status).toBe(413);
  expect(JSON.parse(declaredApi.body).error).toMatch(/too large/);
});

test("the app's ordinary small requests still go through", async ({ page, request, baseURL }) => {
  // An API write with Content-Length: unbury a card that is not buried is answered as done, unchanged.
  const body = JSON.stringify({ cardId: "e2e-majority-of-five", version: 0 });
  const own = { origin: new URL(baseURL!).origin, "content-type": "application/json" };
  const small = await request.post("/api/review/unbury", { headers: own, data: body });
  expect(small.status()).toBe(200);
  expect((await small.json()).result.cardId).toBe("e2e-majority-of-five");

  // A server action from the page itself: the settings form saves as it is (its values unchanged).
  await page.goto("/settings");
  await page.getByRole("button", { name: "Save settings" }).click();
  await expect(page.locator("#settings-status")).toHaveText("Settings saved.");
});

test("a backup over 10 MB reaches the restore route whole (Next buffers bodies for the proxy)", async ({ request, baseURL }) => {
  // 15 MB of valid JSON that is not a Quorum backup: read whole, it is refused as foreign with
  // nothing written; cut short at Next's default 10 MB it would fail as "not valid JSON".
  const data = JSON.stringify({ format: "not-quorum", pad: "x".repeat(15 * 1024 * 1024) });
  const res = await request.post("/api/backup/restore", { headers: { origin: new URL(baseURL!).origin, "content-type": "application/json" }, data });
  expect(res.status()).toBe(422);
  const body = await res.json();
  expect(body.error).toMatch(/cannot be restored; nothing was changed/);
  expect(body.problems.join(" ")).toMatch(/not a Quorum backup/);
});
