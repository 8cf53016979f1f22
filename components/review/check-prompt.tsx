"use client";

import { useEffect, useRef, useState } from "react";
import type { QueueView, ReviewCardView } from "@/lib/srs/view";
import { AnswerInput, canSubmit, choiceMarks, emptyAnswer, type AnswerValue } from "@/components/quiz/answer-input";
import { LazyExerciseFigure } from "./lazy-exercise-figure";

interface Mark {
  correct: boolean;
  score: number;
  answer: unknown;
  key: string;
  yours: string;
  explanationHtml: string;
}

/**
 * A concept check or exercise family in /review: answered with the quiz widgets (number keys pick,
 * Enter submits), marked by the server (POST /api/review/answer: wrong is Again, right is Good), then
 * the key and the explanation until Enter (or Continue) moves on. The answer's client id is kept
 * across retries, so a resubmission is recorded once.
 */
export function CheckPrompt(props: { card: ReviewCardView; lesson?: string; onDone: (next: QueueView, gradeId: string, rating: 1 | 3) => void }) {
  const { card, lesson, onDone } = props;
  const q = card.question!;
  const [value, setValue] = useState<AnswerValue>(() => emptyAnswer(q));
  const [busy, setBusy] = useState(false);
  const [message, setMessage] = useState("");
  const [done, setDone] = useState<{ mark: Mark; next: QueueView; gradeId: string } | null>(null);
  const shownAt = useRef(0);
  const gradeId = useRef<string | null>(null);
  const continueRef = useRef<HTMLButtonElement>(null);

  useEffect(() => {
    shownAt.current = Date.now();
  }, []);
  useEffect(() => {
    if (done) continueRef.current?.focus();
  }, [done]);

  async function submit() {
    if (done) {
      onDone(done.next, done.gradeId, done.mark.correct ? 3 : 1);
      return;
    }
    if (busy) return;
    if (!canSubmit(q, value)) {
      setMessage(q.response.kind === "numeric" ? "Type a number first." : "Pick an answer first.");
      return;
    }
    gradeId.current ??= crypto.randomUUID();
    setBusy(true);
    try {
      const res = await fetch("/api/review/answer", {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify({ id: gradeId.current, cardId: card.id, version: card.version, response: value, durationMs: Math.min(Date.now() - shownAt.current, 3_600_000), ...(lesson ? { lesson } : {}) }),
      });
      const data = (await res.json().catch(() => ({}))) as { mark?: Mark; next?: QueueView; error?: string };
      if (!res.ok || !data.mark || !data.next) {
        setMessage(data.error ?? `The server answered ${res.status}.`);
        return;
      }
      setDone({ mark: data.mark, next: data.next, gradeId: gradeId.current });
      setMessage(data.mark.correct ? "Correct: recorded as Good." : "Not quite: recorded as Again, so it comes back soon.");
    } catch {
      setMessage("Could not reach the Quorum server. Nothing was lost: try again.");
    } finally {
      setBusy(false);
    }
  }

  return (
    <article aria-labelledby="card-front" className="rounded-xl border border-line p-6" data-testid="check-prompt">
      <p className="mb-4 flex flex-wrap gap-2 text-xs text-muted">
        <span>{card.lesson.title}</span>
        <span aria-hidden="true">·</span>
        <span>{q.source === "exercise" ? "Generated exercise: a new variant each time" : "Concept check"}</span>
        <span aria-hidden="true">·</span>
        <span>{card.state}</span>
      </p>
      <h2 id="card-front" className="sr-only">Question</h2>
      <div className="md text-lg" data-testid="card-front" dangerouslySetInnerHTML={{ __html: q.promptHtml }} />
      {q.figure ? <LazyExerciseFigure figure={q.figure} /> : null}
      <AnswerInput question={q} value={value} onChange={setValue} onSubmit={() => void submit()} disabled={busy || done !== null}
        marks={done ? choiceMarks(q.response.kind, done.mark.answer, value) : null} />
      <div className="mt-4 flex flex-wrap items-center gap-3">
        {done ? (
          <button ref={continueRef} type="button" onClick={() => void submit()} className="rounded-lg bg-accent-fill px-4 py-2 font-medium text-on-accent">
            Continue <kbd className="ml-1 font-mono text-xs opacity-70">Enter</kbd>
          </button>
        ) : (
          <button type="button" onClick={() => void submit()} disabled={busy} className="rounded-lg bg-accent-fill px-4 py-2 font-medium text-on-accent disabled:opacity-50">
            Check answer <kbd className="ml-1 font-mono text-xs opacity-70">Enter</kbd>
          </button>
        )}
        <p role="status" className={`text-sm font-medium ${done ? (done.mark.correct ? "text-correct" : "text-wrong") : ""}`}>
          {message}
        </p>
      </div>
      {done ? (
        <section aria-label="Answer" className="mt-6 space-y-2 border-t border-line pt-4" data-testid="card-back">
          <p><span className="text-muted">Your answer:</span> {done.mark.yours}</p>
          <p><span className="text-muted">Correct answer:</span> <strong>{done.mark.key}</strong></p>
          <div className="md text-sm" dangerouslySetInnerHTML={{ __html: done.mark.explanationHtml }} />
        </section>
      ) : null}
    </article>
  );
}
