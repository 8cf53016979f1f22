import type { Check } from "./schema";

/**
 * The order an ordering check's choices start in on the practice. Authors often list the choices
 * in the answer's order, which would let "Check answer" say Correct before the learner moved
 * anything, so the start is a shuffle seeded by the check id: the same on the server and in the
 * browser (no hydration mismatch), the same on every visit, and never the key's order.
 *
 * Single and multi choice checks are not shuffled: their explanations name choices by letter
 * ("(a) is the classic mistake"), and the letters are the ids, so they keep the written order.
 */

/** FNV-1a, 32 bits: a stable number from a string. */
function hash(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
  return h >>> 0;
}

/** mulberry32: a small seeded generator of numbers in [0, 1). */
function mulberry32(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** A Fisher-Yates shuffle driven by the seed: pure, a new array, the same for the same seed. */
export function seededShuffle<T>(items: readonly T[], seed: string): T[] {
  const out = [...items];
  const random = mulberry32(hash(seed));
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [out[i], out[j]] = [out[j], out[i]];
  }
  return out;
}

/**
 * The choice ids a practice starts with: shuffled by the check id for an ordering check (and, if
 * the shuffle lands on the key, rotated by one, which moves every choice off its place in a list of
 * two or more distinct ids); the written order for every other type.
 */
export function practiceOrder(check: Pick<Check, "id" | "type" | "choices" | "answer">): string[] {
  const ids = check.choices.map((c) => c.id);
  if (check.type !== "ordering" || ids.length < 2) return ids;
  const key = Array.isArray(check.answer) ? check.answer : [String(check.answer)];
  const order = seededShuffle(ids, check.id);
  return order.every((id, i) => key[i] === id) ? [...order.slice(1), order[0]] : order;
}
