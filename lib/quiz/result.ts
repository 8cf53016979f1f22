import type { Corpus } from "../content/schema";
import type { ExerciseFigure } from "../protocol";
import { keyText, responseText } from "./question";
import type { StoredEntry, StoredTest } from "./store";

/** A finished test as its result page shows it: the score, per lesson, per question, the mistakes. */
export interface LessonScore {
  lesson: string;
  title: string;
  questions: number;
  correct: number;
  /** Mean score (partial credit included), 0..1. */
  score: number;
}

export interface ReviewedEntry {
  position: number;
  lesson: string;
  lessonTitle: string;
  itemId: string;
  source: "check" | "exercise";
  prompt: string;
  figure: ExerciseFigure | null;
  yours: string;
  key: string;
  explanation: string;
  answered: boolean;
  correct: boolean;
  score: number;
  durationMs: number | null;
}

export interface TestResult {
  total: number;
  answered: number;
  correct: number;
  /** Sum of question scores / number of questions (unanswered questions score 0), 0..1. */
  score: number;
  lessons: LessonScore[];
  entries: ReviewedEntry[];
  mistakes: ReviewedEntry[];
  totalMs: number;
}

const title = (corpus: Pick<Corpus, "lessons">, id: string) => corpus.lessons.find((l) => l.id === id)?.title ?? id;

export function reviewEntry(corpus: Pick<Corpus, "lessons">, e: StoredEntry): ReviewedEntry {
  const answered = e.answerId !== null;
  return {
    position: e.position, lesson: e.lesson, lessonTitle: title(corpus, e.lesson), itemId: e.itemId, source: e.question.source,
    prompt: e.question.prompt, figure: e.question.figure, yours: answered ? responseText(e.question, e.response) : "not answered", key: keyText(e.question),
    explanation: e.question.explanation, answered, correct: e.correct === true, score: e.score ?? 0, durationMs: e.durationMs,
  };
}

export function testResult(corpus: Pick<Corpus, "lessons">, t: StoredTest): TestResult {
  const entries = t.entries.map((e) => reviewEntry(corpus, e));
  const byLesson = new Map<string, ReviewedEntry[]>();
  for (const e of entries) byLesson.set(e.lesson, [...(byLesson.get(e.lesson) ?? []), e]);
  const sum = (xs: ReviewedEntry[]) => xs.reduce((a, e) => a + e.score, 0);
  return {
    total: entries.length,
    answered: entries.filter((e) => e.answered).length,
    correct: entries.filter((e) => e.correct).length,
    score: entries.length ? sum(entries) / entries.length : 0,
    lessons: [...byLesson].map(([lesson, xs]) => ({ lesson, title: xs[0].lessonTitle, questions: xs.length, correct: xs.filter((e) => e.correct).length, score: sum(xs) / xs.length })),
    entries,
    mistakes: entries.filter((e) => !e.correct),
    totalMs: entries.reduce((a, e) => a + (e.durationMs ?? 0), 0),
  };
}

export const percent = (x: number) => `${Math.round(x * 100)}%`;
