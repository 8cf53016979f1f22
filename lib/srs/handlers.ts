import type { z } from "zod";
import type { Corpus } from "../content/schema";
import { syncContent } from "../content/sync";
import type { Db } from "../db-client";
import type { Sqlite } from "../sqlite-client";
import { buryCard, setSuspended, unburyCard } from "./card-actions";
import { gradeCard } from "./grade";
import { errorResponse, parseJson } from "./http";
import { ReviewError } from "./errors";
import { scopedInputs } from "./inputs";
import { queuedCardById } from "./queue";
import { getSettings } from "./settings";
import type { ReviewSettings } from "./settings-schema";
import { undoGrade } from "./undo";
import { AHEAD, askedCardView, cardView, queueView, type QueueView } from "./view";

/**
 * The review API as plain functions from a Request to a Response; app/api/review/* routes are
 * one-line wrappers that pass the app's handles and the clock. Every answer carries the next card,
 * so the screen advances in one round trip. The queue, grade, undo, bury and suspend run on the
 * direct connection (`sqlite`); Prisma (`db`) reads the settings and syncs content.
 * An optional `lesson` (query string of GET next, body field of the POSTs) keeps a "Study this
 * lesson" session inside that lesson for every next card it is sent.
 */
export interface ReviewDeps {
  db: Db;
  sqlite: Sqlite;
  now: Date;
  corpus: () => Corpus;
}

/** Where a call asks the next card from: all cards, or one lesson (`custom`: beyond today's new-card limit). */
interface Scope {
  lesson?: string;
  custom?: boolean;
}

async function next(d: ReviewDeps, s: ReviewSettings, scope: Scope): Promise<QueueView> {
  const corpus = d.corpus();
  return queueView(d.sqlite, corpus, d.now, s, () => syncContent(d.db, corpus, d.now), scope.lesson, { custom: scope.custom ?? false });
}

export async function handleNext(req: Request, d: ReviewDeps): Promise<Response> {
  try {
    const query = Object.fromEntries(new URL(req.url).searchParams);
    const parsed = scopedInputs(d.corpus()).next.safeParse(query);
    if (!parsed.success) throw new ReviewError(400, parsed.error.issues.map((i) => `${i.path.join(".") || "query"}: ${i.message}`).join("; "));
    return Response.json({ next: await next(d, await getSettings(d.db), parsed.data) });
  } catch (e) {
    return errorResponse(e);
  }
}

export async function handleGrade(req: Request, d: ReviewDeps): Promise<Response> {
  try {
    const input = await parseJson(req, scopedInputs(d.corpus()).grade);
    const s = await getSettings(d.db);
    const result = await gradeCard(d.sqlite, input, d.now, s);
    return Response.json({ result, next: await next(d, s, input) });
  } catch (e) {
    return errorResponse(e);
  }
}

export async function handleUndo(req: Request, d: ReviewDeps): Promise<Response> {
  try {
    const input = await parseJson(req, scopedInputs(d.corpus()).undo);
    const s = await getSettings(d.db);
    const { cardId } = await undoGrade(d.sqlite, input, d.now);
    return Response.json({ result: { undone: input.gradeId, cardId }, next: await restored(d, s, input, cardId) });
  } catch (e) {
    return errorResponse(e);
  }
}

/** Like Anki, an undo shows the card that was taken back, whatever else is due. */
async function restored(d: ReviewDeps, s: ReviewSettings, scope: Scope, cardId: string): Promise<QueueView> {
  const q = await queuedCardById(d.sqlite, cardId);
  const item = d.corpus().items.find((i) => i.id === cardId);
  const base = await next(d, s, scope);
  // A check or exercise family comes back as a question (a family with a fresh variant: the undo bumped its version).
  const view = q && item?.kind === "card" ? cardView(q, item, d.corpus(), d.now, s) : q ? askedCardView(q, d.corpus(), d.now, s) : null;
  if (!view) return base;
  // After the restored card comes what the queue serves now.
  const ahead = [base.card, ...base.ahead].filter((c): c is NonNullable<typeof c> => c !== null && c.id !== cardId).slice(0, AHEAD);
  return { ...base, card: view, nextDueAt: null, heldBack: null, ahead };
}

type CardActionInput = z.output<ReturnType<typeof scopedInputs>["cardAction"]>;

/**
 * Bury, suspend and their undo share one shape: parse `{ cardId, version, lesson? }`, act on the
 * direct connection (version-checked: a card changed since is a 409), and answer with the result
 * and the card to show next. An undo (unbury, unsuspend) shows the restored card, like a grade's
 * undo; a card already back is answered as done, so a retry changes nothing.
 */
function cardActionHandler(
  act: (d: ReviewDeps, input: CardActionInput, s: ReviewSettings) => Promise<{ cardId: string; version: number }>,
  show: "next" | "restored",
) {
  return async (req: Request, d: ReviewDeps): Promise<Response> => {
    try {
      const input = await parseJson(req, scopedInputs(d.corpus()).cardAction);
      const s = await getSettings(d.db);
      const result = await act(d, input, s);
      const view = show === "restored" ? await restored(d, s, input, input.cardId) : await next(d, s, input);
      return Response.json({ result, next: view });
    } catch (e) {
      return errorResponse(e);
    }
  };
}

export const handleBury = cardActionHandler((d, input, s) => buryCard(d.sqlite, input, d.now, s), "next");
export const handleUnbury = cardActionHandler((d, input) => unburyCard(d.sqlite, input, d.now), "restored");
export const handleSuspend = cardActionHandler(async (d, input) => pick(await setSuspended(d.sqlite, input, true, d.now)), "next");
export const handleUnsuspend = cardActionHandler(async (d, input) => pick(await setSuspended(d.sqlite, input, false, d.now)), "restored");

const pick = ({ cardId, version }: { cardId: string; version: number }) => ({ cardId, version });
