import { State, type AbstractScheduler, type Card as FsrsCard } from "ts-fsrs";

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

/**
 * The ts-fsrs card for these columns. `fuzzKey` (the card id) seeds interval fuzz with `cardSeed`,
 * so fuzz depends on the card and its state, never on the clock.
 */
export function toFsrsCard(c: ScheduleColumns, fuzzKey?: string): FsrsCard {
  const card: FsrsCard & { fuzz_key?: string } = {
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
  if (fuzzKey !== undefined) card.fuzz_key = fuzzKey;
  return card;
}

/**
 * ts-fsrs seed strategy: the card's id and its state before this review (reps, difficulty x
 * stability, last review). ts-fsrs's default mixes in the review time to the millisecond, so the
 * interval a grade button shows (computed when the card is shown) would differ from the one the
 * grade schedules a moment later. Siblings still spread apart: each card's id differs.
 */
export function cardSeed(this: AbstractScheduler): string {
  const { last } = this as unknown as { last: FsrsCard & { fuzz_key?: string } };
  return `${last.fuzz_key ?? ""}_${last.reps}_${last.difficulty * last.stability}_${last.last_review ? new Date(last.last_review).getTime() : 0}`;
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
