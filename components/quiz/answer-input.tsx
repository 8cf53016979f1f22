"use client";

import { useEffect, useId, useRef } from "react";
import type { AskedQuestion } from "@/lib/quiz/question";

/**
 * How a learner answers any quiz or review question, keyboard first: number keys 1-9 pick (or
 * toggle) the choice with that number, Enter submits (the caller's onSubmit), ordering moves with
 * the ↑/↓ buttons. The response is what gradeAnswer marks: a choice id, choice ids, or typed text.
 */
export type AnswerValue = string | string[];

export type ChoiceMark = "right" | "wrong" | "missed";

const HINTS = {
  single: "Choose one (or press its number).",
  multi: "Choose every correct answer (numbers toggle).",
  set: "Select every one that applies (numbers toggle).",
  numeric: "Answer with a number.",
  ordering: "Put these in order with the ↑ ↓ buttons.",
} as const;

const MARK_TEXT: Record<ChoiceMark, string> = { right: "✓ correct", wrong: "✗ not correct", missed: "← correct, not picked" };

export function emptyAnswer(q: AskedQuestion): AnswerValue {
  if (q.response.kind === "ordering") return q.response.choices.map((c) => c.id);
  return q.response.kind === "single" || q.response.kind === "numeric" ? "" : [];
}

export function canSubmit(q: AskedQuestion, v: AnswerValue): boolean {
  if (q.response.kind === "numeric") return typeof v === "string" && v.trim() !== "";
  if (q.response.kind === "single") return typeof v === "string" && v !== "";
  return Array.isArray(v) && (q.response.kind !== "multi" || v.length > 0);
}

export function AnswerInput(props: {
  question: AskedQuestion;
  value: AnswerValue;
  onChange: (v: AnswerValue) => void;
  onSubmit: () => void;
  disabled?: boolean;
  marks?: Record<string, ChoiceMark> | null;
  /** Listen for number keys and Enter on the whole window (one question on screen). */
  keys?: boolean;
}) {
  const { question: q, value, onChange, onSubmit, disabled, marks, keys = true } = props;
  const uid = useId();
  const kind = q.response.kind;
  const choices = q.response.choices;
  const latest = useRef({ value, onChange, onSubmit, disabled });
  const numberRef = useRef<HTMLInputElement>(null);
  // A number is typed straight away: focus the field whenever it becomes usable (autoFocus misses a field mounted disabled).
  useEffect(() => {
    if (!disabled) numberRef.current?.focus();
  }, [disabled]);
  useEffect(() => {
    latest.current = { value, onChange, onSubmit, disabled };
  });

  useEffect(() => {
    if (!keys) return;
    function onKey(e: KeyboardEvent) {
      if (e.ctrlKey || e.metaKey || e.altKey || e.repeat) return;
      const t = e.target;
      const typing = t instanceof HTMLElement && (t.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(t.tagName)) && (t as HTMLInputElement).type !== "radio" && (t as HTMLInputElement).type !== "checkbox";
      const l = latest.current;
      if (e.key === "Enter") {
        if (t instanceof HTMLButtonElement || t instanceof HTMLAnchorElement) return; // a focused button clicks itself
        e.preventDefault();
        l.onSubmit();
        return;
      }
      if (typing || l.disabled || !/^[1-9]$/.test(e.key)) return;
      const c = choices[Number(e.key) - 1];
      if (!c || kind === "ordering" || kind === "numeric") return;
      e.preventDefault();
      if (kind === "single") l.onChange(c.id);
      else {
        const cur = Array.isArray(l.value) ? l.value : [];
        l.onChange(cur.includes(c.id) ? cur.filter((x) => x !== c.id) : [...cur, c.id]);
      }
    }
    window.addEventListener("keydown", onKey);
    return () => window.removeEventListener("keydown", onKey);
  }, [keys, kind, choices]);

  const mark = (id: string) => (marks?.[id] ? <span className={`ml-2 text-xs font-semibold ${marks[id] === "wrong" ? "text-wrong" : "text-correct"}`}>{MARK_TEXT[marks[id]]}</span> : null);

  let body;
  if (kind === "numeric") {
    body = (
      <div className="flex flex-wrap items-center gap-2">
        <label htmlFor={`${uid}-n`} className="text-sm">Your answer{q.response.unit ? ` (${q.response.unit})` : ""}</label>
        <input ref={numberRef} id={`${uid}-n`} type="text" inputMode="decimal" autoComplete="off" disabled={disabled}
          value={typeof value === "string" ? value : ""} onChange={(e) => onChange(e.target.value)}
          className="w-32 rounded border border-line-strong bg-surface px-2 py-1" />
      </div>
    );
  } else if (kind === "ordering") {
    const order = Array.isArray(value) ? value : [];
    const move = (i: number, by: -1 | 1) => {
      const next = [...order];
      [next[i], next[i + by]] = [next[i + by], next[i]];
      onChange(next);
    };
    body = (
      <ol aria-label="Your order" className="space-y-1">
        {order.map((id, i) => (
          <li key={id} className="flex items-start gap-2">
            <span className="w-5 shrink-0 text-right tabular-nums">{i + 1}.</span>
            <span className="flex shrink-0 gap-1">
              <button type="button" className="rounded border border-line-strong px-1.5 text-xs disabled:opacity-40" disabled={disabled || i === 0} onClick={() => move(i, -1)} aria-label={`Move ${id}) up`}>↑</button>
              <button type="button" className="rounded border border-line-strong px-1.5 text-xs disabled:opacity-40" disabled={disabled || i === order.length - 1} onClick={() => move(i, 1)} aria-label={`Move ${id}) down`}>↓</button>
            </span>
            <span><span className="font-mono">{id})</span> <span dangerouslySetInnerHTML={{ __html: choices.find((c) => c.id === id)?.html ?? "" }} />{mark(id)}</span>
          </li>
        ))}
      </ol>
    );
  } else {
    const multi = kind !== "single";
    const picked = Array.isArray(value) ? value : value ? [value] : [];
    body = (
      <ul aria-label="Choices" className="space-y-1">
        {choices.map((c, i) => (
          <li key={c.id} className="flex items-start gap-2">
            <input id={`${uid}-${c.id}`} type={multi ? "checkbox" : "radio"} name={`${uid}-answer`} value={c.id} disabled={disabled}
              checked={picked.includes(c.id)} className="mt-1 h-4 w-4 shrink-0"
              onChange={(e) => onChange(multi ? (e.target.checked ? [...picked, c.id] : picked.filter((p) => p !== c.id)) : c.id)} />
            <label htmlFor={`${uid}-${c.id}`}>
              <kbd className="mr-1 rounded border border-line px-1 font-mono text-xs text-muted">{i + 1}</kbd>
              {q.source === "check" && kind !== "set" ? <span className="font-mono">{c.id}) </span> : null}
              <span dangerouslySetInnerHTML={{ __html: c.html }} />
              {mark(c.id)}
            </label>
          </li>
        ))}
      </ul>
    );
  }
  return (
    <fieldset className="mt-3">
      <legend className="text-xs text-muted">{HINTS[kind]}</legend>
      <div className="mt-2">{body}</div>
    </fieldset>
  );
}

/** Per-choice marks once answered: picked and right, picked and wrong, or right and missed. */
export function choiceMarks(kind: AskedQuestion["response"]["kind"], key: unknown, response: unknown): Record<string, ChoiceMark> {
  const out: Record<string, ChoiceMark> = {};
  if (kind === "numeric") return out;
  const k = Array.isArray(key) ? key.map(String) : [String(key)];
  if (kind === "ordering") {
    (Array.isArray(response) ? response : []).forEach((id, i) => (out[String(id)] = k[i] === id ? "right" : "wrong"));
    return out;
  }
  const picked = Array.isArray(response) ? response.map(String) : typeof response === "string" && response ? [response] : [];
  for (const id of picked) out[id] = k.includes(id) ? "right" : "wrong";
  for (const id of k) if (!picked.includes(id)) out[id] = "missed";
  return out;
}
