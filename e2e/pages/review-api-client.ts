import { randomUUID } from "node:crypto";
import { expect, type APIRequestContext } from "@playwright/test";

/** The review API as a test drives it directly: grade the head of the queue, undo a grade. */

export interface HeadCard {
  id: string;
  version: number;
  state: "New" | "Learning" | "Review" | "Relearning";
  lesson: { id: string; title: string };
}

export async function gradeHead(request: APIRequestContext, rating: 1 | 2 | 3 | 4) {
  const next = await request.get("/api/review/next");
  expect(next.ok()).toBe(true);
  const card = (await next.json()).next.card as HeadCard | null;
  if (!card) throw new Error("the review queue is empty: nothing to grade");
  const gradeId = randomUUID();
  const res = await request.post("/api/review/grade", { data: { id: gradeId, cardId: card.id, rating, version: card.version, durationMs: 3_000 } });
  expect(res.status()).toBe(200);
  const result = (await res.json()).result as { due: string; reviewedAt: string; state: string };
  return { card, gradeId, result };
}

export async function undoGrade(request: APIRequestContext, gradeId: string) {
  const res = await request.post("/api/review/undo", { data: { gradeId } });
  expect(res.status()).toBe(200);
}

/** Bury the head of the queue through the API, as the review screen's B does. */
export async function buryHead(request: APIRequestContext) {
  const next = await request.get("/api/review/next");
  const card = (await next.json()).next.card as HeadCard | null;
  if (!card) throw new Error("the review queue is empty: nothing to bury");
  const res = await request.post("/api/review/bury", { data: { cardId: card.id, version: card.version } });
  expect(res.status()).toBe(200);
  return card;
}
