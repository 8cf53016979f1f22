import { describe, expect, it } from "vitest";
import { z } from "zod";
import { bodySizeRefusal, formatBytes, guard, originRefusal, pathDecodes, readJson, safeDecodeSegment } from "./guard";

const post = (headers: Record<string, string>, body = "{}") =>
  new Request("http://127.0.0.1:3000/api/review/grade", { method: "POST", headers: { host: "127.0.0.1:3000", ...headers }, body });

describe("the request guard", () => {
  it("refuses a page on another site posting text/plain that claims to be JSON (403)", async () => {
    const r = guard(post({ origin: "http://evil.example", "content-type": "text/plain; charset=application/json" }));
    expect(r?.status).toBe(403);
    expect((await r!.json()).error).toMatch(/another website/);
  });

  it("refuses the same text/plain body from the app's own origin as not JSON (415)", () => {
    expect(guard(post({ origin: "http://127.0.0.1:3000", "content-type": "text/plain; charset=application/json" }))?.status).toBe(415);
    expect(guard(post({ origin: "http://127.0.0.1:3000", "content-type": "application/jsonx" }))?.status).toBe(415);
    expect(guard(post({}))?.status).toBe(415);
  });

  it("lets the app's own JSON requests through, with or without a charset", () => {
    expect(guard(post({ origin: "http://127.0.0.1:3000", "content-type": "application/json" }))).toBeNull();
    expect(guard(post({ origin: "http://127.0.0.1:3000", "content-type": "Application/JSON; charset=utf-8" }))).toBeNull();
  });

  it("without Origin, trusts Sec-Fetch-Site: same-origin passes, cross-site and same-site do not", () => {
    expect(originRefusal(new Headers({ host: "a:1", "sec-fetch-site": "same-origin" }))).toBeNull();
    expect(originRefusal(new Headers({ host: "a:1", "sec-fetch-site": "cross-site" }))).not.toBeNull();
    expect(originRefusal(new Headers({ host: "a:1", "sec-fetch-site": "same-site" }))).not.toBeNull();
    // No browser header at all: a script or curl, which another site cannot forge.
    expect(originRefusal(new Headers({ host: "a:1" }))).toBeNull();
  });

  it("refuses Origin null, a different port and a lookalike host", () => {
    for (const origin of ["null", "http://127.0.0.1:3001", "http://127.0.0.1:3000.evil.example", "file://x"])
      expect(originRefusal(new Headers({ host: "127.0.0.1:3000", origin })), origin).not.toBeNull();
  });

  it("leaves GET alone", () => {
    expect(guard(new Request("http://a/", { headers: { origin: "http://evil.example" } }))).toBeNull();
  });

  it("reads JSON with readable 400 and 413 answers", async () => {
    const schema = z.strictObject({ n: z.number() });
    const ok = await readJson(post({}, '{"n":1}'), schema);
    expect(ok).toEqual({ ok: true, data: { n: 1 } });
    const bad = await readJson(post({}, "{"), schema);
    expect(bad.ok || bad.response.status).toBe(400);
    const wrong = await readJson(post({}, '{"n":"x"}'), schema);
    expect(wrong.ok || (await wrong.response.json()).error).toMatch(/^n: /);
    const big = await readJson(post({}, JSON.stringify({ n: 1, pad: "x".repeat(20_000) })), schema);
    expect(big.ok || big.response.status).toBe(413);
  });

  it("refuses a chunked body (no Content-Length) with 411 and an oversized declared body with 413, readably", async () => {
    const h = (o: Record<string, string>) => new Headers(o);
    const chunked = bodySizeRefusal("POST", h({ "transfer-encoding": "chunked" }), 64 * 1024);
    expect(chunked?.status).toBe(411);
    expect((await chunked!.json()).error).toMatch(/Content-Length/);
    expect(bodySizeRefusal("PUT", h({ "transfer-encoding": "chunked" }))?.status).toBe(411); // even without a size limit
    const big = bodySizeRefusal("POST", h({ "content-length": String(2 * 1024 * 1024) }), 64 * 1024);
    expect(big?.status).toBe(413);
    expect((await big!.json()).error).toMatch(/too large \(over 64 KB\)/);
    expect(bodySizeRefusal("POST", h({ "content-length": "12abc" }))?.status).toBe(400);
    expect(bodySizeRefusal("POST", h({ "content-length": "-1" }))?.status).toBe(400);
  });

  it("lets a declared body within the limit, a POST without a body and every GET through", () => {
    expect(bodySizeRefusal("POST", new Headers({ "content-length": "120" }), 64 * 1024)).toBeNull();
    expect(bodySizeRefusal("POST", new Headers({ "content-length": String(64 * 1024) }), 64 * 1024)).toBeNull();
    expect(bodySizeRefusal("POST", new Headers({}))).toBeNull();
    expect(bodySizeRefusal("GET", new Headers({ "transfer-encoding": "chunked" }))).toBeNull();
    expect(formatBytes(1024 * 1024)).toBe("1 MB");
    expect(formatBytes(1500)).toBe("1500 bytes");
  });

  it("decodes path segments without throwing on a malformed escape", () => {
    expect(safeDecodeSegment("a%20b")).toBe("a b");
    expect(safeDecodeSegment("%zz")).toBeNull();
    expect(pathDecodes("/api/cards/%zz/suspend")).toBe(false);
    expect(pathDecodes("/browse/%")).toBe(false);
    expect(pathDecodes("/topics/raft-basics")).toBe(true);
  });
});
