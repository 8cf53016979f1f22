import type { Corpus, Item, ItemKind, Origin } from "../content/schema";
import type { Db } from "../db-client";
import type { Prisma } from "../generated/prisma/client";
import { itemFilter, PAGE_SIZE, type BrowseFilter, type DueState } from "./browse-filter";
import { STATE_NAMES, type StateName } from "./card-state";
import { studyDay } from "./day";
import { formatUntil } from "./intervals";

/**
 * The browser (Anki's "Browse"): every item of the corpus, filtered by text, lesson, kind, level,
 * tag, and for cards by schedule. Text and metadata filters run over the corpus in memory (it is
 * the source of every word); schedule filters and the schedule columns come from ONE database
 * read per page, never a query per item.
 */

export interface Schedule {
  version: number;
  state: StateName;
  due: Date;
  stability: number;
  difficulty: number;
  reps: number;
  lapses: number;
  suspended: boolean;
  buriedUntil: Date | null;
  leech: boolean;
  lastReview: Date | null;
}

export const scheduleRowSelect = {
  id: true,
  version: true,
  state: true,
  due: true,
  stability: true,
  difficulty: true,
  reps: true,
  lapses: true,
  suspended: true,
  buriedUntil: true,
  leech: true,
  lastReview: true,
} as const;

type ScheduleRow = Prisma.CardGetPayload<{ select: typeof scheduleRowSelect }>;

export function toSchedule(r: ScheduleRow): Schedule {
  const { version, due, stability, difficulty, reps, lapses, suspended, buriedUntil, leech, lastReview } = r;
  return { version, state: STATE_NAMES[r.state] ?? "New", due, stability, difficulty, reps, lapses, suspended, buriedUntil, leech, lastReview };
}

export interface BrowseRow {
  item: Item;
  lessonTitle: string;
  origin: Origin | undefined;
  schedule: Schedule | null;
}

export interface BrowseResult {
  total: number;
  byKind: Record<ItemKind, number>;
  page: number;
  pageCount: number;
  rows: BrowseRow[];
}

/** Which schedules a due-state filter keeps. "due" matches the dashboard: learning due now, reviews due this study day. */
function dueWhere(due: DueState, now: Date, dayEnd: Date): Prisma.CardWhereInput {
  const learning = { state: { in: [1, 3] } };
  switch (due) {
    case "new":
      return { state: 0 };
    case "learning":
      return learning;
    case "review":
      return { state: 2 };
    case "due":
      return { OR: [{ ...learning, due: { lte: now } }, { state: 2, due: { lt: dayEnd } }] };
    case "not-due":
      return { OR: [{ ...learning, due: { gt: now } }, { state: 2, due: { gte: dayEnd } }] };
    case "leech":
      return { leech: true };
  }
}

/** Cards whose schedule passes the due-state and suspended filters, with their columns: one read. */
async function scheduleMatches(db: Db, cardIds: string[], f: BrowseFilter, now: Date, dayStartHour: number) {
  const where: Prisma.CardWhereInput = { id: { in: cardIds }, retired: false };
  if (f.due) Object.assign(where, dueWhere(f.due, now, studyDay(now, dayStartHour).end));
  if (f.suspended) where.suspended = f.suspended === "yes";
  return db.card.findMany({ where, select: scheduleRowSelect });
}

export async function browse(db: Db, corpus: Corpus, f: BrowseFilter, now: Date, dayStartHour: number, pageSize = PAGE_SIZE): Promise<BrowseResult> {
  let matches = corpus.items.filter(itemFilter(corpus, f));
  const bySchedule = f.due !== undefined || f.suspended !== undefined;
  const cardIds = (list: Item[]) => list.filter((i) => i.kind === "card").map((i) => i.id);

  let rows: ScheduleRow[] = [];
  if (bySchedule) {
    // Only cards have a schedule. A due state or "suspended" asks for cards in that state, so
    // checks and ladders drop out; "not suspended" is true of them too, so they stay.
    const onlyCards = f.due !== undefined || f.suspended === "yes";
    rows = await scheduleMatches(db, cardIds(matches), f, now, dayStartHour);
    const keep = new Set(rows.map((r) => r.id));
    matches = matches.filter((i) => keep.has(i.id) || (!onlyCards && i.kind !== "card"));
  }
  const pageCount = Math.max(1, Math.ceil(matches.length / pageSize));
  const page = Math.min(f.page ?? 1, pageCount);
  const slice = matches.slice((page - 1) * pageSize, page * pageSize);
  if (!bySchedule) {
    const ids = cardIds(slice);
    rows = ids.length ? await db.card.findMany({ where: { id: { in: ids } }, select: scheduleRowSelect }) : [];
  }

  const schedules = new Map(rows.map((r) => [r.id, toSchedule(r)]));
  const titles = new Map(corpus.lessons.map((l) => [l.id, l.title]));
  const byKind: Record<ItemKind, number> = { card: 0, check: 0, ladder: 0 };
  for (const i of matches) byKind[i.kind]++;
  return {
    total: matches.length,
    byKind,
    page,
    pageCount,
    rows: slice.map((item) => ({
      item,
      lessonTitle: titles.get(item.topic) ?? item.topic,
      origin: corpus.origins.get(item.id),
      schedule: schedules.get(item.id) ?? null,
    })),
  };
}

/** "new", "due now", "due today", "overdue 3 d", "in 5 h": how a schedule reads in a list. */
export function dueLabel(s: Schedule, now: Date, dayStartHour: number): string {
  if (s.state === "New") return "new";
  const late = now.getTime() - s.due.getTime();
  if (late >= 0) return late >= 86_400_000 ? `overdue ${Math.floor(late / 86_400_000)} d` : "due now";
  if (s.state === "Review" && s.due < studyDay(now, dayStartHour).end) return "due today";
  return formatUntil(-late);
}
