import type { Rng } from "../rng";
import type { ExerciseChoice } from "./types";

/** Fisher-Yates driven by the engine's seeded generator; a new array. */
export function shuffled<T>(rng: Rng, items: readonly T[]): T[] {
  const out = [...items];
  for (let i = out.length - 1; i > 0; i--) {
    const j = rng.int(0, i);
    [out[i], out[j]] = [out[j], out[i]];
  }
  return out;
}

const LETTERS = "abcdefghijklmnopqrstuvwxyz";

/**
 * Single-choice statements: the key and distinct distractors, shuffled, lettered a, b, c...
 * Returns the choices and the key's id.
 */
export function singleChoice(rng: Rng, key: string, distractors: readonly string[], max = 4): { choices: ExerciseChoice[]; answer: string } {
  const unique = [...new Set(distractors.filter((d) => d !== key))].slice(0, max - 1);
  const order = shuffled(rng, [key, ...unique]);
  const choices = order.map((text, i) => ({ id: LETTERS[i], text }));
  return { choices, answer: choices[order.indexOf(key)].id };
}

/** Fixed choices in a fixed order (yes/no, outcomes), lettered; the key picked by its text. */
export function fixedChoice(texts: readonly string[], key: string): { choices: ExerciseChoice[]; answer: string } {
  const i = texts.indexOf(key);
  if (i < 0) throw new Error(`key "${key}" is not among the choices`);
  return { choices: texts.map((text, j) => ({ id: LETTERS[j], text })), answer: LETTERS[i] };
}

export const fmtLog = (terms: ReadonlyArray<number>) => (terms.length ? terms.join(" ") : "(empty)");
export const fmtVector = (v: ReadonlyArray<number>) => `[${v.join(",")}]`;
