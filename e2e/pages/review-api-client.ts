import { randomUUID } from "node:crypto";
import { expect, type APIRequestContext, type Page } from "@playwright/test";

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

/** Undo a bury through the API, as the review screen's U does (or another tab). */
export async function unbury(request: APIRequestContext, cardId: string, version: number) {
  const res = await request.post("/api/review/unbury", { data: { cardId, version } });
  expect(res.status()).toBe(200);
}

/** What the review screen has written, in order, so a test can see its ids or undo it through the API. */
export function recordReviewWrites(page: Page) {
  const writes = { grades: [] as { id: string; cardId: string }[], buries: [] as { cardId: string; version: number }[] };
  page.on("response", async (res) => {
    const path = new URL(res.url()).pathname;
    if (!res.ok() || res.request().method() !== "POST") return;
    if (path === "/api/review/grade") {
      const { id, cardId } = res.request().postDataJSON() as { id: string; cardId: string };
      writes.grades.push({ id, cardId });
    } else if (path === "/api/review/bury") {
      const { result } = (await res.json()) as { result: { cardId: string; version: number } };
      writes.buries.push({ cardId: result.cardId, version: result.version });
    }
  });
  return writes;
}
