import { createHash } from "node:crypto";
import { createEmptyCard } from "ts-fsrs";
import type { Db } from "../db-client";
import { fromFsrsCard } from "../srs/card-state";
import { familiesIn, familyItemId } from "../quiz/question";
import { getCorpus } from "./load";
import type { Card, Check, Corpus } from "./schema";

/**
 * Content in, scheduling state out. The corpus (markdown) is the source of card text; the
 * database holds one scheduling row per card item, keyed by the item id. Syncing is idempotent
 * and never loses history:
 *   new item      -> a new card (state New)
 *   edited item   -> same row, same schedule; only placement and the content hash change
 *   removed item  -> retired: hidden from every queue, its reviews kept
 *   re-added id   -> un-retired with its schedule and reviews as they were
 * Every `card` item gets a schedule, myth cards included. So does every concept check (kind
 * "check") and every exercise family whose lesson is in the corpus (kind "family", id
 * "family:<family>"): those are answered, not recalled, and enter the queue once answered in a quiz
 * (lib/srs/queue.ts introduces only cards as new).
 */

export interface SyncReport {
  added: number;
  edited: number; // text changed (front/back/why)
  moved: number; // only placement changed (lesson, order, file, line)
  retired: number;
  restored: number;
  unchanged: number;
}

interface Placement {
  kind: string;
  topic: string;
  lessonOrder: number;
  position: number;
  file: string;
  line: number;
  contentHash: string;
}

export function contentHash(c: Card): string {
  return createHash("sha1").update([c.front, c.back, c.why ?? "", c.myth ?? ""].join("\u0000")).digest("hex").slice(0, 16);
}

export function checkHash(c: Check): string {
  return createHash("sha1").update(JSON.stringify([c.type, c.prompt, c.choices, c.answer, c.tolerance ?? null, c.explanation])).digest("hex").slice(0, 16);
}

function placements(corpus: Corpus): Map<string, Placement> {
  const order = new Map(corpus.lessons.map((l) => [l.id, l.order]));
  const out = new Map<string, Placement>();
  // Position is the index in corpus order (lesson folder, file name, line), so new cards are
  // introduced lesson by lesson and, within a lesson, in the order they are written.
  corpus.items.forEach((item, position) => {
    if (item.kind === "ladder") return;
    const origin = corpus.origins.get(item.id);
    out.set(item.id, {
      kind: item.kind,
      topic: item.topic,
      lessonOrder: order.get(item.topic) ?? 0,
      position,
      file: origin?.file ?? "",
      line: origin?.line ?? 0,
      contentHash: item.kind === "card" ? contentHash(item) : checkHash(item),
    });
  });
  // One item per exercise family: its text is generated afresh each time, so its hash is fixed.
  familiesIn(corpus).forEach((f, i) => {
    out.set(familyItemId(f.id), {
      kind: "family", topic: f.lesson, lessonOrder: order.get(f.lesson) ?? 0, position: 1_000_000 + i,
      file: "", line: 0, contentHash: "generated",
    });
  });
  return out;
}

const same = (a: Placement, b: Placement) =>
  a.kind === b.kind && a.topic === b.topic && a.lessonOrder === b.lessonOrder && a.position === b.position && a.file === b.file && a.line === b.line && a.contentHash === b.contentHash;

export async function syncContent(db: Db, corpus: Corpus, now: Date): Promise<SyncReport> {
  const wanted = placements(corpus);
  // Only card rows: ladder steps (kind "rung") are kept in step by lib/drill/store.ts syncRungs.
  const rows = await db.card.findMany({
    where: { kind: { not: "rung" } },
    select: { id: true, kind: true, topic: true, lessonOrder: true, position: true, file: true, line: true, contentHash: true, retired: true },
  });
  const report: SyncReport = { added: 0, edited: 0, moved: 0, retired: 0, restored: 0, unchanged: 0 };
  const updates: { id: string; data: Placement & { retired: false } }[] = [];
  const toRetire: string[] = [];
  const seen = new Set<string>();
  for (const row of rows) {
    seen.add(row.id);
    const want = wanted.get(row.id);
    if (!want) {
      if (!row.retired) toRetire.push(row.id);
      continue;
    }
    if (!row.retired && same(row, want)) {
      report.unchanged++;
      continue;
    }
    if (row.retired) report.restored++;
    else if (row.contentHash !== want.contentHash) report.edited++;
    else report.moved++;
    updates.push({ id: row.id, data: { ...want, retired: false } });
  }
  const fresh = createEmptyCard(now);
  const creates = [...wanted].filter(([id]) => !seen.has(id)).map(([id, p]) => ({ id, ...p, ...fromFsrsCard(fresh), createdAt: now, updatedAt: now }));
  report.added = creates.length;
  report.retired = toRetire.length;
  if (!creates.length && !updates.length && !toRetire.length) return report;
  // Placement and retirement never touch the schedule columns or `version`: a grade in flight
  // for an edited card still applies.
  await db.$transaction(async (tx) => {
    if (creates.length) await tx.card.createMany({ data: creates });
    for (const u of updates) await tx.card.update({ where: { id: u.id }, data: { ...u.data, updatedAt: now } });
    if (toRetire.length) await tx.card.updateMany({ where: { id: { in: toRetire } }, data: { retired: true, updatedAt: now } });
  }, { timeout: 60_000 });
  return report;
}

const synced = new WeakMap<Db, WeakSet<Corpus>>();
const running = new WeakMap<Db, Promise<unknown>>();

/**
 * Syncs the corpus unless this exact corpus object was already synced into this client. In
 * production getCorpus() reads content once per process, so this costs one comparison per
 * request after the first; in development every request re-reads content and syncs the edits.
 */
export async function ensureContentSynced(db: Db, now = new Date(), corpus: Corpus = getCorpus()): Promise<void> {
  const done = synced.get(db) ?? new WeakSet<Corpus>();
  synced.set(db, done);
  if (done.has(corpus)) return;
  const previous = running.get(db) ?? Promise.resolve();
  const run = previous.catch(() => {}).then(() => (done.has(corpus) ? undefined : syncContent(db, corpus, now)));
  running.set(db, run);
  await run;
  done.add(corpus);
}
