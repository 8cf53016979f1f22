import { practiceOrder } from "@/lib/content/practice-order";
import type { Check } from "@/lib/content/schema";

/**
 * The letter each choice is shown with. An ordering check's choices are lettered a, b, c… in the
 * order the practice first shows them (after practiceOrder's shuffle), not by the letters they were
 * written with: authors often write them in the key's order, so source letters would spell the
 * answer ("a, b, c"). The key is then given in the same shown letters. Single and multi choice
 * checks keep their written letters, which their explanations cite.
 */
export function shownLetters(check: Pick<Check, "id" | "type" | "choices" | "answer">): Map<string, string> {
  const ids = check.type === "ordering" ? practiceOrder(check) : check.choices.map((c) => c.id);
  return new Map(ids.map((id, i) => [id, check.type === "ordering" ? String.fromCharCode(97 + i) : id]));
}

/** The key as the learner sees it: choice ids in answer order, each with its shown letter. */
export function shownKey(check: Pick<Check, "id" | "type" | "choices" | "answer">): string[] {
  const letters = shownLetters(check);
  const a = check.answer;
  const ids = Array.isArray(a) ? a : [String(a)];
  return ids.map((id) => letters.get(id) ?? id);
}
