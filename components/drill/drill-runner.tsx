"use client";

import Link from "next/link";
import { useRouter } from "next/navigation";
import { useCallback, useEffect, useMemo, useRef, useState } from "react";
import { AGAIN, RATING_NAMES, type Rating } from "@/lib/drill/rules";
import type { StepRow } from "@/lib/drill/store";
import type { DrillView } from "@/lib/drill/view";
import { drillApi, type GradeAnswer } from "./drill-api";
import { StepTimer } from "./step-timer";

const isTyping = (t: EventTarget | null) => t instanceof HTMLElement && (t.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(t.tagName));
const KEY_LETTERS = ["a", "b", "c", "d", "e"];
const SAVE_DELAY_MS = 400;

/**
 * The typed text is also kept in localStorage until the server has it, so a reload or a closed
 * tab in the middle of the debounce loses nothing: the next load puts it back and saves it.
 */
const draftKey = (stepId: string) => `quorum-drill-draft:${stepId}`;
function writeDraft(stepId: string, text: string) {
  try {
    localStorage.setItem(draftKey(stepId), text);
  } catch {
    // storage full or disabled: the server save still runs
  }
}
function clearDraft(stepId: string, text: string) {
  try {
    if (localStorage.getItem(draftKey(stepId)) === text) localStorage.removeItem(draftKey(stepId));
  } catch {
    // nothing to clear
  }
}
function readDraft(stepId: string): string | null {
  try {
    return localStorage.getItem(draftKey(stepId));
  } catch {
    return null;
  }
}

const GRADES: { rating: Rating; hint: string; tone: string }[] = [
  { rating: 1, hint: "Could not answer it: this is your floor", tone: "text-again" },
  { rating: 2, hint: "Answered with real effort or gaps (a pass)", tone: "text-hard" },
  { rating: 3, hint: "Answered it, the key points covered", tone: "text-good" },
  { rating: 4, hint: "Answered it fully and at once", tone: "text-easy" },
];

type SaveState = { kind: "idle" } | { kind: "saving" } | { kind: "saved"; at: string } | { kind: "error"; message: string };

/**
 * One drill, step by step, keyboard first like /review: type an answer (autosaved as you type),
 * reveal the model answer beside it (Ctrl+Enter, or Space/Enter outside the text box), tick the
 * key points you covered (A–E), grade 1–4. In Live mode each step shows its time box and
 * overtime; nothing is ever locked. Esc leaves the text box so the keys work.
 */
export function DrillRunner({ initial }: { initial: DrillView }) {
  const router = useRouter();
  const { session, ladders } = initial;
  const [steps, setSteps] = useState<StepRow[]>(session.steps);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const current = useMemo(() => [...steps].reverse().find((s) => s.rating === null) ?? null, [steps]);
  const [text, setText] = useState(current?.answer ?? "");
  const [ticked, setTicked] = useState<number[]>(current?.ticked ?? []);
  const [revealed, setRevealed] = useState(current?.revealedAt != null);
  const [save, setSave] = useState<SaveState>(current?.answerAt ? { kind: "saved", at: current.answerAt } : { kind: "idle" });
  const seq = useRef(current?.answerSeq ?? 0);
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);
  const pending = useRef<{ stepId: string; text: string } | null>(null);
  const textarea = useRef<HTMLTextAreaElement>(null);
  // Server minus client clock, fixed once at load, so timers run on the server's time.
  const [offset] = useState(() => new Date(initial.now).getTime() - Date.now());

  const ladderOrder = session.ladders.map((e) => e.ladderId);
  const ladder = current ? ladders[current.ladderId] : null;
  const content = current && ladder ? ladder.steps[current.stepIndex] : null;
  const priorOnLadder = current ? steps.filter((s) => s.ladderId === current.ladderId && s.rating !== null) : [];
  const floorStep = priorOnLadder.find((s) => s.rating === AGAIN);

  const flush = useCallback(async (keepalive = false) => {
    if (timer.current) clearTimeout(timer.current);
    timer.current = null;
    const p = pending.current;
    if (!p) return true;
    pending.current = null;
    seq.current += 1;
    setSave({ kind: "saving" });
    const res = await drillApi<{ saved: { seq: number; savedAt: string } }>("answer", { stepId: p.stepId, text: p.text, seq: seq.current }, keepalive);
    if (res.ok) {
      seq.current = Math.max(seq.current, res.data.saved.seq);
      clearDraft(p.stepId, p.text);
      setSave({ kind: "saved", at: res.data.saved.savedAt });
      return true;
    }
    setSave({ kind: "error", message: res.message });
    return false;
  }, []);

  // A draft the server never got (the page closed inside the debounce) comes back and is saved.
  const currentId = current?.id;
  const currentAnswer = current?.answer;
  useEffect(() => {
    if (!currentId) return;
    const draft = readDraft(currentId);
    if (draft === null || draft === currentAnswer) return;
    const t = setTimeout(() => {
      setText(draft);
      pending.current = { stepId: currentId, text: draft };
      void flush();
    }, 0);
    return () => clearTimeout(t);
  }, [currentId, currentAnswer, flush]);

  // A closed tab or a reload still sends what was typed last.
  useEffect(() => {
    const onHide = () => void flush(true);
    window.addEventListener("pagehide", onHide);
    return () => window.removeEventListener("pagehide", onHide);
  }, [flush]);

  function onType(value: string) {
    if (!current) return;
    setText(value);
    writeDraft(current.id, value);
    pending.current = { stepId: current.id, text: value };
    if (timer.current) clearTimeout(timer.current);
    timer.current = setTimeout(() => void flush(), SAVE_DELAY_MS);
  }

  function show(step: StepRow | null, all: StepRow[]) {
    const list = step && !all.some((s) => s.id === step.id) ? [...all, step] : all;
    setSteps(list);
    setText(step?.answer ?? "");
    setTicked(step?.ticked ?? []);
    setRevealed(step?.revealedAt != null);
    setSave(step?.answerAt ? { kind: "saved", at: step.answerAt } : { kind: "idle" });
    seq.current = step?.answerSeq ?? 0;
    if (!step) void finish();
  }

  async function finish() {
    setBusy(true);
    const res = await drillApi("finish", { sessionId: session.id });
    if (!res.ok) {
      setBusy(false);
      setError(res.message);
      return;
    }
    router.push(`/drill/history/${session.id}`);
  }

  async function reveal() {
    if (!current || revealed) return;
    setRevealed(true);
    await flush();
    const res = await drillApi("reveal", { stepId: current.id });
    if (!res.ok) setError(res.message);
  }

  async function grade(rating: Rating) {
    if (!current || !revealed || busy) return;
    setBusy(true);
    setError(null);
    if (!(await flush())) {
      setBusy(false);
      return;
    }
    const res = await drillApi<GradeAnswer>("grade", { id: crypto.randomUUID(), stepId: current.id, rating, ticked, version: current.version });
    setBusy(false);
    if (!res.ok) {
      setError(res.message);
      return;
    }
    const updated = steps.map((s) => (s.id === res.data.step.id ? res.data.step : s));
    show(res.data.next, updated);
  }

  async function skipLadder() {
    if (!current || busy) return;
    setBusy(true);
    await flush();
    const res = await drillApi<{ next: StepRow | null }>("skip", { sessionId: session.id, ladderId: current.ladderId });
    setBusy(false);
    if (!res.ok) {
      setError(res.message);
      return;
    }
    show(res.data.next, steps.filter((s) => !(s.ladderId === current.ladderId && s.rating === null)));
  }

  function toggle(i: number) {
    setTicked((t) => (t.includes(i) ? t.filter((x) => x !== i) : [...t, i].sort((a, b) => a - b)));
  }

  const actions = { reveal, grade, toggle, skipLadder, finish };
  const latest = useRef(actions);
  useEffect(() => {
    latest.current = actions;
  });

  useEffect(() => {
    function onKey(e: KeyboardEvent) {
      const a = latest.current;
      const key = e.key.toLowerCase();
      if ((e.ctrlKey || e.metaKey) && key === "enter") {
        e.preventDefault();
        void a.reveal();
        return;
      }
      if (isTyping(e.target)) {
        if (key === "escape") (e.target as HTMLElement).blur();
        return;
      }
      if (e.ctrlKey || e.metaKey || e.altKey || e.repeat) return;
      if (key === " " || key === "enter") {
        if (e.target instanceof HTMLButtonElement || e.target instanceof HTMLAnchorElement || e.target instanceof HTMLInputElement) return;
        e.preventDefault();
        void a.reveal();
      } else if (/^[1-4]$/.test(key)) void a.grade(Number(key) as Rating);
      else if (KEY_LETTERS.includes(key)) a.toggle(KEY_LETTERS.indexOf(key));
      else if (key === "n") void a.skipLadder();
      else if (key === "t") {
        e.preventDefault();
        textarea.current?.focus();
      }
    }
    window.addEventListener("keydown", onKey);
    return () => window.removeEventListener("keydown", onKey);
  }, []);

  if (!current || !ladder || !content) {
    return (
      <div className="space-y-4">
        <h1 className="text-2xl font-semibold">Drill complete</h1>
        <p>Every step of this drill has been answered.</p>
        <div className="flex flex-wrap gap-4">
          <button type="button" onClick={() => void finish()} disabled={busy} className="rounded-lg bg-accent-fill px-4 py-2 font-medium text-on-accent">
            See the report
          </button>
          <Link href="/drill" className="underline underline-offset-2">
            Start another drill
          </Link>
        </div>
        {error && <p role="alert" className="text-wrong">{error}</p>}
      </div>
    );
  }

  const ladderNo = ladderOrder.indexOf(current.ladderId) + 1;
  const label = current.stepIndex === 0 ? "Opening question" : `Follow-up ${current.stepIndex} of ${ladder.steps.length - 1}`;
  const mockEnds = session.lengthMinutes ? new Date(session.startedAt).getTime() + session.lengthMinutes * 60_000 : null;

  return (
    <div className="space-y-5" data-testid="drill-step">
      <div className="flex flex-wrap items-baseline justify-between gap-2 text-sm text-muted">
        <p>
          <span className="font-medium text-ink">{session.kind === "mock" ? "Mock interview" : "Drill"}</span> · {session.mode === "live" ? "Live" : "Practice"} · question {ladderNo} of{" "}
          {ladderOrder.length} · <Link href={`/topics/${ladder.lesson.id}`} className="underline underline-offset-2">{ladder.lesson.title}</Link>
        </p>
        <div className="flex gap-4 tabular-nums">
          {mockEnds !== null && <StepTimer label="Interview" startMs={new Date(session.startedAt).getTime()} limitMs={mockEnds - new Date(session.startedAt).getTime()} offset={offset} testId="mock-timer" />}
          {current.limitMs !== null && <StepTimer key={current.id} label="This step" startMs={new Date(current.shownAt).getTime()} limitMs={current.limitMs} offset={offset} testId="step-timer" />}
        </div>
      </div>

      {priorOnLadder.length > 0 && (
        <ol className="space-y-1 border-l-2 border-line pl-3 text-sm text-muted" aria-label="Earlier steps of this question">
          {priorOnLadder.map((s) => (
            <li key={s.id}>
              {s.stepIndex === 0 ? "Question" : `Rung ${s.stepIndex}`}: graded <span className="font-medium">{RATING_NAMES[s.rating as Rating]}</span>
              {s.rating === AGAIN ? " — your floor" : ""}
            </li>
          ))}
        </ol>
      )}

      {floorStep && session.mode === "practice" && (
        <p role="status" className="rounded border border-again px-3 py-2 text-sm" data-testid="floor-note">
          <strong className="text-again">Floor found</strong> at {floorStep.stepIndex === 0 ? "the opening question" : `rung ${floorStep.stepIndex}`}. Keep climbing to
          practise, or press <kbd className="font-mono">N</kbd> for the next question.
        </p>
      )}

      <section aria-labelledby="prompt-label" className="rounded-lg border border-line bg-surface-raised p-4">
        <h2 id="prompt-label" className="text-xs font-medium uppercase tracking-wide text-muted">
          {label}
        </h2>
        <div className="prose-sm mt-1 text-lg" data-testid="drill-prompt" dangerouslySetInnerHTML={{ __html: content.promptHtml }} />
      </section>

      <div className={revealed ? "grid gap-4 md:grid-cols-2" : ""}>
        <div className="space-y-1">
          <label htmlFor="drill-answer" className="text-sm font-medium">
            Your answer <span className="font-normal text-muted">(optional; saved as you type; <kbd className="font-mono">T</kbd> to type, <kbd className="font-mono">Esc</kbd> to leave)</span>
          </label>
          <textarea
            id="drill-answer"
            ref={textarea}
            value={text}
            onChange={(e) => onType(e.target.value)}
            onBlur={() => void flush()}
            readOnly={busy}
            rows={revealed ? 10 : 7}
            className="w-full rounded-lg border border-line-strong bg-surface p-3 text-sm"
            aria-describedby="save-status"
          />
          <p id="save-status" className="text-xs text-muted" aria-live="polite" data-testid="save-status">
            {save.kind === "saving" ? "Saving…" : save.kind === "saved" ? "Saved" : save.kind === "error" ? <span className="text-wrong">Not saved: {save.message}</span> : "Nothing typed yet"}
          </p>
        </div>
        {revealed && (
          <section aria-labelledby="model-label" className="space-y-1">
            <h2 id="model-label" className="text-sm font-medium">
              Model answer
            </h2>
            <div className="rounded-lg border border-line bg-surface-raised p-3 text-sm" data-testid="model-answer" dangerouslySetInnerHTML={{ __html: content.answerHtml }} />
          </section>
        )}
      </div>

      {!revealed ? (
        <button type="button" onClick={() => void reveal()} className="rounded-lg bg-accent-fill px-5 py-2.5 font-medium text-on-accent" aria-keyshortcuts="Control+Enter Space">
          Reveal the model answer <kbd className="ml-1 font-mono text-xs">Ctrl+Enter</kbd>
        </button>
      ) : (
        <>
          <fieldset className="space-y-1">
            <legend className="text-sm font-medium">Key points you covered (tick with A–{KEY_LETTERS[content.keyPoints.length - 1].toUpperCase()})</legend>
            <ul className="space-y-1">
              {content.keyPoints.map((k, i) => (
                <li key={i}>
                  <label className="flex items-start gap-2 text-sm">
                    <input type="checkbox" checked={ticked.includes(i)} onChange={() => toggle(i)} className="mt-1" aria-keyshortcuts={KEY_LETTERS[i].toUpperCase()} />
                    <span>
                      <kbd className="mr-1 font-mono text-xs text-muted">{KEY_LETTERS[i].toUpperCase()}</kbd>
                      {k}
                    </span>
                  </label>
                </li>
              ))}
            </ul>
            <p className="text-xs text-muted" data-testid="ticked-count">
              {ticked.length} of {content.keyPoints.length} ticked
            </p>
          </fieldset>
          <div role="group" aria-label="Grade this step" className="grid grid-cols-4 gap-2">
            {GRADES.map((g) => (
              <button
                key={g.rating}
                type="button"
                disabled={busy}
                onClick={() => void grade(g.rating)}
                title={g.hint}
                aria-keyshortcuts={String(g.rating)}
                className="flex flex-col items-center rounded-lg border border-line-strong px-2 py-2 hover:bg-surface-raised disabled:opacity-50"
              >
                <span className={`font-medium ${g.tone}`}>{RATING_NAMES[g.rating]}</span>
                <span className="text-xs text-muted">
                  {g.rating === AGAIN ? "floor " : ""}
                  <kbd className="font-mono">{g.rating}</kbd>
                </span>
              </button>
            ))}
          </div>
        </>
      )}

      {error && (
        <p role="alert" className="rounded border border-wrong px-3 py-2 text-sm">
          <span className="font-medium text-wrong">Not recorded:</span> {error}
        </p>
      )}

      <div className="flex flex-wrap gap-4 text-sm">
        {session.mode === "practice" && (
          <button type="button" onClick={() => void skipLadder()} disabled={busy} className="underline underline-offset-2" aria-keyshortcuts="N">
            Next question <kbd className="font-mono text-xs">N</kbd>
          </button>
        )}
        <button type="button" onClick={() => void finish()} disabled={busy} className="underline underline-offset-2">
          End the drill and see the report
        </button>
      </div>
    </div>
  );
}
