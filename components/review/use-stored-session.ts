import { useCallback, useMemo, useSyncExternalStore } from "react";
import { afterPaint } from "@/components/review/after-paint";
import { isOver, isSessionKey, newSession, restoreSession, serializeSession, sessionKey, type ReviewSessionState } from "@/lib/srs/review-session";

/**
 * The review session kept in this tab's sessionStorage, so a reload continues it (undo stack,
 * grades, time). The server has no storage: it renders an empty session, and the stored one replaces
 * it once the page is hydrated (useSyncExternalStore's two snapshots). `finish()` ends it for good.
 * A change is seen at once (this tab's copy) and stored just after the next frame is painted.
 */
export function useStoredSession(lesson: string | null, day: string) {
  const key = sessionKey(lesson);
  const empty = useMemo(() => newSession(lesson, day), [lesson, day]);
  const session = useSyncExternalStore(
    subscribe,
    () => current(key, lesson, day),
    () => empty,
  );
  const update = useCallback(
    (f: (s: ReviewSessionState) => ReviewSessionState) => {
      const next = f(current(key, lesson, day));
      live.set(key, next);
      save(key, next);
      for (const l of listeners) l();
    },
    [key, lesson, day],
  );
  // No re-render: the learner is leaving the screen; the next visit starts a fresh session.
  const finish = useCallback(() => {
    live.delete(key);
    unsaved.delete(key);
    storage()?.removeItem(key);
  }, [key]);
  /** The session as last written (also before React re-renders), for handlers that run between renders. */
  const read = useCallback(() => current(key, lesson, day), [key, lesson, day]);
  return [session, update, finish, read] as const;
}

// This tab's sessions by key, as last written (a snapshot must be the same object until it changes).
const live = new Map<string, ReviewSessionState>();
const listeners = new Set<() => void>();
// Written to sessionStorage after the next frame is painted (serializing and storing a long undo
// stack is work the key that changed it should not wait for); at once when the page is left.
const unsaved = new Map<string, ReviewSessionState>();

function save(key: string, s: ReviewSessionState) {
  const first = unsaved.size === 0;
  unsaved.set(key, s);
  if (first) afterPaint(flush);
}

function flush() {
  const store = storage();
  for (const [key, s] of unsaved) {
    try {
      store?.setItem(key, serializeSession(s));
    } catch {
      // Storage full or disabled: the session still runs, it just will not survive a reload.
    }
  }
  unsaved.clear();
}

function subscribe(listener: () => void) {
  listeners.add(listener);
  return () => {
    listeners.delete(listener);
  };
}

function current(key: string, lesson: string | null, day: string): ReviewSessionState {
  const known = live.get(key);
  if (known && known.day >= day) return known; // a later day comes from the server's answers (onDay)
  const store = storage();
  let saved: ReviewSessionState | null = null;
  if (store) {
    // Sessions of other scopes whose study day has ended go too; a live one stays for its own page.
    for (const k of Object.keys(store)) if (isSessionKey(k) && k !== key && isOver(store.getItem(k), day)) store.removeItem(k);
    saved = restoreSession(store.getItem(key), lesson, day);
    if (!saved) store.removeItem(key); // corrupt, another format or scope, or an ended study day
  }
  const s = saved ?? newSession(lesson, day);
  live.set(key, s);
  return s;
}

/** sessionStorage, or null where the browser refuses it. */
function storage(): Storage | null {
  try {
    return typeof window === "undefined" ? null : window.sessionStorage;
  } catch {
    return null;
  }
}
