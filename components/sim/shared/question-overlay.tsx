"use client";

import { useEffect, useId, useRef, useState } from "react";
import { BUTTON, BUTTON_PRIMARY } from "./controls";
import type { AskedNow } from "./run-controller";

export interface QuestionOverlayProps<C> {
  asked: AskedNow<C>;
  result: { chosen: string[]; answer: string[]; correct: boolean; explanation: string } | null;
  onAnswer(chosen: string[]): void;
  onDone(runOn: boolean): void;
}

/** "What happens next?": the run is paused; the learner predicts, then the engine's own run grades it. */
export function QuestionOverlay<C>({ asked, result, onAnswer, onDone }: QuestionOverlayProps<C>) {
  const { question, prompt, choices } = asked;
  const id = useId();
  const [chosen, setChosen] = useState<string[]>([]);
  const box = useRef<HTMLElement>(null);
  useEffect(() => {
    box.current?.focus();
  }, [question.id]);
  const toggle = (c: string, on: boolean) =>
    setChosen((cur) => (question.multi ? (on ? [...cur, c] : cur.filter((x) => x !== c)) : on ? [c] : cur));
  const text = (c: string) => choices.find((x) => x.id === c)?.text ?? c;
  return (
    <section
      ref={box}
      tabIndex={-1}
      role="dialog"
      aria-labelledby={`${id}-title`}
      className="rounded-md border-2 border-accent bg-surface-raised p-3 shadow-lg"
    >
      <h3 id={`${id}-title`} className="text-sm font-semibold text-accent">
        What happens next?
      </h3>
      <p className="mt-1">{prompt}</p>
      <fieldset className="mt-2 space-y-1" disabled={result !== null}>
        <legend className="sr-only">{question.multi ? "Choose every answer that applies" : "Choose one answer"}</legend>
        {choices.map((c) => (
          <label key={c.id} className="flex items-center gap-2 text-sm">
            <input
              type={question.multi ? "checkbox" : "radio"}
              name={`${id}-choice`}
              value={c.id}
              checked={chosen.includes(c.id)}
              onChange={(e) => toggle(c.id, e.target.checked)}
            />
            {c.text}
            {result && result.answer.includes(c.id) ? <span className="text-correct"> ← what the engine did</span> : null}
          </label>
        ))}
      </fieldset>
      {result ? (
        <div role="status" className="mt-2 space-y-2 text-sm">
          <p className={`font-semibold ${result.correct ? "text-correct" : "text-wrong"}`}>
            {result.correct ? "✓ Correct" : `✗ Not quite: the answer is ${result.answer.map(text).join(", ") || "none of these"}`}
          </p>
          <p>{result.explanation}</p>
          <button type="button" className={BUTTON_PRIMARY} onClick={() => onDone(true)}>
            Run on
          </button>
        </div>
      ) : (
        <div className="mt-2 flex gap-2">
          <button type="button" className={BUTTON_PRIMARY} disabled={chosen.length === 0 && !question.multi} onClick={() => onAnswer(chosen)}>
            Check my answer
          </button>
          <button type="button" className={BUTTON} onClick={() => onDone(false)}>
            Skip
          </button>
        </div>
      )}
    </section>
  );
}
