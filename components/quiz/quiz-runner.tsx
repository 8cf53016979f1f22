"use client";

import { useRouter } from "next/navigation";
import { useCallback, useEffect, useRef, useState } from "react";
import type { AskedQuestion } from "@/lib/quiz/question";
import { AnswerInput, canSubmit, choiceMarks, emptyAnswer, type AnswerValue } from "@/components/quiz/answer-input";
import { ExerciseFigureView } from "@/components/quiz/figures/exercise-figure";

export interface RunnerEntry {
  position: number;
  lessonTitle: string;
  question: AskedQuestion;
  answered: boolean;
}

interface LearnMark {
  correct: boolean;
  score: number;
  answer: unknown;
  key: string;
  explanationHtml: string;
}

/**
 * Taking a test, keyboard first: number keys pick, Enter submits (and, in learn mode, Enter again
 * goes on). Every answer is stored at once with its own client id, so a reload or a server restart
 * resumes at the first unanswered question. A timed test hands itself in when the time is up.
 */
export function QuizRunner(props: { id: string; mode: "exam" | "learn"; deadline: string | null; serverNow: string; entries: RunnerEntry[] }) {
  const { id, mode, entries } = props;
  const router = useRouter();
  const [answered, setAnswered] = useState<Set<number>>(() => new Set(entries.filter((e) => e.answered).map((e) => e.position)));
  const firstOpen = entries.findIndex((e) => !e.answered);
  const [index, setIndex] = useState(firstOpen < 0 ? 0 : firstOpen);
  const entry = entries[index];
  const [value, setValue] = useState<AnswerValue>(() => emptyAnswer(entry.question));
  const [mark, setMark] = useState<LearnMark | null>(null);
  const [message, setMessage] = useState("");
  const [busy, setBusy] = useState(false);
  const shownAt = useRef(0);
  const answerId = useRef<string | null>(null);
  const nextRef = useRef<HTMLButtonElement>(null);
  // Remaining time on the server's clock: the offset is measured once, at load.
  const offset = useRef(0);
  const [left, setLeft] = useState<number | null>(null);
  const allDone = answered.size === entries.length;

  const finish = useCallback(async () => {
    setBusy(true);
    const res = await fetch(`/api/quiz/${id}/finish`, { method: "POST" }).catch(() => null);
    const data = res ? ((await res.json().catch(() => ({}))) as { url?: string; error?: string }) : {};
    if (res?.ok && data.url) router.push(data.url);
    else {
      setBusy(false);
      setMessage(data.error ?? "Could not reach the Quorum server to hand the test in. Try again.");
    }
  }, [id, router]);

  useEffect(() => {
    offset.current = new Date(props.serverNow).getTime() - Date.now();
    if (!props.deadline) return;
    const end = new Date(props.deadline).getTime();
    const tick = () => {
      const ms = end - (Date.now() + offset.current);
      setLeft(Math.max(0, ms));
      if (ms <= 0) void finish();
    };
    tick();
    const t = setInterval(tick, 1000);
    return () => clearInterval(t);
  }, [props.deadline, props.serverNow, finish]);

  useEffect(() => {
    shownAt.current = Date.now();
    answerId.current = null;
  }, [index]);
  useEffect(() => {
    if (mark) nextRef.current?.focus();
  }, [mark]);

  function go(to: number) {
    setIndex(to);
    setValue(emptyAnswer(entries[to].question));
    setMark(null);
    setMessage("");
  }
  /** The next unanswered question after this one (wrapping), or -1. */
  const nextOpen = (done: Set<number>) => {
    for (let k = 1; k <= entries.length; k++) {
      const j = (index + k) % entries.length;
      if (!done.has(entries[j].position)) return j;
    }
    return -1;
  };

  async function submit() {
    if (busy) return;
    if (mark || answered.has(entry.position)) {
      const j = nextOpen(answered);
      if (j >= 0) go(j);
      else void finish();
      return;
    }
    if (!canSubmit(entry.question, value)) {
      setMessage(entry.question.response.kind === "numeric" ? "Type a number first (or Skip)." : "Pick an answer first (or Skip).");
      return;
    }
    answerId.current ??= crypto.randomUUID();
    setBusy(true);
    try {
      const res = await fetch(`/api/quiz/${id}/answer`, {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify({ answerId: answerId.current, position: entry.position, response: value, durationMs: Math.min(Date.now() - shownAt.current, 86_400_000) }),
      });
      const data = (await res.json().catch(() => ({}))) as { mark?: LearnMark; error?: string };
      if (!res.ok) {
        setMessage(data.error ?? `The server answered ${res.status}.`);
        if (res.status === 409 && /Time is up|finished/.test(data.error ?? "")) router.push(`/quiz/${id}/result`);
        return;
      }
      const done = new Set(answered).add(entry.position);
      setAnswered(done);
      if (mode === "learn" && data.mark) {
        setMark(data.mark);
        setMessage(data.mark.correct ? "Correct." : data.mark.score > 0 ? `Partly right (${Math.round(data.mark.score * 100)}%).` : "Not quite.");
      } else {
        const j = nextOpen(done);
        if (j >= 0) go(j);
        else setMessage("Every question is answered. Hand the test in to see your result.");
      }
    } catch {
      setMessage("Could not reach the Quorum server. Your answer was not lost: press Enter to send it again.");
    } finally {
      setBusy(false);
    }
  }

  const q = entry.question;
  const fmt = (ms: number) => `${Math.floor(ms / 60000)}:${String(Math.floor((ms % 60000) / 1000)).padStart(2, "0")}`;
  return (
    <div className="space-y-4">
      <div className="flex flex-wrap items-baseline justify-between gap-2">
        <h1 className="text-2xl font-semibold">{mode === "exam" ? "Exam" : "Learn"}</h1>
        <p className="text-sm tabular-nums text-muted" data-testid="quiz-progress">
          Question {index + 1} of {entries.length} · {answered.size} answered
          {left !== null ? <span className={left < 60_000 ? "ml-2 font-semibold text-warn" : "ml-2"}>· ⏱ {fmt(left)} left</span> : null}
        </p>
      </div>
      <progress className="h-1.5 w-full" max={entries.length} value={answered.size} aria-label="Answered" />
      <article aria-labelledby="quiz-q" className="rounded-xl border border-line p-6" data-testid="quiz-question">
        <p className="mb-3 text-xs text-muted">
          {entry.lessonTitle} · {q.source === "exercise" ? "generated exercise" : "concept check"}
        </p>
        <h2 id="quiz-q" className="sr-only">Question {index + 1}</h2>
        <div className="md text-lg" dangerouslySetInnerHTML={{ __html: q.promptHtml }} />
        {q.figure ? <ExerciseFigureView figure={q.figure} /> : null}
        {/* Always mounted (disabled once answered), so its number keys and Enter keep working. */}
        <AnswerInput key={index} question={q} value={value} onChange={(v) => { setValue(v); setMessage(""); }} onSubmit={() => void submit()}
          disabled={busy || mark !== null || answered.has(entry.position)} marks={mark ? choiceMarks(q.response.kind, mark.answer, value) : null} />
        {answered.has(entry.position) && !mark ? <p className="mt-3 text-sm text-muted">Answered. Press Enter for the next question.</p> : null}
        <div className="mt-4 flex flex-wrap items-center gap-3">
          {mark ? (
            <button ref={nextRef} type="button" onClick={() => void submit()} className="rounded-lg bg-accent-fill px-4 py-2 font-medium text-on-accent">
              {allDone ? "See the result" : "Next question"} <kbd className="ml-1 font-mono text-xs opacity-70">Enter</kbd>
            </button>
          ) : (
            <button type="button" onClick={() => void submit()} disabled={busy} className="rounded-lg bg-accent-fill px-4 py-2 font-medium text-on-accent disabled:opacity-50">
              {answered.has(entry.position) ? "Next" : "Submit"} <kbd className="ml-1 font-mono text-xs opacity-70">Enter</kbd>
            </button>
          )}
          {!mark && !allDone ? (
            <button type="button" onClick={() => { const j = nextOpen(answered); if (j >= 0 && j !== index) go(j); }} className="rounded border border-line-strong px-3 py-2 text-sm">
              Skip for now
            </button>
          ) : null}
          <p role="status" className={`text-sm font-medium ${mark ? (mark.correct ? "text-correct" : "text-wrong") : ""}`}>{message}</p>
        </div>
        {mark ? (
          <section aria-label="Answer" className="mt-4 space-y-2 border-t border-line pt-4" data-testid="learn-feedback">
            <p><span className="text-muted">Correct answer:</span> <strong>{mark.key}</strong></p>
            <div className="md text-sm" dangerouslySetInnerHTML={{ __html: mark.explanationHtml }} />
          </section>
        ) : null}
      </article>
      <div className="flex flex-wrap items-center gap-3">
        <button type="button" disabled={busy} onClick={() => {
          if (allDone || window.confirm(`${entries.length - answered.size} question(s) are unanswered and will count as wrong. Hand in now?`)) void finish();
        }} className={`rounded-lg px-4 py-2 font-medium ${allDone ? "bg-accent-fill text-on-accent" : "border border-line-strong"}`}>
          Hand in{allDone ? " and see the result" : ""}
        </button>
      </div>
    </div>
  );
}
