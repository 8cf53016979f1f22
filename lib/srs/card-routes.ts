import { z } from "zod";
import { setSuspended, unburyCard } from "./card-actions";
import { ReviewError } from "./errors";
import type { ReviewDeps } from "./handlers";
import { errorResponse, parseJson } from "./http";
import { cardActionInput } from "./inputs";

/**
 * The browser's card actions (app/api/cards/[id]/*): the card is named by the URL, the body says
 * what to do and which version was shown, so a stale page is refused (409) instead of undoing a
 * change made in another tab. Same parsing and 4xx mapping as the review API.
 */
export const suspendInput = z.strictObject({
  suspended: z.boolean({ error: "suspended must be true (suspend) or false (unsuspend)" }),
  version: cardActionInput.shape.version,
});
export type SuspendInput = z.infer<typeof suspendInput>;

export const unburyInput = z.strictObject({ version: cardActionInput.shape.version });

function cardIdParam(rawId: string): string {
  const id = cardActionInput.shape.cardId.safeParse(rawId);
  if (!id.success) throw new ReviewError(400, id.error.issues[0]?.message ?? "Bad card id.");
  return id.data;
}

export async function handleSetSuspended(req: Request, d: Pick<ReviewDeps, "sqlite" | "now">, rawId: string): Promise<Response> {
  try {
    const cardId = cardIdParam(rawId);
    const input = await parseJson(req, suspendInput);
    const result = await setSuspended(d.sqlite, { cardId, version: input.version }, input.suspended, d.now);
    return Response.json({ result });
  } catch (e) {
    return errorResponse(e);
  }
}

/** "Unbury" on a card's page (app/api/cards/[id]/unbury): back in today's queue now. */
export async function handleUnbury(req: Request, d: Pick<ReviewDeps, "sqlite" | "now">, rawId: string): Promise<Response> {
  try {
    const cardId = cardIdParam(rawId);
    const input = await parseJson(req, unburyInput);
    return Response.json({ result: await unburyCard(d.sqlite, { cardId, version: input.version }, d.now) });
  } catch (e) {
    return errorResponse(e);
  }
}
