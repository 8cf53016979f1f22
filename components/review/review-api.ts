import type { QueueView } from "@/lib/srs/view";

/**
 * Calls to app/api/review/*. Every success carries the next queue head (after an undo, the restored card) and the cards
 * after it. `lesson` keeps a "Study this lesson" session in its lesson (a query parameter of GET next, a body field of the
 * POSTs); `custom` (custom study) takes that lesson's new cards beyond today's limit.
 */
export type ApiResult = { ok: true; next: QueueView; result: ActionResult } | { ok: false; status: number; message: string };

/** What a write answered besides the next card; bury and suspend give the card's new version (their undo sends it back). */
export interface ActionResult {
  cardId?: string;
  version?: number;
}

export async function reviewApi(
  path: "grade" | "undo" | "bury" | "suspend" | "unbury" | "unsuspend" | "next",
  lesson: string | undefined,
  body?: Record<string, unknown>,
  custom = false,
): Promise<ApiResult> {
  try {
    const query = body === undefined && lesson !== undefined ? `?${new URLSearchParams(custom ? { lesson, custom: "1" } : { lesson })}` : "";
    if (body !== undefined && lesson !== undefined) body = { ...body, lesson, ...(custom ? { custom: true } : {}) };
    const res = await fetch(`/api/review/${path}${query}`, {
      method: body === undefined ? "GET" : "POST",
      headers: body === undefined ? undefined : { "content-type": "application/json" },
      body: body === undefined ? undefined : JSON.stringify(body),
      cache: "no-store",
      // A write the screen already moved past still reaches the server if the page is left or reloaded.
      keepalive: body !== undefined,
    });
    const data = (await res.json().catch(() => ({}))) as { next?: QueueView; result?: ActionResult; error?: string };
    if (res.ok && data.next) return { ok: true, next: data.next, result: data.result ?? {} };
    return { ok: false, status: res.status, message: data.error ?? `The server answered ${res.status}.` };
  } catch {
    return { ok: false, status: 0, message: "Could not reach the Quorum server. Nothing was lost: try again." };
  }
}
