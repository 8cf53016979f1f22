"use client";

import Link from "next/link";
import { useEffect, useRef, useState } from "react";
import { dropped, onDay, recorded, touched, undone } from "@/lib/srs/review-session";
import type { QueueView } from "@/lib/srs/view";
import { GRADES, GradeBar, type Rating } from "@/components/review/grade-bar";
import { ReviewCard } from "@/components/review/review-card";
import { CheckPrompt } from "@/components/review/check-prompt";
import { reviewApi, type ActionResult, type ApiResult } from "@/components/review/review-api";
import { SessionSummary } from "@/components/review/session-summary";
import { useStoredSession } from "@/components/review/use-stored-session";

// The card on screen was changed elsewhere (409); the screen has already moved on to what is next.
const OTHER_TAB = "That card was changed in another tab, so nothing was recorded for it; here is what is next.";

const isTyping = (t: EventTarget | null) => t instanceof HTMLElement && (t.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(t.tagName));

/**
 * A review session, keyboard first (Anki's keys): Space/Enter reveals, 1-4 grade, B buries,
 * S suspends, U or Ctrl+Z undoes the last of those (a grade is rolled back, a bury unburied, a
 * suspend unsuspended; repeatable back through the session) and shows the restored card.
 * The server decides what comes next; every answer carries the next card. A session started from
 * a lesson page (/review?lesson=<id>) sends that lesson with every call, so it stays in the lesson.
 * The session (undo stack, grades, time) survives a reload in this tab until the learner finishes
 * it from the summary or the study day ends (lib/srs/review-session.ts); an undo still goes through
 * the server's version checks, so a stale step is refused and dropped.
 */
export function ReviewSession({ initial }: { initial: QueueView }) {
  const [view, setView] = useState(initial);
  const [revealed, setRevealed] = useState(false);
  const [busy, setBusy] = useState(false);
  const [notice, setNotice] = useState<string | null>(null);
  const [announce, setAnnounce] = useState("");
  const [session, setSession, finish] = useStoredSession(initial.lesson?.id ?? null, initial.day);
  const history = session.undo;
  const shownAt = useRef(0);
  // A grade that failed in transit is retried with the same id, so it is recorded at most once.
  const pendingId = useRef<string | null>(null);
  const card = view.card;
  const lesson = initial.lesson?.id;

  useEffect(() => {
    shownAt.current = Date.now();
    pendingId.current = null;
  }, [card?.id, card?.version]);

  /** `onShownCard`: the call acted on the card on screen, so a 409 means that card changed elsewhere. */
  async function run(call: Promise<ApiResult>, onOk: (next: QueueView, result: ActionResult) => void, onRefused?: () => void, onShownCard = false) {
    setBusy(true);
    const r = await call;
    setBusy(false);
    if (r.ok) {
      setNotice(null);
      setView(r.next);
      setRevealed(false);
      const t = Date.now();
      setSession((s) => touched(onDay(s, r.next.day), t));
      onOk(r.next, r.result);
      return;
    }
    if (r.status >= 400 && r.status < 500) onRefused?.();
    let message = r.message;
    // 409: the card changed elsewhere; show what is actually next instead of the stale card.
    if (r.status === 409) {
      const fresh = await reviewApi("next", lesson);
      if (fresh.ok) {
        setView(fresh.next);
        setRevealed(false);
        if (onShownCard) message = OTHER_TAB;
      }
    }
    setNotice(message);
    setAnnounce(message);
  }

  /** Bury or suspend the card on screen; the version it answers with is what its undo sends back. */
  function setAside(kind: "bury" | "suspend", done: string) {
    if (!card || busy) return;
    const cardId = card.id;
    void run(
      reviewApi(kind, lesson, { cardId, version: card.version }),
      (_next, result) => {
        const version = result.version;
        if (version !== undefined) setSession((s) => recorded(s, { kind, cardId, version }));
        setAnnounce(done);
      },
      undefined,
      true,
    );
  }

  const actions = {
    reveal() {
      if (!card || revealed || card.question) return; // a check is answered, not revealed (CheckPrompt)
      setRevealed(true);
      setAnnounce("Answer shown. Grade with 1 to 4.");
      if (!session.start) setSession((s) => touched(s, Date.now(), shownAt.current));
    },
    grade(rating: Rating) {
      if (!card || !revealed || busy || card.question) return;
      pendingId.current ??= crypto.randomUUID();
      const gradeId = pendingId.current;
      const durationMs = Math.min(Date.now() - shownAt.current, 3_600_000);
      const label = GRADES[rating - 1].label;
      void run(
        reviewApi("grade", lesson, { id: gradeId, cardId: card.id, rating, version: card.version, durationMs }),
        (next) => {
          setSession((s) => recorded(s, { kind: "grade", gradeId, rating }));
          setAnnounce(`${label}: next review in ${card.intervals[String(rating) as "1"]}. ${next.card ? "Next card." : "Session complete."}`);
        },
        undefined,
        true,
      );
    },
    undo() {
      if (busy) return;
      const last = history.at(-1);
      if (!last) {
        // The key still answers (the button is disabled): say so rather than leave an old "Undid …".
        setAnnounce("Nothing to undo.");
        return;
      }
      const call =
        last.kind === "grade"
          ? reviewApi("undo", lesson, { gradeId: last.gradeId })
          : reviewApi(last.kind === "bury" ? "unbury" : "unsuspend", lesson, { cardId: last.cardId, version: last.version });
      const what = last.kind === "grade" ? `Undid ${GRADES[last.rating - 1].label}.` : last.kind === "bury" ? "Unburied." : "Unsuspended.";
      void run(
        call,
        () => {
          setSession((s) => undone(s, last));
          setAnnounce(`${what} The card is back.`);
        },
        () => setSession((s) => dropped(s, last)), // refused (e.g. changed again in another tab): it cannot be undone, so let U reach earlier actions
      );
    },
    bury: () => setAside("bury", "Buried until tomorrow. Press U to undo."),
    suspend: () => setAside("suspend", "Suspended. Press U to undo."),
    checkAgain() {
      void run(reviewApi("next", lesson), () => {});
    },
  };
  const latest = useRef(actions);
  useEffect(() => {
    latest.current = actions;
  });

  useEffect(() => {
    function onKey(e: KeyboardEvent) {
      if (isTyping(e.target)) return;
      const a = latest.current;
      const key = e.key.toLowerCase();
      if ((e.ctrlKey || e.metaKey) && key === "z") {
        e.preventDefault();
        a.undo();
        return;
      }
      if (e.ctrlKey || e.metaKey || e.altKey || e.repeat) return;
      if (key === " " || key === "enter") {
        // A focused button answers Space/Enter itself (it is clicked); do not do it twice.
        if (e.target instanceof HTMLButtonElement || e.target instanceof HTMLAnchorElement) return;
        e.preventDefault();
        a.reveal();
      } else if (/^[1-4]$/.test(key)) a.grade(Number(key) as Rating);
      else if (key === "u") a.undo();
      else if (key === "b" || key === "-") a.bury();
      else if (key === "s" || key === "@") a.suspend();
    }
    window.addEventListener("keydown", onKey);
    return () => window.removeEventListener("keydown", onKey);
  }, []);

  const c = view.counts;
  return (
    <div className="space-y-5">
      <div className="flex flex-wrap items-baseline justify-between gap-2">
        <h1 className="text-2xl font-semibold">Review</h1>
        <p className="text-sm tabular-nums text-zinc-600 dark:text-zinc-400" aria-label="Left today" data-testid="queue-counts">
          {c.learning} learning · {c.review} review · {c.new} new
        </p>
      </div>
      {initial.lesson ? (
        <p className="text-sm text-zinc-700 dark:text-zinc-300" data-testid="review-scope">
          Studying one lesson: <strong>{initial.lesson.title}</strong> (its due cards first, then its new ones).{" "}
          <Link href="/review" className="underline underline-offset-2">
            Review all cards
          </Link>
        </p>
      ) : null}
      <p role="status" aria-live="polite" className="sr-only">
        {announce}
      </p>
      {notice ? (
        <p role="alert" className="rounded border border-amber-500 px-3 py-2 text-sm">
          {notice}
        </p>
      ) : null}

      {card?.question ? (
        <CheckPrompt
          key={`${card.id}#${card.version}`}
          card={card}
          lesson={lesson}
          onDone={(next, gradeId, rating) => {
            setView(next);
            setRevealed(false);
            setSession((s) => recorded(touched(onDay(s, next.day), Date.now(), shownAt.current), { kind: "grade", gradeId, rating }));
            setAnnounce(next.card ? "Next card." : "Session complete.");
          }}
        />
      ) : card ? (
        <>
          <ReviewCard card={card} revealed={revealed} />
          {revealed ? (
            <GradeBar card={card} disabled={busy} onGrade={actions.grade} />
          ) : (
            <button
              type="button"
              onClick={actions.reveal}
              aria-keyshortcuts="Space Enter"
              className="w-full rounded-lg bg-zinc-900 px-4 py-3 font-medium text-white hover:bg-zinc-700 dark:bg-zinc-100 dark:text-zinc-900 dark:hover:bg-zinc-300"
            >
              Show answer <kbd className="ml-2 font-mono text-xs opacity-70">Space</kbd>
            </button>
          )}
        </>
      ) : (
        <SessionSummary
          graded={session.graded}
          elapsedMs={session.end - session.start}
          nextDueAt={view.nextDueAt}
          nextDayStartsAt={view.nextDayStartsAt}
          now={new Date(view.now).getTime()}
          heldBack={view.heldBack}
          lesson={view.lesson}
          onCheckAgain={actions.checkAgain}
          onFinish={finish}
        />
      )}

      <div className="flex flex-wrap gap-2 text-sm" role="group" aria-label="Card actions">
        <button type="button" onClick={actions.undo} disabled={!history.length || busy} aria-keyshortcuts="U Control+Z" className="rounded border border-zinc-300 px-3 py-1.5 disabled:opacity-40 dark:border-zinc-700">
          Undo <kbd className="font-mono text-xs">U</kbd>
        </button>
        <button type="button" onClick={actions.bury} disabled={!card || busy} aria-keyshortcuts="B" className="rounded border border-zinc-300 px-3 py-1.5 disabled:opacity-40 dark:border-zinc-700">
          Bury until tomorrow <kbd className="font-mono text-xs">B</kbd>
        </button>
        <button type="button" onClick={actions.suspend} disabled={!card || busy} aria-keyshortcuts="S" className="rounded border border-zinc-300 px-3 py-1.5 disabled:opacity-40 dark:border-zinc-700">
          Suspend <kbd className="font-mono text-xs">S</kbd>
        </button>
      </div>
    </div>
  );
}
