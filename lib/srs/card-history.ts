import type { Db } from "../db-client";
import { toSchedule, scheduleRowSelect, type Schedule } from "./browse";
import { STATE_NAMES, type StateName } from "./card-state";

/** One card's schedule and review history, for the browser's detail page. */

export const RATING_NAMES = ["Again", "Hard", "Good", "Easy"] as const;

export interface HistoryEntry {
  id: string;
  review: Date;
  rating: (typeof RATING_NAMES)[number];
  /** The state before this grade (a first grade is "New"). */
  before: StateName;
  after: StateName;
  /** The interval this grade scheduled: from the review to the next due time. */
  intervalMs: number;
  durationMs: number;
}

export interface CardDetail {
  schedule: Schedule;
  retired: boolean;
  /** Newest first; undone grades are left out (undo takes a grade back as if it never happened). */
  history: HistoryEntry[];
}

/** The card row and its grades in one Prisma read (a relation select). Null when the card has no row yet. */
export async function cardDetail(db: Db, id: string): Promise<CardDetail | null> {
  const row = await db.card.findUnique({
    where: { id },
    select: {
      ...scheduleRowSelect,
      retired: true,
      logs: {
        where: { undoneAt: null },
        orderBy: { review: "desc" },
        select: { id: true, review: true, rating: true, state: true, nextState: true, nextDue: true, durationMs: true },
      },
    },
  });
  if (!row) return null;
  return {
    schedule: toSchedule(row),
    retired: row.retired,
    history: row.logs.map((l) => ({
      id: l.id,
      review: l.review,
      rating: RATING_NAMES[l.rating - 1] ?? "Again",
      before: STATE_NAMES[l.state] ?? "New",
      after: STATE_NAMES[l.nextState] ?? "New",
      intervalMs: l.nextDue.getTime() - l.review.getTime(),
      durationMs: l.durationMs,
    })),
  };
}
