"use client";

import { useId, useMemo, useState, type ReactNode } from "react";
import { canMark, markCheck, type CheckMark, type CheckResponse, type ChoiceMark } from "@/lib/content/check-answer";
import { practiceOrder, shownLetter } from "@/lib/content/practice-order";
import type { Check } from "@/lib/content/schema";
import { Button } from "@/components/ui/button";

/**
 * Practice on a concept check: pick (or type, or order) an answer, then "Check answer" marks it
 * beside the key and the explanation. Client-side only, nothing is stored: scored quizzes with
 * history come later. The key stays behind its own disclosure, so it can still be read without
 * answering.
 *
 * Each attempt shows the choices in its own seeded order (attempt 0 on first render, so the server
 * and the browser agree), lettered a, b, c… in the order shown; "Try again" starts the next attempt
 * and reshuffles. The key names choices by those shown letters.
 */

const HINTS: Record<Check["type"], string> = {
  single: "Choose one.",
  multi: "Choose every correct answer.",
  truefalse: "True or false?",
  numeric: "Answer with a number.",
  ordering: "Put these in order: move each choice up or down.",
};

const MARK_TEXT: Record<ChoiceMark, string> = { right: "✓ your pick, correct", wrong: "✗ your pick, not correct", missed: "← correct, not picked" };

function Mark({ mark }: { mark: ChoiceMark | undefined }) {
  if (!mark) return null;
  return <span className={`ml-2 text-caption font-semibold ${mark === "wrong" ? "text-wrong" : "text-correct"}`}>{MARK_TEXT[mark]}</span>;
}

export interface PracticeChoice {
  id: string;
  /** The choice's text as the server rendered it, without a letter: letters follow the order shown. */
  label: ReactNode;
}

export function CheckPractice(props: {
  check: Check;
  choices: PracticeChoice[];
  /** The key of a true/false or numeric check; choice keys are drawn here, in the shown letters. */
  answerKey: ReactNode;
  explanation: ReactNode;
  open: boolean;
}) {
  const { check, choices, answerKey, explanation, open } = props;
  const uid = useId();
  const [attempt, setAttempt] = useState(0);
  const shown = useMemo(() => practiceOrder(check, attempt), [check, attempt]);
  const [picked, setPicked] = useState<string[]>([]);
  const [order, setOrder] = useState<string[]>(shown);
  const [value, setValue] = useState("");
  const [mark, setMark] = useState<CheckMark | null>(null);
  const [message, setMessage] = useState("");
  const [revealed, setRevealed] = useState(open);

  const response: CheckResponse = check.type === "ordering" ? { choices: order } : check.type === "numeric" || check.type === "truefalse" ? { value } : { choices: picked };
  const changed = () => {
    setMark(null);
    setMessage("");
  };

  function submit() {
    if (!canMark(check, response)) {
      setMessage(check.type === "numeric" ? "Type a number in plain digits first (like 3 or 0.5)." : "Pick an answer first, or open “Answer and explanation”.");
      return;
    }
    const m = markCheck(check, response);
    setMark(m);
    setRevealed(true);
    setMessage(m.correct ? "Correct. The key and the explanation are below." : "Not quite. Compare with the key and the explanation below.");
  }

  function tryAgain() {
    const next = attempt + 1;
    setAttempt(next);
    setOrder(practiceOrder(check, next));
    setPicked([]);
    setValue("");
    setMark(null);
    setMessage("");
    setRevealed(open);
  }

  function move(i: number, by: -1 | 1) {
    const next = [...order];
    [next[i], next[i + by]] = [next[i + by], next[i]];
    setOrder(next);
    changed();
    // Keep focus on the moved choice's button, so a learner can keep pressing. At either end that
    // button is disabled: focus goes to the choice's row, not to its other button, where one
    // press too many would move it straight back.
    const to = i + by;
    const atEnd = by < 0 ? to === 0 : to === next.length - 1;
    const target = atEnd ? `${uid}-${next[to]}-row` : `${uid}-${next[to]}-${by < 0 ? "up" : "down"}`;
    requestAnimationFrame(() => document.getElementById(target)?.focus());
  }

  const letter = (id: string) => shownLetter(shown.indexOf(id));
  const choiceLabel = (id: string) => (
    <>
      <span className="font-mono">{letter(id)})</span> {choices.find((c) => c.id === id)?.label}
    </>
  );
  const keyIds = check.type === "single" || check.type === "multi" || check.type === "ordering" ? (Array.isArray(check.answer) ? check.answer : [String(check.answer)]) : [];
  const KeyList = check.type === "ordering" ? "ol" : "ul";
  const key = keyIds.length ? (
    <KeyList className={check.type === "ordering" ? "list-decimal pl-6" : "space-y-0.5"}>
      {keyIds.map((id) => (
        <li key={id}>{choiceLabel(id)}</li>
      ))}
    </KeyList>
  ) : (
    answerKey
  );
  // Each arrow is a 44 px target on a touch screen (.touch-target), a compact one with a mouse.
  const small = "touch-target inline-flex min-w-7 items-center justify-center rounded-control border border-line-strong bg-surface px-1.5 text-small hover:bg-surface-raised disabled:opacity-40";
  // A choice row is its input's label: the whole row is the target, 44 px tall on a touch screen.
  const row = "flex cursor-pointer items-start gap-2 rounded-control px-1 py-0.5 hover:bg-surface-raised pointer-coarse:min-h-target pointer-coarse:items-center";
  const input = "mt-1 size-4 shrink-0 accent-accent pointer-coarse:mt-0 pointer-coarse:size-6";

  let inputs: ReactNode;
  if (check.type === "single" || check.type === "multi") {
    const multi = check.type === "multi";
    inputs = (
      <ul aria-label="Choices" className="space-y-1">
        {shown.map((id) => ({ id, label: choiceLabel(id) })).map((c) => (
          <li key={c.id}>
            <label htmlFor={`${uid}-${c.id}`} className={row}>
            <input
              id={`${uid}-${c.id}`}
              type={multi ? "checkbox" : "radio"}
              name={`${uid}-answer`}
              value={c.id}
              checked={picked.includes(c.id)}
              onChange={(e) => {
                setPicked(multi ? (e.target.checked ? [...picked, c.id] : picked.filter((p) => p !== c.id)) : [c.id]);
                changed();
              }}
              className={input}
            />
              <span>
                {c.label}
                <Mark mark={mark?.choices[c.id]} />
              </span>
            </label>
          </li>
        ))}
      </ul>
    );
  } else if (check.type === "truefalse") {
    inputs = (
      <div className="flex gap-4">
        {["true", "false"].map((v) => (
          <label key={v} className={`${row} items-center`}>
            <input type="radio" name={`${uid}-answer`} value={v} checked={value === v} onChange={() => (setValue(v), changed())} className={`${input} mt-0`} />
            {v === "true" ? "True" : "False"}
            {mark && value === v ? <Mark mark={mark.correct ? "right" : "wrong"} /> : null}
          </label>
        ))}
      </div>
    );
  } else if (check.type === "numeric") {
    inputs = (
      <div className="flex flex-wrap items-center gap-2">
        <label htmlFor={`${uid}-number`} className="text-small">
          Your answer{check.unit ? ` (${check.unit})` : ""}
        </label>
        <input
          id={`${uid}-number`}
          type="text"
          inputMode="decimal"
          autoComplete="off"
          value={value}
          onChange={(e) => (setValue(e.target.value), changed())}
          onKeyDown={(e) => {
            if (e.key === "Enter") {
              e.preventDefault();
              submit();
            }
          }}
          className="w-32 rounded-control border border-line-strong bg-surface px-2 py-1 pointer-coarse:min-h-target"
        />
        {mark ? <Mark mark={mark.correct ? "right" : "wrong"} /> : null}
      </div>
    );
  } else {
    inputs = (
      <ol aria-label="Your order" className="space-y-1">
        {order.map((id, i) => (
          <li key={id} id={`${uid}-${id}-row`} tabIndex={-1} className="flex items-start gap-2 rounded-control pointer-coarse:items-center">
            <span className="w-5 shrink-0 text-right tabular-nums text-muted">{i + 1}.</span>
            <span className="flex shrink-0 gap-1">
              <button type="button" id={`${uid}-${id}-up`} className={small} disabled={i === 0} onClick={() => move(i, -1)} aria-label={`Move ${letter(id)}) up`}>
                ↑
              </button>
              <button type="button" id={`${uid}-${id}-down`} className={small} disabled={i === order.length - 1} onClick={() => move(i, 1)} aria-label={`Move ${letter(id)}) down`}>
                ↓
              </button>
            </span>
            <span>
              {choiceLabel(id)}
              {mark ? (
                <span className={`ml-2 text-caption font-semibold ${mark.choices[id] === "right" ? "text-correct" : "text-wrong"}`}>
                  {mark.choices[id] === "right" ? "✓ in place" : `✗ belongs at ${mark.places?.[id]}`}
                </span>
              ) : null}
            </span>
          </li>
        ))}
      </ol>
    );
  }

  return (
    <>
      <fieldset className="mt-2">
        <legend className="text-caption text-muted">{HINTS[check.type]}</legend>
        <div className="mt-2">{inputs}</div>
      </fieldset>
      <div className="mt-3 flex flex-wrap items-center gap-3">
        <Button size="sm" onClick={submit}>
          Check answer
        </Button>
        {mark ? (
          <Button size="sm" onClick={tryAgain}>
            Try again
          </Button>
        ) : null}
        <p role="status" className="text-small font-medium">
          {message}
        </p>
      </div>
      <details open={revealed} onToggle={(e) => setRevealed(e.currentTarget.open)} className="mt-3">
        <summary className="cursor-pointer text-small font-medium text-accent pointer-coarse:py-2">Answer and explanation</summary>
        <div className="mt-2 space-y-2">
          <div className="font-medium">
            <p className="text-caption uppercase tracking-wide text-muted">Correct answer</p>
            {key}
          </div>
          {explanation}
        </div>
      </details>
    </>
  );
}
