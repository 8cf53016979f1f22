import { fsrs, StrategyMode, type FSRS } from "ts-fsrs";
import { cardSeed } from "./card-state";
import type { Db } from "../db-client";
import { DEFAULT_SETTINGS, parseSteps, settingsSchema, type ReviewSettings } from "./settings-schema";

const settingsSelect = {
  desiredRetention: true,
  newPerDay: true,
  reviewsPerDay: true,
  learningSteps: true,
  relearningSteps: true,
  maximumInterval: true,
  dayStartHour: true,
  fuzz: true,
  newCardOrder: true,
} as const;

export async function getSettings(db: Db): Promise<ReviewSettings> {
  const [row, params] = await Promise.all([
    db.settings.findUnique({ where: { id: 1 }, select: settingsSelect }),
    db.fsrsParams.findUnique({ where: { id: 1 }, select: { weights: true } }),
  ]);
  const s: ReviewSettings = row ? { ...row, newCardOrder: row.newCardOrder === "interleaved" ? "interleaved" : "lesson" } : { ...DEFAULT_SETTINGS };
  return params ? { ...s, weights: JSON.parse(params.weights) as number[] } : s;
}

/** Validates with the shared schema; throws the ZodError for the caller to show per field. */
export async function saveSettings(db: Db, input: unknown, now: Date): Promise<ReviewSettings> {
  const data = settingsSchema.parse(input);
  await db.settings.upsert({ where: { id: 1 }, create: { id: 1, ...data, updatedAt: now }, update: { ...data, updatedAt: now } });
  return data;
}

const schedulers = new Map<string, FSRS>();

/** The ts-fsrs scheduler for these settings (cached: settings change rarely, grades often); fuzz seeded per card. */
export function schedulerFor(s: ReviewSettings): FSRS {
  const key = JSON.stringify([s.desiredRetention, s.maximumInterval, s.fuzz, s.learningSteps, s.relearningSteps, s.weights ?? null]);
  let f = schedulers.get(key);
  if (!f) {
    f = fsrs({
      ...(s.weights ? { w: [...s.weights] } : {}),
      request_retention: s.desiredRetention,
      maximum_interval: s.maximumInterval,
      enable_fuzz: s.fuzz,
      enable_short_term: true,
      learning_steps: parseSteps(s.learningSteps) ?? [],
      relearning_steps: parseSteps(s.relearningSteps) ?? [],
    }).useStrategy(StrategyMode.SEED, cardSeed);
    if (schedulers.size > 20) schedulers.clear();
    schedulers.set(key, f);
  }
  return f;
}
