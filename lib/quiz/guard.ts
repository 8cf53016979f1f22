/**
 * The Origin check every state-changing quiz route makes first (one call, so it can be swapped
 * for the shared lib/http/guard.ts when that lands). A browser always sends Origin on a
 * cross-origin POST: one naming another host, or a cross-site fetch, is refused with 403. A
 * request without Origin (curl, the e2e API client) is not a browser attack and passes.
 */
export function refuseForeignOrigin(req: Request): Response | null {
  const origin = req.headers.get("origin");
  const site = req.headers.get("sec-fetch-site");
  const host = req.headers.get("x-forwarded-host") ?? req.headers.get("host") ?? new URL(req.url).host;
  let foreign = site === "cross-site";
  if (origin && origin !== "null") {
    try {
      foreign ||= new URL(origin).host !== host;
    } catch {
      foreign = true;
    }
  } else if (origin === "null") foreign = true;
  return foreign ? Response.json({ error: "This request came from another site, so it was refused." }, { status: 403 }) : null;
}
