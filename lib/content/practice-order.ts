import type { Check } from "./schema";

/**
 * The order a concept check's choices are shown in. Every attempt shows single, multi and ordering
 * choices in an order drawn from a seed: `choiceOrder(checkId, attemptSeed, n)`. The same check and
 * seed give the same order on the server and in the browser (no hydration mismatch) and on every
 * visit (a stored quiz keeps its seed and shows the same order again); a new attempt (a new seed)
 * reshuffles. Choices are lettered a, b, c… in the order SHOWN, so explanations name choices by
 * their content, never by letter (`npm run content:lint` holds the corpus to that).
 *
 * An ordering check never starts in its key's order: authors often list the choices in the
 * answer's order, which would let "Check answer" say Correct before the learner moved anything.
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
 * The order to show n choices in, as indexes into the written list: a permutation of 0…n−1, pure
 * and the same for the same check id and attempt seed. Different seeds give different orders (for
 * n ≥ 2 most seeds move at least one choice).
 */
export function choiceOrder(checkId: string, attemptSeed: string | number, n: number): number[] {
  if (!Number.isInteger(n) || n < 0) throw new RangeError(`choiceOrder: n must be a whole number ≥ 0, got ${n}`);
  const indexes = Array.from({ length: n }, (_, i) => i);
  return seededShuffle(indexes, `${checkId}\u0000${attemptSeed}`);
}

/** The letter a choice shows at position i (0 → a): letters follow the order shown, not the file. */
export const shownLetter = (i: number) => String.fromCharCode(97 + i);

/**
 * The choice ids an attempt shows, in order: `choiceOrder` applied to the written choices for
 * single, multi and ordering checks. For an ordering check, if the shuffle lands on the key it is
 * rotated by one, which moves every choice off its place in a list of two or more distinct ids.
 * Other types have no choices to order.
 */
export function practiceOrder(check: Pick<Check, "id" | "type" | "choices" | "answer">, attemptSeed: string | number = 0): string[] {
  const ids = check.choices.map((c) => c.id);
  if (ids.length < 2 || !["single", "multi", "ordering"].includes(check.type)) return ids;
  const order = choiceOrder(check.id, attemptSeed, ids.length).map((i) => ids[i]);
  if (check.type !== "ordering") return order;
  const key = Array.isArray(check.answer) ? check.answer : [String(check.answer)];
  return order.every((id, i) => key[i] === id) ? [...order.slice(1), order[0]] : order;
}
