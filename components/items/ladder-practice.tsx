"use client";

import { useRef, useState, type ReactNode } from "react";
import { Button } from "@/components/ui/button";

/**
 * An interview ladder practised as an interview goes: the model answer, then one counter-question
 * at a time. A rung's question appears only once the answer before it is revealed, so the next
 * question never gives the previous answer away. Each reveal moves focus to what it revealed.
 * `answered` (the item's own page) starts with the model answer shown; the rungs still come one by one.
 */
export function LadderPractice(props: { answer: ReactNode; rungs: { prompt: ReactNode; answer: ReactNode }[]; answered?: boolean }) {
  const { answer, rungs, answered = false } = props;
  // revealed: how many answers are showing (0 = none; 1 = the model answer; 1 + k = k rungs answered)
  const [revealed, setRevealed] = useState(answered ? 1 : 0);
  const refs = useRef<(HTMLDivElement | null)[]>([]);

  const reveal = (n: number) => {
    setRevealed(n);
    requestAnimationFrame(() => refs.current[n - 1]?.focus());
  };

  const shownRungs = Math.min(rungs.length, revealed); // rung k shows once answer k-1 is revealed
  const hidden = rungs.length - shownRungs;
  const done = revealed > rungs.length;

  return (
    <div className="mt-3 space-y-3" data-testid="ladder">
      {revealed >= 1 ? (
        <div ref={(el) => void (refs.current[0] = el)} tabIndex={-1} className="rounded-control">
          <p className="text-caption font-semibold uppercase tracking-wide text-muted">Model answer</p>
          {answer}
        </div>
      ) : (
        <Button size="sm" onClick={() => reveal(1)}>
          Show the model answer
        </Button>
      )}

      {shownRungs > 0 ? (
        <ol className="space-y-3 border-l-2 border-line-strong pl-4" aria-label={`Follow-up questions, ${rungs.length} in all`}>
          {rungs.slice(0, shownRungs).map((r, i) => (
            <li key={i} className="space-y-2">
              <p className="font-medium">
                <span className="mr-1 text-caption font-semibold uppercase tracking-wide text-muted">
                  Follow-up {i + 1} of {rungs.length}:
                </span>{" "}
                {r.prompt}
              </p>
              {revealed >= i + 2 ? (
                <div ref={(el) => void (refs.current[i + 1] = el)} tabIndex={-1} className="rounded-control">
                  {r.answer}
                </div>
              ) : (
                <Button size="sm" onClick={() => reveal(i + 2)}>
                  Show the answer to follow-up {i + 1}
                </Button>
              )}
            </li>
          ))}
        </ol>
      ) : null}

      {revealed >= 1 && hidden > 0 ? (
        <p className="text-caption text-muted">
          {hidden} more follow-up {hidden === 1 ? "question comes" : "questions come"} as you reveal each answer.
        </p>
      ) : null}
      {done ? (
        <p className="text-small text-muted">
          <span aria-hidden="true">✓ </span>Every follow-up answered.{" "}
          <button type="button" className="text-accent underline underline-offset-2" onClick={() => setRevealed(answered ? 1 : 0)}>
            Start the ladder again
          </button>
        </p>
      ) : null}
    </div>
  );
}
