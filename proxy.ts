import { NextResponse, type NextRequest } from "next/server";
import { bodySizeRefusal, jsonError, originRefusal, pathDecodes, SAFE_METHODS } from "@/lib/http/guard";
import { contentSecurityPolicy, newNonce, STATIC_SECURITY_HEADERS } from "@/lib/http/headers";

/**
 * Runs before every page, route handler and server action (Next 16's proxy, formerly middleware):
 *
 * 1. A path segment with a malformed percent-escape ("/topics/%zz", "/browse/%") is answered 400
 *    here, before a page or route could throw URIError (a 500).
 * 2. A state-changing request from another site is refused with 403 JSON. Route handlers check
 *    again (lib/http/guard.ts); for server actions this is what turns Next's own "Invalid Server
 *    Actions request" 500 into a readable refusal.
 * 3. A body must declare its size: a chunked one (Transfer-Encoding, no Content-Length) is refused
 *    with 411 before Next reads it (past Next's own 1 MB server-action limit that read throws: a
 *    500), and a server action body over the limit with 413 (lib/http/guard.ts bodySizeRefusal).
 *    Route handlers check their own, smaller limits on the declared size (readJson).
 * 4. Every response gets the security headers, pages a CSP with a fresh nonce (lib/http/headers.ts).
 */

/** Largest server-action request accepted (the form's fields are a few bytes each). */
export const MAX_ACTION_BYTES = 64 * 1024;

function withHeaders(res: Response, csp: string): Response {
  res.headers.set("Content-Security-Policy", csp);
  for (const [k, v] of Object.entries(STATIC_SECURITY_HEADERS)) res.headers.set(k, v);
  return res;
}

export function proxy(request: NextRequest) {
  const dev = process.env.NODE_ENV === "development";
  const strict = contentSecurityPolicy(null, { dev });

  if (!pathDecodes(request.nextUrl.pathname)) {
    const message = "The address has a malformed percent-escape (such as %zz), so there is no such page.";
    const res = request.nextUrl.pathname.startsWith("/api/")
      ? jsonError(400, message)
      : new Response(`<!doctype html><html lang="en"><title>Bad address · Quorum</title><h1>Bad address</h1><p>${message}</p><p><a href="/">Go to Quorum's start page</a></p></html>`, {
          status: 400,
          headers: { "content-type": "text/html; charset=utf-8" },
        });
    return withHeaders(res, strict);
  }

  if (!SAFE_METHODS.has(request.method.toUpperCase())) {
    const refusal = originRefusal(request.headers);
    if (refusal) return withHeaders(jsonError(403, refusal), strict);
    const size = bodySizeRefusal(request.method, request.headers, request.headers.has("next-action") ? MAX_ACTION_BYTES : Infinity);
    if (size) return withHeaders(size, strict);
  }

  const nonce = newNonce();
  const csp = contentSecurityPolicy(nonce, { dev });
  const requestHeaders = new Headers(request.headers);
  requestHeaders.set("x-nonce", nonce);
  requestHeaders.set("Content-Security-Policy", csp);
  const res = NextResponse.next({ request: { headers: requestHeaders } });
  res.headers.set("Content-Security-Policy", csp);
  return res;
}

export const config = {
  // Static build output carries next.config.js's headers; everything else passes here.
  matcher: ["/((?!_next/static|_next/image).*)"],
};
