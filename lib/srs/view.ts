import { Rating } from "ts-fsrs";
import { renderMarkdown } from "../content/render";
import { rungAsCard } from "../drill/rung-card";
import type { Card as CardItem, Corpus } from "../content/schema";
import type { SqliteSource } from "../sqlite-client";
import { STATE_NAMES, toFsrsCard, type StateName } from "./card-state";
import { studyDay } from "./day";
import { heldBack, type HeldBack } from "./held-back";
import { formatInterval } from "./intervals";
import { nextCard, nextDueAt, queueCounts, type QueueBucket, type QueueCounts, type QueuedCard } from "./queue";
import { schedulerFor } from "./settings";
import type { ReviewSettings } from "./settings-schema";

/** What the review screen needs for one card: rendered text, its state and the four intervals. */
export interface ReviewCardView {
  id: string;
  version: number;
  state: StateName;
  bucket: QueueBucket;
  leech: boolean;
  lapses: number;
  lesson: { id: string; title: string };
  frontHtml: string;
  backHtml: string;
  whyHtml: string | null;
  myth: string | null;
  /** Interval each grade would schedule, from ts-fsrs repeat(): keys "1".."4". */
  intervals: Record<"1" | "2" | "3" | "4", string>;
}

export interface QueueView {
  card: ReviewCardView | null;
  counts: QueueCounts;
  /** When the queue is empty: when it next serves a card (ISO; queue.ts nextDueAt), if ever. */
  nextDueAt: string | null;
  /** When the next study day starts (ISO): a held-back card's time, worded as such on the screen. */
  nextDayStartsAt: string;
  /** Server time this view was built (ISO), so "due in 3 h" is measured on one clock. */
  now: string;
  /** The study day `now` falls in (YYYY-MM-DD, lib/srs/day.ts with the settings' start hour): the review screen ends its session when it changes. */
  day: string;
  /** The lesson this session is limited to ("Study this lesson"), or null for every card. */
  lesson: { id: string; title: string } | null;
  /** When the queue is empty: cards today's limits keep back (so the screen can say so); else null. */
  heldBack: HeldBack | null;
}

const itemIndex = new WeakMap<Corpus, Map<string, CardItem>>();

function cardItem(corpus: Corpus, id: string): CardItem | undefined {
  let index = itemIndex.get(corpus);
  if (!index) {
    index = new Map();
    for (const item of corpus.items) if (item.kind === "card") index.set(item.id, item);
    itemIndex.set(corpus, index);
  }
  // A due ladder step, when the drill setting mixes them into review (lib/drill).
  return index.get(id) ?? (id.includes("#") ? rungAsCard(corpus, id) : undefined);
}

export function cardView(q: QueuedCard, item: CardItem, corpus: Corpus, now: Date, s: ReviewSettings): ReviewCardView {
  const preview = schedulerFor(s).repeat(toFsrsCard(q, q.id), now);
  const interval = (g: Rating.Again | Rating.Hard | Rating.Good | Rating.Easy) => formatInterval(preview[g].card.due.getTime() - now.getTime());
  const lesson = corpus.lessons.find((l) => l.id === q.topic);
  return {
    id: q.id,
    version: q.version,
    state: STATE_NAMES[q.state],
    bucket: q.bucket,
    leech: q.leech,
    lapses: q.lapses,
    lesson: { id: q.topic, title: lesson?.title ?? q.topic },
    frontHtml: renderMarkdown(item.front),
    backHtml: renderMarkdown(item.back),
    whyHtml: item.why ? renderMarkdown(item.why) : null,
    myth: item.myth ?? null,
    intervals: { "1": interval(Rating.Again), "2": interval(Rating.Hard), "3": interval(Rating.Good), "4": interval(Rating.Easy) },
  };
}

/**
 * The head of the queue as the review screen shows it, limited to one lesson when `lesson` is given
 * (a lesson id the caller has checked against the corpus; the daily limits stay global). `sync` is called when a queued card has
 * no text in the corpus (content removed since the last sync); it retires it and we look again.
 * Reads go through the direct connection (a Prisma client is resolved to it: lib/sqlite-client.ts).
 */
export async function queueView(db: SqliteSource, corpus: Corpus, now: Date, s: ReviewSettings, sync?: () => Promise<unknown>, lesson?: string): Promise<QueueView> {
  let q = await nextCard(db, now, s, lesson);
  let item = q ? cardItem(corpus, q.id) : undefined;
  if (q && !item && sync) {
    await sync();
    q = await nextCard(db, now, s, lesson);
    item = q ? cardItem(corpus, q.id) : undefined;
  }
  const counts = await queueCounts(db, now, s, lesson);
  const l = lesson === undefined ? undefined : corpus.lessons.find((x) => x.id === lesson);
  const scope = lesson === undefined ? null : { id: lesson, title: l?.title ?? lesson };
  const today = studyDay(now, s.dayStartHour);
  const base = { counts, now: now.toISOString(), day: today.key, nextDayStartsAt: today.end.toISOString(), lesson: scope };
  if (!q || !item) {
    const [at, held] = await Promise.all([nextDueAt(db, now, s, lesson), heldBack(db, now, s, lesson)]);
    return { ...base, card: null, nextDueAt: at ? at.toISOString() : null, heldBack: held };
  }
  return { ...base, card: cardView(q, item, corpus, now, s), nextDueAt: null, heldBack: null };
}
