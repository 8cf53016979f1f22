import { z } from "zod";

/**
 * The review screen's session as it survives a reload: the undo stack (what each undo call needs),
 * the grades given and the time spent. Like Anki, a session lasts until the learner finishes it or
 * the study day ends (`day`, the server's lib/srs/day.ts key), so it is kept per tab (sessionStorage),
 * one entry per scope: a "Study this lesson" session never mixes with the whole-queue one.
 * Pure: the component reads and writes the storage; these functions build, check and expire entries.
 */

const gradeAction = z.object({ kind: z.literal("grade"), gradeId: z.uuid(), rating: z.union([z.literal(1), z.literal(2), z.literal(3), z.literal(4)]) });
const cardAction = z.object({ kind: z.enum(["bury", "suspend"]), cardId: z.string().min(1).max(200), version: z.number().int().nonnegative() });
const action = z.discriminatedUnion("kind", [gradeAction, cardAction]);
const count = z.number().int().nonnegative();
const time = z.number().int().nonnegative();

/** Undo reaches this far back; older steps fall off the stack (their grades stay counted). */
export const UNDO_DEPTH = 500;

const sessionSchema = z
  .object({
    v: z.literal(1),
    lesson: z.string().min(1).nullable(),
    day: z.string().regex(/^\d{4}-\d{2}-\d{2}$/),
    undo: z.array(action).max(UNDO_DEPTH),
    /** Grades given this session: Again, Hard, Good, Easy. */
    graded: z.tuple([count, count, count, count]),
    /** Epoch ms of the first card looked at and of the last action (0: not started). */
    start: time,
    end: time,
  })
  .refine((s) => s.end >= s.start, "end before start");

/** One step of the session, newest last: what U takes back (Anki's undo reverses the last action, whatever it was). */
export type SessionAction = z.infer<typeof action>;
export type ReviewSessionState = z.infer<typeof sessionSchema>;

const PREFIX = "quorum:review-session:";

/** The storage key of a scope: the whole queue, or one lesson. */
export const sessionKey = (lesson: string | null) => `${PREFIX}${lesson === null ? "*" : `lesson:${lesson}`}`;
export const isSessionKey = (key: string) => key.startsWith(PREFIX);

export function newSession(lesson: string | null, day: string): ReviewSessionState {
  return { v: 1, lesson, day, undo: [], graded: [0, 0, 0, 0], start: 0, end: 0 };
}

export const serializeSession = (s: ReviewSessionState) => JSON.stringify(s);

/**
 * The stored session to continue, or null when there is none to continue: nothing stored, not JSON,
 * not a session (an older format, edited by hand), another scope's, or a study day that has ended.
 */
export function restoreSession(raw: string | null, lesson: string | null, day: string): ReviewSessionState | null {
  if (raw === null) return null;
  let data: unknown;
  try {
    data = JSON.parse(raw);
  } catch {
    return null;
  }
  const parsed = sessionSchema.safeParse(data);
  if (!parsed.success || parsed.data.lesson !== lesson || parsed.data.day !== day) return null;
  return parsed.data;
}

/** The session once the server says it is `day`: a new study day starts a new session. */
export const onDay = (s: ReviewSessionState, day: string) => (s.day === day ? s : newSession(s.lesson, day));

/** The clock runs from the first card looked at to the last action. */
export const touched = (s: ReviewSessionState, at: number, startAt = at): ReviewSessionState => ({ ...s, start: s.start || startAt, end: Math.max(at, s.start || startAt) });

/** A grade, bury or suspend the server recorded. */
export function recorded(s: ReviewSessionState, a: SessionAction): ReviewSessionState {
  const graded = a.kind === "grade" ? bump(s.graded, a.rating, 1) : s.graded;
  return { ...s, undo: [...s.undo, a].slice(-UNDO_DEPTH), graded };
}

/** `a` was undone on the server: off the stack, and a grade no longer counts. */
export function undone(s: ReviewSessionState, a: SessionAction): ReviewSessionState {
  const graded = a.kind === "grade" && s.undo.includes(a) ? bump(s.graded, a.rating, -1) : s.graded;
  return { ...s, undo: s.undo.filter((x) => x !== a), graded };
}

/** The server refused to undo `a` (the card changed since, 409): it stays done and counted, but U moves on to earlier steps. */
export const dropped = (s: ReviewSessionState, a: SessionAction): ReviewSessionState => ({ ...s, undo: s.undo.filter((x) => x !== a) });

function bump(g: ReviewSessionState["graded"], rating: 1 | 2 | 3 | 4, by: number): ReviewSessionState["graded"] {
  const next: ReviewSessionState["graded"] = [...g];
  next[rating - 1] = Math.max(0, next[rating - 1] + by);
  return next;
}

/** Whether a stored entry (any scope's) is over and can be removed: unreadable, or from a study day that has ended. */
export function isOver(raw: string | null, day: string): boolean {
  if (raw === null) return true;
  try {
    const parsed = sessionSchema.safeParse(JSON.parse(raw));
    return !parsed.success || parsed.data.day !== day;
  } catch {
    return true;
  }
}
