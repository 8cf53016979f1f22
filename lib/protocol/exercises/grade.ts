import type { Exercise, ExerciseGrade, ExerciseResponseSpec } from "./types";

// One marking rule per response kind, shared by generated exercises and the corpus's concept
// checks (the quiz grades both with these). Unknown or malformed responses score 0, never throw.
//
// Partial credit:
// - multi / set: (right picks − wrong picks) / size of the key, floored at 0; correct only when exact.
// - numeric: 1 within the tolerance; 0.5 within 10% of the key (but outside the tolerance); else 0.
// - ordering: the share of pairs of items in the key's relative order (Kendall); correct only when exact.

const ids = (r: unknown): string[] | null => (Array.isArray(r) && r.every((x) => typeof x === "string") ? (r as string[]) : null);

export function readNumeric(r: unknown): number | null {
  if (typeof r === "number") return Number.isFinite(r) ? r : null;
  if (typeof r !== "string") return null;
  const s = r.trim().replace(/(\d)[,\s_](?=\d{3}\b)/g, "$1");
  return /^[+-]?(?:\d+(?:\.\d*)?|\.\d+)$/.test(s) ? Number(s) : null;
}

export function gradeAnswer(spec: Pick<ExerciseResponseSpec, "kind" | "tolerance">, key: unknown, response: unknown): ExerciseGrade {
  switch (spec.kind) {
    case "single": {
      const ok = typeof response === "string" && response === key;
      return { correct: ok, score: ok ? 1 : 0 };
    }
    case "multi":
    case "set": {
      const picked = ids(response);
      const k = ids(key);
      if (!picked || !k) return { correct: false, score: 0 };
      const want = new Set(k);
      const got = new Set(picked);
      let right = 0;
      let wrong = 0;
      for (const id of got) {
        if (want.has(id)) right++;
        else wrong++;
      }
      const correct = right === want.size && wrong === 0;
      const score = want.size === 0 ? (correct ? 1 : 0) : Math.max(0, (right - wrong) / want.size);
      return { correct, score: correct ? 1 : Math.min(score, 0.99) };
    }
    case "numeric": {
      const n = readNumeric(response);
      const k = typeof key === "number" ? key : readNumeric(key);
      if (n === null || k === null) return { correct: false, score: 0 };
      const d = Math.abs(n - k);
      if (d <= (spec.tolerance ?? 0) + 1e-9) return { correct: true, score: 1 };
      return { correct: false, score: k !== 0 && d <= Math.abs(k) * 0.1 + 1e-9 ? 0.5 : 0 };
    }
    case "ordering": {
      const given = ids(response);
      const k = ids(key);
      if (!given || !k || given.length !== k.length || new Set(given).size !== given.length || !k.every((id) => given.includes(id))) {
        return { correct: false, score: 0 };
      }
      const correct = given.every((id, i) => id === k[i]);
      if (k.length < 2) return { correct, score: correct ? 1 : 0 };
      const place = new Map(given.map((id, i) => [id, i]));
      let agree = 0;
      let pairs = 0;
      for (let i = 0; i < k.length; i++) for (let j = i + 1; j < k.length; j++) {
        pairs++;
        if (place.get(k[i])! < place.get(k[j])!) agree++;
      }
      return { correct, score: correct ? 1 : agree / pairs };
    }
  }
}

export function gradeExercise(exercise: Exercise, response: unknown): ExerciseGrade {
  return gradeAnswer(exercise.response, exercise.answer, response);
}
