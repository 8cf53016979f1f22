/**
 * Same-origin check for the drill routes, shaped like the `guard(req)` being written on the harden
 * branch (lib/http/guard.ts): one call at the top of each handler, null when the request may go on,
 * else a 403 JSON `{ error }`. When lib/http/guard.ts is merged, import `guard` from there instead.
 */
export const FOREIGN_ORIGIN = "This request came from another website, so it was refused. Use Quorum's own pages.";

export function guard(req: Request): Response | null {
  const origin = req.headers.get("origin");
  const host = (req.headers.get("x-forwarded-host")?.split(",")[0]?.trim() || req.headers.get("host") || "").toLowerCase();
  if (origin !== null) {
    let ok = false;
    try {
      ok = origin !== "null" && new URL(origin).host.toLowerCase() === host;
    } catch {
      ok = false;
    }
    return ok ? null : Response.json({ error: FOREIGN_ORIGIN }, { status: 403 });
  }
  const site = req.headers.get("sec-fetch-site");
  if (site !== null && site !== "same-origin" && site !== "none") return Response.json({ error: FOREIGN_ORIGIN }, { status: 403 });
  return null;
}
