import { Rating } from "ts-fsrs";
import { renderMarkdown } from "../content/render";
import { rungAsCard } from "../drill/rung-card";
import type { Card as CardItem, Corpus } from "../content/schema";
import { asked, displayOrder, questionForItem, reviewSeed, type AskedQuestion } from "../quiz/question";
import type { SqliteSource } from "../sqlite-client";
import { STATE_NAMES, toFsrsCard, type StateName } from "./card-state";
import { studyDay } from "./day";
import { heldBack, type HeldBack } from "./held-back";
import { formatInterval } from "./intervals";
import { cardsAhead, nextCard, nextDueAt, queueCounts, type QueueBucket, type QueueCounts, type QueuedCard } from "./queue";
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
  /** A concept check or exercise family (kind check/family): answered with the quiz widgets, marked by POST /api/review/answer. */
  question?: AskedQuestion;
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
  /**
   * The next few cards after `card`, in queue order as it stands: the screen shows the first of
   * them the moment `card` is graded, buried or suspended, and the server's answer confirms it.
   */
  ahead: ReviewCardView[];
  /** Custom study: this lesson session takes the lesson's new cards beyond today's new-card limit (they still count toward it). */
  custom: boolean;
}

/** How many cards each answer sends ahead of the one to show. */
export const AHEAD = 3;
/** Custom study lifts the new-card limit for its lesson session only. */
const UNLIMITED = 1_000_000;

/** The settings a queue read uses: custom study of one lesson lifts the daily new-card limit. */
export function queueSettings(s: ReviewSettings, lesson: string | undefined, custom: boolean): ReviewSettings {
  return custom && lesson !== undefined ? { ...s, newPerDay: UNLIMITED } : s;
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

/** A queued check or exercise family as a review card: its question (a family's variant follows the item's version). */
export function askedCardView(q: QueuedCard, corpus: Corpus, now: Date, s: ReviewSettings): ReviewCardView | null {
  const question = questionForItem(corpus, q.id, reviewSeed(q.id, q.version));
  if (!question) return null;
  const front = { kind: "card", id: q.id, topic: q.topic, front: question.prompt, back: question.explanation, tags: [], level: 1, sources: [], covers: [], inventory: [] } as unknown as CardItem;
  return { ...cardView(q, front, corpus, now, s), question: asked(question, displayOrder(question, `${q.id}#${q.version}`, false)) };
}

/**
 * The head of the queue as the review screen shows it, limited to one lesson when `lesson` is given
 * (a lesson id the caller has checked against the corpus; the daily limits stay global). `sync` is called when a queued card has
 * no text in the corpus (content removed since the last sync); it retires it and we look again.
 * Reads go through the direct connection (a Prisma client is resolved to it: lib/sqlite-client.ts).
 */
export async function queueView(
  db: SqliteSource,
  corpus: Corpus,
  now: Date,
  settings: ReviewSettings,
  sync?: () => Promise<unknown>,
  lesson?: string,
  { custom = false, ahead = AHEAD }: { custom?: boolean; ahead?: number } = {},
): Promise<QueueView> {
  const isCustom = custom && lesson !== undefined;
  const s = queueSettings(settings, lesson, isCustom);
  let q = await nextCard(db, now, s, lesson);
  let item = q ? cardItem(corpus, q.id) : undefined;
  let shown = q && !item ? askedCardView(q, corpus, now, s) : null;
  if (q && !item && !shown && sync) {
    await sync();
    q = await nextCard(db, now, s, lesson);
    item = q ? cardItem(corpus, q.id) : undefined;
    shown = q && !item ? askedCardView(q, corpus, now, s) : null;
  }
  const counts = await queueCounts(db, now, s, lesson);
  const l = lesson === undefined ? undefined : corpus.lessons.find((x) => x.id === lesson);
  const scope = lesson === undefined ? null : { id: lesson, title: l?.title ?? lesson };
  const today = studyDay(now, s.dayStartHour);
  const base = { counts, now: now.toISOString(), day: today.key, nextDayStartsAt: today.end.toISOString(), lesson: scope, custom: isCustom };
  if (!q || (!item && !shown)) {
    const [at, held] = await Promise.all([nextDueAt(db, now, s, lesson), heldBack(db, now, s, lesson)]);
    return { ...base, card: null, nextDueAt: at ? at.toISOString() : null, heldBack: held, ahead: [] };
  }
  const next: ReviewCardView[] = [];
  if (ahead > 0) {
    for (const a of await cardsAhead(db, now, s, q.id, ahead, lesson)) {
      const it = cardItem(corpus, a.id);
      // A card with no text yet is left to the answer (its sync); a check or exercise is asked as in the head.
      const v = it ? cardView(a, it, corpus, now, s) : askedCardView(a, corpus, now, s);
      if (v) next.push(v);
    }
  }
  return { ...base, card: shown ?? cardView(q, item!, corpus, now, s), nextDueAt: null, heldBack: null, ahead: next };
}
