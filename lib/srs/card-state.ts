import { State, type Card as FsrsCard } from "ts-fsrs";

/**
 * The scheduling columns of a Card row and their ts-fsrs twin. Every ts-fsrs Card field has a
 * column, so converting back and forth is lossless (the undo round trip depends on it).
 */
export interface ScheduleColumns {
  due: Date;
  stability: number;
  difficulty: number;
  elapsedDays: number;
  scheduledDays: number;
  learningSteps: number;
  reps: number;
  lapses: number;
  state: number;
  lastReview: Date | null;
}

export const scheduleSelect = {
  due: true,
  stability: true,
  difficulty: true,
  elapsedDays: true,
  scheduledDays: true,
  learningSteps: true,
  reps: true,
  lapses: true,
  state: true,
  lastReview: true,
} as const;

export function toFsrsCard(c: ScheduleColumns): FsrsCard {
  const card: FsrsCard = {
    due: c.due,
    stability: c.stability,
    difficulty: c.difficulty,
    elapsed_days: c.elapsedDays,
    scheduled_days: c.scheduledDays,
    learning_steps: c.learningSteps,
    reps: c.reps,
    lapses: c.lapses,
    state: c.state as State,
  };
  if (c.lastReview) card.last_review = c.lastReview;
  return card;
}

export function fromFsrsCard(c: FsrsCard): ScheduleColumns {
  return {
    due: c.due,
    stability: c.stability,
    difficulty: c.difficulty,
    elapsedDays: c.elapsed_days,
    scheduledDays: c.scheduled_days,
    learningSteps: c.learning_steps,
    reps: c.reps,
    lapses: c.lapses,
    state: c.state,
    lastReview: c.last_review ?? null,
  };
}

/** Anki's default leech threshold: a card forgotten this many times is flagged. */
export const LEECH_LAPSES = 8;

export const STATE_NAMES = ["New", "Learning", "Review", "Relearning"] as const;
export type StateName = (typeof STATE_NAMES)[number];

/** Values from $queryRaw: integers may arrive as bigint, dates as Date, ISO text or epoch ms. */
export const rawNumber = (v: unknown) => Number(v);
export const rawDate = (v: unknown) => (v instanceof Date ? v : new Date(typeof v === "string" && !/^\d+$/.test(v) ? v : Number(v)));

/** The schedule columns of a raw Card row. */
export function scheduleFromRaw(r: Record<string, unknown>): ScheduleColumns {
  return {
    due: rawDate(r.due),
    stability: rawNumber(r.stability),
    difficulty: rawNumber(r.difficulty),
    elapsedDays: rawNumber(r.elapsedDays),
    scheduledDays: rawNumber(r.scheduledDays),
    learningSteps: rawNumber(r.learningSteps),
    reps: rawNumber(r.reps),
    lapses: rawNumber(r.lapses),
    state: rawNumber(r.state),
    lastReview: r.lastReview == null ? null : rawDate(r.lastReview),
  };
}
