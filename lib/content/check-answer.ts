import type { Check } from "./schema";

/**
 * Marking a learner's answer to a concept check against its key, for the practice on lesson
 * pages (nothing is stored). Pure, so the scored quizzes can reuse it.
 */

/** Choice ids (picked, or in the learner's order for an ordering check), or the text typed for true/false and numeric. */
export type CheckResponse = { choices: readonly string[] } | { value: string };

/** right: picked and in the key · wrong: picked, not in the key · missed: in the key, not picked. */
export type ChoiceMark = "right" | "wrong" | "missed";

export interface CheckMark {
  correct: boolean;
  /** Per choice id (single, multi). For ordering: per choice, whether it sits at its place. */
  choices: Record<string, ChoiceMark>;
  /** Ordering: the 1-based place each choice belongs at. */
  places?: Record<string, number>;
}

/** "1,200", "1 200", " 3 " -> a number; null unless plain digits (an optional sign and decimal point). */
export function readNumber(text: string): number | null {
  const s = text.trim().replace(/(\d)[,\s_](?=\d{3}\b)/g, "$1");
  return /^[+-]?(?:\d+(?:\.\d*)?|\.\d+)$/.test(s) ? Number(s) : null;
}

const keyIds = (check: Check): string[] => (Array.isArray(check.answer) ? check.answer : [String(check.answer)]);

/** Whether the response is complete enough to mark (something picked, a number typed, every choice placed). */
export function canMark(check: Check, r: CheckResponse): boolean {
  if ("value" in r) return check.type === "numeric" ? readNumber(r.value) !== null : r.value === "true" || r.value === "false";
  if (check.type === "ordering") return r.choices.length === check.choices.length;
  return r.choices.length > 0;
}

export function markCheck(check: Check, r: CheckResponse): CheckMark {
  const choices: Record<string, ChoiceMark> = {};
  if ("value" in r) {
    if (check.type === "numeric") {
      const n = readNumber(r.value);
      const tolerance = check.tolerance ?? 0;
      return { correct: n !== null && Math.abs(n - Number(check.answer)) <= tolerance + 1e-9, choices };
    }
    return { correct: r.value === String(check.answer === true || check.answer === "true"), choices };
  }
  const key = keyIds(check);
  if (check.type === "ordering") {
    const places: Record<string, number> = {};
    key.forEach((id, i) => (places[id] = i + 1));
    r.choices.forEach((id, i) => (choices[id] = key[i] === id ? "right" : "wrong"));
    return { correct: r.choices.length === key.length && r.choices.every((id, i) => key[i] === id), choices, places };
  }
  const picked = new Set(r.choices);
  for (const c of check.choices) {
    if (picked.has(c.id)) choices[c.id] = key.includes(c.id) ? "right" : "wrong";
    else if (key.includes(c.id)) choices[c.id] = "missed";
  }
  return { correct: picked.size === key.length && key.every((id) => picked.has(id)), choices };
}
