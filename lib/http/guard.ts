import type { z } from "zod";

/**
 * One guard for every state-changing request (route handlers, server actions, proxy.ts):
 *
 * - Same origin only. A request whose `Origin` is not this app's own is refused with 403; when a
 *   browser sends no Origin, `Sec-Fetch-Site` must say `same-origin` (or `none`: typed by the user).
 *   A request with neither header does not come from a web page (curl, a script, a test) and cannot
 *   be forged by another site, so it passes.
 * - JSON bodies only as the exact media type `application/json` (parameters such as charset are
 *   allowed): `text/plain; charset=application/json` is what a cross-site form or fetch can send
 *   without a preflight, so it is refused with 415.
 * - Every refusal is JSON `{ error: "<readable sentence>" }` with a 4xx status, never a 500.
 *
 * Usage in a route handler:
 *
 *     const refused = guard(req); if (refused) return refused;
 *     const body = await readJson(req, schema); if (!body.ok) return body.response;
 *
 * Pure (Web Request/Headers only): usable from proxy.ts, route handlers and tests alike.
 */

export const FOREIGN_ORIGIN = "This request came from another website, so it was refused. Use Quorum's own pages.";
export const NOT_JSON = "Send the request body as JSON (Content-Type: application/json).";

/** Methods that never change state; everything else is checked. */
export const SAFE_METHODS = new Set(["GET", "HEAD", "OPTIONS"]);

export function jsonError(status: number, error: string, headers?: HeadersInit): Response {
  return Response.json({ error }, { status, headers });
}

/**
 * Extra origins allowed besides the request's own host, from QUORUM_ALLOWED_ORIGINS
 * (comma-separated, e.g. "https://quorum.example"): for a proxy that rewrites Host.
 */
function extraOrigins(): string[] {
  return (process.env.QUORUM_ALLOWED_ORIGINS ?? "")
    .split(",")
    .map((s) => s.trim().toLowerCase().replace(/\/+$/, ""))
    .filter(Boolean);
}

/** The host (name:port) this request was addressed to: X-Forwarded-Host first (as Next does), then Host. */
export function requestHost(headers: Headers): string | null {
  const fwd = headers.get("x-forwarded-host")?.split(",")[0]?.trim();
  const host = fwd || headers.get("host")?.trim();
  return host ? host.toLowerCase() : null;
}

/** Null when the request comes from this app (or from no web page at all); otherwise why it was refused. */
export function originRefusal(headers: Headers): string | null {
  const origin = headers.get("origin");
  if (origin !== null) {
    const o = origin.trim().toLowerCase();
    if (o === "null" || o === "") return FOREIGN_ORIGIN;
    if (extraOrigins().includes(o)) return null;
    let host: string;
    try {
      const u = new URL(o);
      if (u.protocol !== "http:" && u.protocol !== "https:") return FOREIGN_ORIGIN;
      host = u.host;
    } catch {
      return FOREIGN_ORIGIN;
    }
    const own = requestHost(headers);
    return own !== null && host === own ? null : FOREIGN_ORIGIN;
  }
  const site = headers.get("sec-fetch-site");
  if (site === null) return null;
  return site === "same-origin" || site === "none" ? null : FOREIGN_ORIGIN;
}

/** The media type of a Content-Type header without its parameters, lower case ("" when absent). */
export function mediaType(contentType: string | null): string {
  return (contentType ?? "").split(";")[0]!.trim().toLowerCase();
}

export function isJsonMediaType(contentType: string | null): boolean {
  return mediaType(contentType) === "application/json";
}

/**
 * The guard of a state-changing route: a Response to return at once (403 foreign origin, 415 not
 * JSON), or null to go on. `json: false` for a route that takes no JSON body.
 */
export function guard(req: Request, { json = true }: { json?: boolean } = {}): Response | null {
  if (SAFE_METHODS.has(req.method.toUpperCase())) return null;
  const refusal = originRefusal(req.headers);
  if (refusal) return jsonError(403, refusal);
  if (json && !isJsonMediaType(req.headers.get("content-type"))) return jsonError(415, NOT_JSON);
  return null;
}

export const LENGTH_REQUIRED =
  "Send the request body with a Content-Length header: a body sent in chunks (Transfer-Encoding) is refused, because its size must be known before it is read.";

/**
 * The size check of a state-changing request, before anything reads its body (proxy.ts): a body
 * must declare its size. A chunked body (Transfer-Encoding, no Content-Length) is a 411, since
 * only the declared size can be refused before the body is read (Next reads a server action's
 * body itself and answers 500 past its own limit); a Content-Length that is not a whole number of
 * bytes is a 400; one over `maxBytes` is a 413. Browsers always send Content-Length with fetch and
 * forms; a request without a body needs neither header. Null when the request may go on.
 */
export function bodySizeRefusal(method: string, headers: Headers, maxBytes = Infinity): Response | null {
  if (SAFE_METHODS.has(method.toUpperCase())) return null;
  const declared = headers.get("content-length");
  if (declared === null) return headers.has("transfer-encoding") ? jsonError(411, LENGTH_REQUIRED) : null;
  if (!/^\s*\d+\s*$/.test(declared)) return jsonError(400, "The Content-Length header is not a number of bytes.");
  const n = Number(declared);
  if (n > maxBytes) return jsonError(413, `The request body is too large (over ${formatBytes(maxBytes)}), so nothing was saved.`);
  return null;
}

/** 65536 → "64 KB", 1048576 → "1 MB". */
export function formatBytes(n: number): string {
  if (n >= 1024 * 1024 && n % (1024 * 1024) === 0) return `${n / (1024 * 1024)} MB`;
  if (n >= 1024 && n % 1024 === 0) return `${n / 1024} KB`;
  return `${n} bytes`;
}

export const DEFAULT_MAX_JSON_BYTES = 10_000;

export type JsonBody<T> = { ok: true; data: T } | { ok: false; response: Response };

/** A readable message for a zod error: "field: message; …". */
export function zodMessage(error: z.ZodError): string {
  return error.issues.map((i) => (i.path.length ? `${i.path.join(".")}: ${i.message}` : i.message)).join("; ");
}

/**
 * Read and validate a JSON body: 413 when over `maxBytes` (checked on Content-Length first, then on
 * the text), 400 for JSON that does not parse or does not fit the schema. Call after guard().
 */
export async function readJson<T>(req: Request, schema: z.ZodType<T>, { maxBytes = DEFAULT_MAX_JSON_BYTES } = {}): Promise<JsonBody<T>> {
  const tooLarge = { ok: false as const, response: jsonError(413, `The request body is too large (over ${maxBytes} bytes).`) };
  const declared = Number(req.headers.get("content-length") ?? "0");
  if (Number.isFinite(declared) && declared > maxBytes) return tooLarge;
  let text: string;
  try {
    text = await req.text();
  } catch {
    return { ok: false, response: jsonError(400, "The request body could not be read.") };
  }
  if (new TextEncoder().encode(text).length > maxBytes) return tooLarge;
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return { ok: false, response: jsonError(400, "The request body is not valid JSON.") };
  }
  const parsed = schema.safeParse(json);
  if (!parsed.success) return { ok: false, response: jsonError(400, zodMessage(parsed.error)) };
  return { ok: true, data: parsed.data };
}

/**
 * Decode one URL path segment; null when its percent-escapes are malformed ("%zz", a lone "%"), so
 * a page or route can answer 404/400 instead of throwing URIError (a 500).
 */
export function safeDecodeSegment(segment: string): string | null {
  try {
    return decodeURIComponent(segment);
  } catch {
    return null;
  }
}

/** True when every segment of the path decodes (used by proxy.ts to answer a bad escape before routing). */
export function pathDecodes(pathname: string): boolean {
  return pathname.split("/").every((s) => safeDecodeSegment(s) !== null);
}
