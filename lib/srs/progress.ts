import type { Corpus, ItemKind } from "../content/schema";
import type { Db } from "../db-client";
import { Prisma } from "../generated/prisma/client";

/**
 * Per-lesson progress for the topic pages, from the scheduling rows (content/ stays the source of
 * what the cards say; the database only knows how well each one is known).
 */

/**
 * "Mastered": a card in the Review state whose FSRS stability is at least three weeks. Stability
 * is the interval after which recall probability falls to 90% (FSRS-4.5+, ts-fsrs `stability`),
 * so a mastered card would still be recalled nine times in ten three weeks after its last review.
 * Relearning cards are never mastered: a lapse means it was just forgotten.
 */
export const MASTERED_STABILITY_DAYS = 21;
export const MASTERED_RULE = `in review with a stability of at least ${MASTERED_STABILITY_DAYS} days (you would still recall it 9 times in 10 three weeks after your last review)`;

export interface CardProgress {
  /** Scheduled cards of the lesson (retired cards excluded). */
  total: number;
  /** Reviewed at least once (any grade; an undone first grade does not count). */
  seen: number;
  mastered: number;
  suspended: number;
}

export const NO_PROGRESS: CardProgress = { total: 0, seen: 0, mastered: 0, suspended: 0 };

/** Progress per lesson id in one grouped statement; lessons without cards are absent from the map. */
export async function lessonProgress(db: Db, topic?: string): Promise<Map<string, CardProgress>> {
  const only = topic === undefined ? Prisma.empty : Prisma.sql`AND topic = ${topic}`;
  const rows = await db.$queryRaw<Record<string, unknown>[]>`SELECT topic,
      COUNT(*) AS total,
      SUM(CASE WHEN reps > 0 THEN 1 ELSE 0 END) AS seen,
      SUM(CASE WHEN state = 2 AND stability >= ${MASTERED_STABILITY_DAYS} THEN 1 ELSE 0 END) AS mastered,
      SUM(CASE WHEN suspended = 1 THEN 1 ELSE 0 END) AS suspended
    FROM Card WHERE retired = 0 AND kind = 'card' ${only} GROUP BY topic`;
  return new Map(
    rows.map((r) => [String(r.topic), { total: Number(r.total), seen: Number(r.seen), mastered: Number(r.mastered), suspended: Number(r.suspended) }]),
  );
}

/** Whole-percent share, floored so 99.6% never reads as "100%" while one card is left. */
export function percent(part: number, whole: number): number {
  return whole === 0 ? 0 : Math.floor((part / whole) * 100);
}

/** Items per lesson and kind, counted from the corpus (the content is the source of what exists). */
export function lessonCounts(corpus: Corpus): Map<string, Record<ItemKind, number>> {
  const out = new Map<string, Record<ItemKind, number>>();
  for (const l of corpus.lessons) out.set(l.id, { card: 0, check: 0, ladder: 0 });
  for (const i of corpus.items) {
    const c = out.get(i.topic);
    if (c) c[i.kind]++;
  }
  return out;
}
