import type { Db } from "../db-client";
import { studyDay } from "./day";
import { ReviewError, STALE_CARD } from "./errors";
import type { CardActionInput } from "./inputs";
import type { ReviewSettings } from "./settings-schema";

/** Bury: skip the card until the next study day starts (Anki's "bury"). Schedule untouched. */
export async function buryCard(db: Db, input: CardActionInput, now: Date, s: ReviewSettings): Promise<{ cardId: string; until: string }> {
  const until = studyDay(now, s.dayStartHour).end;
  await versionedUpdate(db, input, { buriedUntil: until, updatedAt: now });
  return { cardId: input.cardId, until: until.toISOString() };
}

/** Suspend: out of every queue until unsuspended. Schedule and history untouched. */
export async function setSuspended(db: Db, input: CardActionInput, suspended: boolean, now: Date): Promise<{ cardId: string }> {
  await versionedUpdate(db, input, { suspended, updatedAt: now });
  return { cardId: input.cardId };
}

async function versionedUpdate(db: Db, input: CardActionInput, data: { buriedUntil?: Date; suspended?: boolean; updatedAt: Date }) {
  const { count } = await db.card.updateMany({
    where: { id: input.cardId, version: input.version },
    data: { ...data, version: { increment: 1 } },
  });
  if (count === 1) return;
  const exists = await db.card.findUnique({ where: { id: input.cardId }, select: { id: true } });
  throw exists ? new ReviewError(409, STALE_CARD) : new ReviewError(404, `No card with id "${input.cardId}".`);
}
