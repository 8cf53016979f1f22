/**
 * The rules of a drill, pure (no I/O, no clock of their own): which step comes next, where the
 * learner's floor is, how a ladder, a lesson and a session score, whether a rung is unlocked,
 * and the interview-date pace. Used by the server (lib/drill/*) and by the drill screen alike.
 */

export const AGAIN = 1;
export type Mode = "practice" | "live";
export type Rating = 1 | 2 | 3 | 4;
export const RATING_NAMES: Record<Rating, string> = { 1: "Again", 2: "Hard", 3: "Good", 4: "Easy" };

/** The schedule id of one step: `<ladderId>#q` for the opening question, `<ladderId>#r<k>` for rung k. */
export const stepCardId = (ladderId: string, stepIndex: number) => `${ladderId}#${stepIndex === 0 ? "q" : `r${stepIndex}`}`;

/** The inverse of stepCardId, or null for an id that is not a step's. */
export function parseStepCardId(id: string): { ladderId: string; stepIndex: number } | null {
  const m = /^(.+)#(?:q|r([1-9]\d*))$/.exec(id);
  if (!m) return null;
  return { ladderId: m[1], stepIndex: m[2] ? Number(m[2]) : 0 };
}

export interface GradedStep {
  stepIndex: number;
  rating: number | null; // null: shown but not graded
}

/** The floor: the first step graded Again (where understanding stops), or null if none was. */
export function floorOf(steps: GradedStep[]): number | null {
  const failed = steps.filter((s) => s.rating === AGAIN).map((s) => s.stepIndex);
  return failed.length ? Math.min(...failed) : null;
}

/**
 * How far up the ladder the learner got, 0..1: the steps below the floor over all steps (question
 * plus rungs). A ladder cleared without an Again scores the steps passed; steps never reached
 * (Live ends at the floor; a mock can run out of time) count as not climbed.
 */
export function ladderScore(steps: GradedStep[], totalSteps: number): number {
  if (totalSteps <= 0) return 0;
  const floor = floorOf(steps);
  const passed = steps.filter((s) => s.rating !== null && s.rating > AGAIN && (floor === null || s.stepIndex < floor)).length;
  return Math.min(1, passed / totalSteps);
}

/**
 * What to show after `stepIndex` of a ladder with `totalSteps` steps was graded `rating`:
 * the next step of the same ladder, or null when the ladder is over. In Live mode the ladder
 * ends at the floor; in Practice the learner may go on climbing past it.
 */
export function nextStepIndex(stepIndex: number, rating: number, totalSteps: number, mode: Mode): number | null {
  if (mode === "live" && rating === AGAIN) return null;
  return stepIndex + 1 < totalSteps ? stepIndex + 1 : null;
}

/**
 * Rung unlocking: the opening question is always schedulable; rung k enters the schedule once
 * step k-1 is itself scheduled and has been passed (Hard or better) at least once.
 */
export function isUnlocked(stepIndex: number, scheduledSteps: Set<number>, passedSteps: Set<number>): boolean {
  if (stepIndex === 0) return true;
  return scheduledSteps.has(stepIndex - 1) && passedSteps.has(stepIndex - 1);
}

export interface ScoredLadder {
  lesson: string;
  score: number; // ladderScore, 0..1
}

/** Per-lesson score, 0..100: the mean ladder score of that lesson's ladders in the session. */
export function lessonScores(ladders: ScoredLadder[]): { lesson: string; score: number; ladders: number }[] {
  const by = new Map<string, number[]>();
  for (const l of ladders) by.set(l.lesson, [...(by.get(l.lesson) ?? []), l.score]);
  return [...by].map(([lesson, scores]) => ({
    lesson,
    ladders: scores.length,
    score: Math.round((100 * scores.reduce((a, b) => a + b, 0)) / scores.length),
  }));
}

/** The session's score, 0..100: the mean ladder score. */
export function sessionScore(ladders: ScoredLadder[]): number {
  if (!ladders.length) return 0;
  return Math.round((100 * ladders.reduce((a, l) => a + l.score, 0)) / ladders.length);
}

/** Key points ticked over key points shown, counting graded steps only. */
export function keyPointsCovered(steps: { ticked: number[]; total: number; graded: boolean }[]): { ticked: number; total: number } {
  let ticked = 0;
  let total = 0;
  for (const s of steps) {
    if (!s.graded) continue;
    ticked += new Set(s.ticked.filter((i) => i >= 0 && i < s.total)).size;
    total += s.total;
  }
  return { ticked, total };
}

/** Overtime in ms (0 while within the step's time box). */
export const overtimeMs = (elapsedMs: number, limitMs: number) => Math.max(0, elapsedMs - limitMs);

/** "2:05", "-0:30" style clock text for a duration in ms (negative: overtime when counting down). */
export function clock(ms: number): string {
  const sign = ms < 0 ? "-" : "";
  const s = Math.floor(Math.abs(ms) / 1000);
  return `${sign}${Math.floor(s / 60)}:${String(s % 60).padStart(2, "0")}`;
}

export interface PaceInput {
  /** Study days from today's up to and including the target day (two days before the interview); 0 or less: none left. */
  daysLeft: number;
  unseenCards: number;
  unseenSteps: number;
  newPerDay: number;
}

export interface Pace {
  unseen: number;
  /** New items per day needed to see every unseen card and ladder step by the target day. */
  needed: number;
  onTrack: boolean;
  daysLeft: number;
}

/**
 * Interview-date pace: every card and every ladder step seen at least once two days before the
 * interview. On track when today's daily new limit already covers the items per day it needs.
 */
export function pace(p: PaceInput): Pace {
  const unseen = p.unseenCards + p.unseenSteps;
  if (unseen === 0) return { unseen, needed: 0, onTrack: true, daysLeft: Math.max(0, p.daysLeft) };
  if (p.daysLeft <= 0) return { unseen, needed: unseen, onTrack: false, daysLeft: 0 };
  const needed = Math.ceil(unseen / p.daysLeft);
  return { unseen, needed, onTrack: needed <= p.newPerDay, daysLeft: p.daysLeft };
}

/** Whole study days from `todayKey` to `targetKey` inclusive (YYYY-MM-DD keys), 0 if the target is past. */
export function daysBetweenKeys(todayKey: string, targetKey: string): number {
  const toUtc = (k: string) => {
    const [y, m, d] = k.split("-").map(Number);
    return Date.UTC(y, m - 1, d);
  };
  const diff = Math.round((toUtc(targetKey) - toUtc(todayKey)) / 86_400_000) + 1;
  return Math.max(0, diff);
}

/** A small seeded generator (mulberry32), so a session id always picks the same ladders. */
export function seededRandom(seedText: string): () => number {
  let seed = 0;
  for (const ch of seedText) seed = (Math.imul(seed, 31) + ch.charCodeAt(0)) | 0;
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export interface MockCandidate {
  ladderId: string;
  lesson: string;
  dueSteps: number; // steps of this ladder due now
  weakness: number; // 0..1: lapses and Again grades on its steps, relative
  drilled: boolean; // ever drilled
}

/** How many ladders a mock of this length holds: about one per 9 minutes, 4 to 6. */
export const mockLadderCount = (minutes: number) => Math.max(4, Math.min(6, Math.round(minutes / 9)));

/**
 * The ladders of a mock interview: weighted to what is due and weak (never-drilled ladders next),
 * one per lesson before any lesson gets a second, seeded so a retried start picks the same set.
 */
export function pickMockLadders(candidates: MockCandidate[], count: number, seedText: string): string[] {
  const rand = seededRandom(seedText);
  const weighted = candidates
    .map((c) => ({ c, w: 3 * Math.min(1, c.dueSteps) + 2 * c.weakness + (c.drilled ? 0 : 0.5) + rand() }))
    .sort((a, b) => b.w - a.w);
  const picked: MockCandidate[] = [];
  const lessons = new Set<string>();
  for (const { c } of weighted) {
    if (picked.length >= count) break;
    if (!lessons.has(c.lesson)) {
      picked.push(c);
      lessons.add(c.lesson);
    }
  }
  for (const { c } of weighted) {
    if (picked.length >= count) break;
    if (!picked.includes(c)) picked.push(c);
  }
  return picked.map((c) => c.ladderId);
}
