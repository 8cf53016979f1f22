"use client";

import Link from "next/link";
import { useEffect, useRef, useState } from "react";
import { dropped, onDay, recorded, touched, undone, type SessionAction } from "@/lib/srs/review-session";
import type { QueueCounts } from "@/lib/srs/queue";
import type { QueueView, ReviewCardView } from "@/lib/srs/view";
import { GRADES, GradeBar, type Rating } from "@/components/review/grade-bar";
import { ReviewCard } from "@/components/review/review-card";
import { CheckPrompt } from "@/components/review/check-prompt";
import { preloadFigures } from "@/components/review/lazy-exercise-figure";
import { painted } from "@/components/review/after-paint";
import { reviewApi, type ApiResult } from "@/components/review/review-api";
import { SessionSummary } from "@/components/review/session-summary";
import { useStoredSession } from "@/components/review/use-stored-session";
import { buttonClass } from "@/components/ui/button";

// The card on screen was changed elsewhere (409); the screen has already moved on to what is next.
const OTHER_TAB = "That card was changed in another tab, so nothing was recorded for it; here is what is next.";
const TOAST_MS = 2500;
/** The wall clock, read only from event handlers. */
const clock = () => Date.now();

const isTyping = (t: EventTarget | null) => t instanceof HTMLElement && (t.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(t.tagName));

type Key = { kind: "reveal" } | { kind: "grade"; rating: Rating } | { kind: "undo" } | { kind: "bury" } | { kind: "suspend" };

/** A write sent in the background while the screen has already moved on. */
type Op =
  | { kind: "grade"; card: ReviewCardView; gradeId: string; rating: Rating; durationMs: number; step: SessionAction }
  | { kind: "bury" | "suspend"; card: ReviewCardView };

/** What the screen shows; kept in a ref so keys typed faster than React renders act on the latest state. */
interface Screen {
  card: ReviewCardView | null;
  revealed: boolean;
  /** The cards the server sent ahead, after `card`: shown at once on the next grade, bury or suspend. */
  ahead: ReviewCardView[];
  /** The latest answer of the server (counts, the summary's figures). */
  view: QueueView;
  counts: QueueCounts;
  /** Nothing left to show before the server answers: keys wait in order. */
  waiting: boolean;
  /** An undo or "check again" is in flight: keys wait in order. */
  blocking: boolean;
}

const BUCKET_COUNT: Record<ReviewCardView["bucket"], keyof QueueCounts> = { learning: "learning", "learn-ahead": "learning", review: "review", new: "new" };

/**
 * A review session, keyboard first (Anki's keys): Space/Enter reveals, 1-4 grade, B buries,
 * S suspends, U or Ctrl+Z undoes the last of those (a grade is rolled back, a bury unburied, a
 * suspend unsuspended; repeatable back through the session) and shows the restored card.
 *
 * Never waits for the server: every answer carries the next card and a few after it (`ahead`), so
 * a grade, bury or suspend shows the next card in the same frame and the write goes in the
 * background, one at a time in order. The answer reconciles: the card on screen stays if the
 * server still serves it, else the server's card replaces it. A refused or failed write rolls the
 * screen back with a message (writes queued after it are not sent; their cards come again). Keys
 * typed while nothing can be shown (no card predicted, an undo in flight) wait in order and run
 * as soon as the screen can take them: nothing typed is dropped.
 *
 * A session started from a lesson page (/review?lesson=<id>) sends that lesson with every call, so
 * it stays in the lesson (custom study, &custom=1, also takes its new cards beyond today's limit).
 * The session (undo stack, grades, time) survives a reload in this tab until the learner finishes
 * it from the summary or the study day ends (lib/srs/review-session.ts).
 */
export function ReviewSession({ initial }: { initial: QueueView }) {
  const [notice, setNotice] = useState<string | null>(null);
  const [announce, setAnnounce] = useState("");
  const [toast, setToast] = useState<{ text: string; n: number } | null>(null);
  const [session, setSession, finish, readSession] = useStoredSession(initial.lesson?.id ?? null, initial.day);
  const scope = { lesson: initial.lesson?.id, custom: initial.custom };

  const first: Screen = { card: initial.card, revealed: false, ahead: initial.ahead, view: initial, counts: initial.counts, waiting: false, blocking: false };
  const st = useRef<Screen>(first);
  // What was last rendered: a copy of the ref's screen, taken by render().
  const [snap, setSnap] = useState({ ...first, writes: 0 });
  const inflight = useRef<Op[]>([]);
  const chain = useRef<Promise<void>>(Promise.resolve());
  const generation = useRef(0);
  const keys = useRef<Key[]>([]);
  const shownAt = useRef(0);
  // A write that failed in transit is retried with the same grade id, so it is recorded at most once.
  const retryIds = useRef(new Map<string, string>());
  const toastTimer = useRef<ReturnType<typeof setTimeout> | null>(null);
  // Writes refused or cancelled: an undo typed while they were in flight has nothing to take back.
  const refusedOps = useRef(new WeakSet<Op>());

  const render = () => setSnap({ ...st.current, writes: inflight.current.length });
  const say = (text: string) => setAnnounce(text);
  function flash(text: string) {
    setToast((t) => ({ text, n: (t?.n ?? 0) + 1 }));
    if (toastTimer.current) clearTimeout(toastTimer.current);
    toastTimer.current = setTimeout(() => setToast(null), TOAST_MS);
  }
  function fail(message: string) {
    setNotice(message);
    say(message);
  }

  useEffect(() => preloadFigures([initial.card, ...initial.ahead]), [initial]);
  useEffect(() => {
    shownAt.current = Date.now();
    return () => {
      if (toastTimer.current) clearTimeout(toastTimer.current);
    };
  }, []);

  /** Show `card` (not revealed) and restart its clock. */
  function show(s: Screen, card: ReviewCardView | null, ahead: ReviewCardView[]) {
    preloadFigures([card, ...ahead]);
    s.card = card;
    s.ahead = ahead;
    s.revealed = false;
    shownAt.current = Date.now();
  }

  /** The card on screen leaves it: the next one predicted takes its place at once. */
  function advance(s: Screen, gone: ReviewCardView) {
    const bucket = BUCKET_COUNT[gone.bucket];
    s.counts = { ...s.counts, [bucket]: Math.max(0, s.counts[bucket] - 1) };
    const [next, ...rest] = s.ahead;
    show(s, next ?? null, rest);
    // Nothing predicted: wait for the server's answer rather than claim the session is over.
    s.waiting = !next;
  }

  /** The server's answer after the last write in flight: it is the truth about what comes next. */
  function reconcile(next: QueueView) {
    const s = st.current;
    s.view = next;
    s.counts = next.counts;
    const shown = s.card;
    const served = [next.card, ...next.ahead].filter((c): c is ReviewCardView => c !== null);
    const same = shown ? served.find((c) => c.id === shown.id && c.version === shown.version) : undefined;
    if (s.waiting || !shown || !same) {
      show(s, next.card, next.ahead);
    } else {
      // The card on screen is still served (maybe after another the server put first, like a
      // learning card that just came due): keep it, with the server's fresh data.
      s.card = same;
      s.ahead = served.filter((c) => c.id !== same.id);
    }
    s.waiting = false;
  }

  function send(op: Op) {
    inflight.current.push(op);
    const gen = generation.current;
    // The request starts once the frame with the next card is painted: building it and the
    // keepalive fetch itself (about 2 ms of main thread) must not delay that frame.
    const shown = painted();
    chain.current = chain.current.then(async () => {
      await shown;
      if (gen !== generation.current) return; // cancelled by an earlier refusal
      const body =
        op.kind === "grade"
          ? { id: op.gradeId, cardId: op.card.id, rating: op.rating, version: op.card.version, durationMs: op.durationMs }
          : { cardId: op.card.id, version: op.card.version };
      const r = await reviewApi(op.kind, scope.lesson, body, scope.custom);
      if (gen !== generation.current) return;
      await answered(op, r);
      render();
      drainKeys();
    });
  }

  async function answered(op: Op, r: ApiResult) {
    const s = st.current;
    inflight.current = inflight.current.filter((o) => o !== op);
    if (r.ok) {
      if (op.kind === "grade") retryIds.current.delete(`${op.card.id}:${op.card.version}`);
      else if (r.result.version !== undefined) {
        const version = r.result.version;
        setSession((x) => recorded(x, { kind: op.kind, cardId: op.card.id, version }));
      }
      const t = Date.now();
      setSession((x) => touched(onDay(x, r.next.day), t));
      if (inflight.current.length === 0) reconcile(r.next);
      return;
    }
    // Refused (4xx) or failed (network, 5xx): roll back. Writes queued after it are not sent.
    generation.current += 1;
    const cancelled = inflight.current.splice(0);
    for (const o of [op, ...cancelled]) refusedOps.current.add(o);
    for (const o of [op, ...cancelled]) if (o.kind === "grade") setSession((x) => undone(x, o.step));
    const transient = r.status === 0 || r.status >= 500;
    if (transient) {
      // Back to the card whose write failed, answer shown: pressing the grade again retries it.
      show(s, op.card, [...cancelled.map((o) => o.card), ...(s.card && s.card.id !== op.card.id ? [s.card] : []), ...s.ahead].filter((c, i, all) => all.findIndex((x) => x.id === c.id) === i && c.id !== op.card.id));
      s.revealed = op.kind === "grade";
      s.counts = s.view.counts;
      s.waiting = false;
      fail(r.message);
      return;
    }
    if (op.kind === "grade") retryIds.current.delete(`${op.card.id}:${op.card.version}`);
    // Refused: the server's queue as it is now replaces the screen (the refused card is not in it
    // if it changed elsewhere), with the reason.
    const fresh = await reviewApi("next", scope.lesson, undefined, scope.custom);
    if (fresh.ok) {
      s.view = fresh.next;
      s.counts = fresh.next.counts;
      show(s, fresh.next.card, fresh.next.ahead);
    } else show(s, op.card, []);
    s.waiting = false;
    fail(r.status === 409 && !/suspended|removed/.test(r.message) ? OTHER_TAB : r.message);
  }

  /** Runs after the writes in flight; keys wait meanwhile. */
  function blocking(work: () => Promise<void>) {
    const s = st.current;
    s.blocking = true;
    render();
    chain.current = chain.current.then(async () => {
      try {
        await work();
      } finally {
        s.blocking = false;
        render();
        drainKeys();
      }
    });
  }

  function act(k: Key) {
    const s = st.current;
    switch (k.kind) {
      case "reveal": {
        if (!s.card || s.revealed || s.card.question) return; // a check is answered, not revealed (CheckPrompt)
        s.revealed = true;
        say("Answer shown. Grade with 1 to 4.");
        if (!readSession().start) {
          const at = shownAt.current;
          setSession((x) => touched(x, Date.now(), at));
        }
        return;
      }
      case "grade": {
        const card = s.card;
        if (!card || !s.revealed || card.question) return;
        const key = `${card.id}:${card.version}`;
        const gradeId = retryIds.current.get(key) ?? crypto.randomUUID();
        retryIds.current.set(key, gradeId);
        const durationMs = Math.min(clock() - shownAt.current, 3_600_000);
        const step: SessionAction = { kind: "grade", gradeId, rating: k.rating };
        setSession((x) => recorded(x, step));
        setNotice(null);
        advance(s, card);
        say(`${GRADES[k.rating - 1].label}: next review in ${card.intervals[String(k.rating) as "1"]}. ${s.card ? "Next card." : ""}`);
        send({ kind: "grade", card, gradeId, rating: k.rating, durationMs, step });
        return;
      }
      case "bury":
      case "suspend": {
        const card = s.card;
        if (!card) return;
        setNotice(null);
        advance(s, card);
        const text = k.kind === "bury" ? "Buried until tomorrow. Press U to undo." : "Suspended. Press U to undo.";
        say(text);
        flash(text);
        send({ kind: k.kind, card });
        return;
      }
      case "undo": {
        if (inflight.current.length === 0 && readSession().undo.length === 0) {
          // The key still answers (the button is disabled): say so rather than leave an old "Undid …".
          say("Nothing to undo.");
          flash("Nothing to undo.");
          return;
        }
        // Runs once the writes in flight are answered. If the newest of them was refused (and so
        // rolled back already), there is nothing more for this key to take back.
        const newest = inflight.current.at(-1);
        blocking(async () => {
          const last = readSession().undo.at(-1);
          if (!last || (newest && refusedOps.current.has(newest))) {
            say("Nothing to undo.");
            flash("Nothing to undo.");
            return;
          }
          const r =
            last.kind === "grade"
              ? await reviewApi("undo", scope.lesson, { gradeId: last.gradeId }, scope.custom)
              : await reviewApi(last.kind === "bury" ? "unbury" : "unsuspend", scope.lesson, { cardId: last.cardId, version: last.version }, scope.custom);
          const what = last.kind === "grade" ? `Undid ${GRADES[last.rating - 1].label}.` : last.kind === "bury" ? "Unburied." : "Unsuspended.";
          if (r.ok) {
            setSession((x) => touched(onDay(undone(x, last), r.next.day), Date.now()));
            setNotice(null);
            s.view = r.next;
            s.counts = r.next.counts;
            show(s, r.next.card, r.next.ahead);
            s.waiting = false;
            say(`${what} The card is back.`);
            flash(`${what} The card is back.`);
            return;
          }
          // Refused (e.g. changed again in another tab): it cannot be undone, so let U reach earlier actions.
          if (r.status >= 400 && r.status < 500) setSession((x) => dropped(x, last));
          if (r.status === 409) {
            // Show what the server serves now (the step's card may be due again, as it was).
            const fresh = await reviewApi("next", scope.lesson, undefined, scope.custom);
            if (fresh.ok) {
              s.view = fresh.next;
              s.counts = fresh.next.counts;
              show(s, fresh.next.card, fresh.next.ahead);
              s.waiting = false;
            }
          }
          fail(r.message);
        });
        return;
      }
    }
  }

  function dispatch(k: Key) {
    const s = st.current;
    if (s.waiting || s.blocking) keys.current.push(k);
    else act(k);
    render();
  }

  function drainKeys() {
    const s = st.current;
    let any = false;
    while (keys.current.length && !s.waiting && !s.blocking) {
      act(keys.current.shift()!);
      any = true;
    }
    if (any) render();
  }

  function checkAgain() {
    blocking(async () => {
      const r = await reviewApi("next", scope.lesson, undefined, scope.custom);
      if (r.ok) {
        setNotice(null);
        reconcile(r.next);
      } else fail(r.message);
    });
  }

  const dispatchRef = useRef(dispatch);
  useEffect(() => {
    dispatchRef.current = dispatch;
  });

  useEffect(() => {
    function onKey(e: KeyboardEvent) {
      if (isTyping(e.target)) return;
      const d = dispatchRef.current;
      const key = e.key.toLowerCase();
      if ((e.ctrlKey || e.metaKey) && key === "z") {
        e.preventDefault();
        d({ kind: "undo" });
        return;
      }
      if (e.ctrlKey || e.metaKey || e.altKey || e.repeat) return;
      if (key === " " || key === "enter") {
        // A focused button answers Space/Enter itself (it is clicked); do not do it twice.
        if (e.target instanceof HTMLButtonElement || e.target instanceof HTMLAnchorElement) return;
        e.preventDefault();
        d({ kind: "reveal" });
      } else if (/^[1-4]$/.test(key)) d({ kind: "grade", rating: Number(key) as Rating });
      else if (key === "u") d({ kind: "undo" });
      else if (key === "b" || key === "-") d({ kind: "bury" });
      else if (key === "s" || key === "@") d({ kind: "suspend" });
    }
    window.addEventListener("keydown", onKey);
    return () => window.removeEventListener("keydown", onKey);
  }, []);

  const s = snap;
  const card = s.card;
  const c = s.counts;
  const canUndo = session.undo.length > 0 || s.writes > 0;
  const lessonHref = initial.lesson ? `/review?lesson=${encodeURIComponent(initial.lesson.id)}` : null;
  return (
    <div className="space-y-5" data-testid="review-session" data-writes={s.writes}>
      <div className="flex flex-wrap items-baseline justify-between gap-2">
        <h1 className="text-title">Review</h1>
        <p className="text-sm tabular-nums text-muted" aria-label="Left today" data-testid="queue-counts">
          {c.learning} learning · {c.review} review · {c.new} new
        </p>
      </div>
      {initial.lesson ? (
        <p className="text-sm" data-testid="review-scope">
          Studying one lesson: <strong>{initial.lesson.title}</strong> (its due cards first, then its new ones
          {initial.custom ? ", beyond today's new-card limit" : ""}).{" "}
          <Link href="/review" className="underline underline-offset-2">
            Review all cards
          </Link>
          {initial.custom && lessonHref ? (
            <>
              {" · "}
              <Link href={lessonHref} className="underline underline-offset-2">
                Keep to today&apos;s limit
              </Link>
            </>
          ) : null}
        </p>
      ) : null}
      <p role="status" aria-live="polite" className="sr-only">
        {announce}
      </p>
      {notice ? (
        <p role="alert" className="rounded border border-warn px-3 py-2 text-sm">
          {notice}
        </p>
      ) : null}
      {toast ? (
        // Seen, not read out: the status line above already announces the same words.
        <div aria-hidden="true" key={toast.n} data-testid="toast" className="fixed bottom-6 left-1/2 z-50 -translate-x-1/2 rounded-lg border border-line-strong bg-surface-raised px-4 py-2 text-sm shadow-lg">
          {toast.text}
        </div>
      ) : null}

      {card?.question ? (
        <CheckPrompt
          key={`${card.id}#${card.version}`}
          card={card}
          lesson={scope.lesson}
          onDone={(next, gradeId, rating) => {
            // The server marked the answer and graded it (wrong Again, right Good): its queue is the truth.
            const at = shownAt.current;
            setSession((x) => recorded(touched(onDay(x, next.day), Date.now(), at), { kind: "grade", gradeId, rating }));
            reconcile(next);
            render();
            say(next.card ? "Next card." : "Session complete.");
          }}
        />
      ) : card ? (
        <>
          <ReviewCard card={card} revealed={s.revealed} />
          {s.revealed ? (
            <GradeBar card={card} disabled={false} onGrade={(rating) => dispatch({ kind: "grade", rating })} />
          ) : (
            <button
              type="button"
              onClick={() => dispatch({ kind: "reveal" })}
              aria-keyshortcuts="Space Enter"
              className="w-full rounded-lg bg-accent-fill px-4 py-3 font-medium text-on-accent hover:opacity-90"
            >
              Show answer <kbd className="ml-2 font-mono text-xs opacity-80">Space</kbd>
            </button>
          )}
        </>
      ) : s.waiting ? (
        <p className="rounded-xl border border-line p-6 text-muted" aria-busy="true" data-testid="card-loading">
          Loading the next card…
        </p>
      ) : (
        <SessionSummary
          graded={session.graded}
          elapsedMs={session.end - session.start}
          nextDueAt={s.view.nextDueAt}
          nextDayStartsAt={s.view.nextDayStartsAt}
          now={new Date(s.view.now).getTime()}
          heldBack={s.view.heldBack}
          lesson={s.view.lesson}
          onCheckAgain={checkAgain}
          onFinish={finish}
        />
      )}

      <div className="flex flex-wrap gap-2 text-sm" role="group" aria-label="Card actions">
        <button type="button" onClick={() => dispatch({ kind: "undo" })} disabled={!canUndo} aria-keyshortcuts="U Control+Z" className={buttonClass("secondary", "sm")}>
          Undo <kbd className="font-mono text-xs">U</kbd>
        </button>
        <button type="button" onClick={() => dispatch({ kind: "bury" })} disabled={!card} aria-keyshortcuts="B" className={buttonClass("secondary", "sm")}>
          Bury until tomorrow <kbd className="font-mono text-xs">B</kbd>
        </button>
        <button type="button" onClick={() => dispatch({ kind: "suspend" })} disabled={!card} aria-keyshortcuts="S" className={buttonClass("secondary", "sm")}>
          Suspend <kbd className="font-mono text-xs">S</kbd>
        </button>
      </div>
    </div>
  );
}
