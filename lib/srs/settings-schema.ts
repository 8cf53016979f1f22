import { z } from "zod";

/**
 * The one schema for review settings, shared by the settings form (instant feedback) and the
 * server action (the authority). Inputs may be form strings; outputs are typed values.
 * Defaults follow Anki's FSRS defaults (desired retention 0.90, steps 1m 10m / 10m, 4 am).
 */

export const DEFAULT_SETTINGS = {
  desiredRetention: 0.9,
  newPerDay: 20,
  reviewsPerDay: 200,
  learningSteps: "1m 10m",
  relearningSteps: "10m",
  maximumInterval: 36500,
  dayStartHour: 4,
  fuzz: true,
  newCardOrder: "lesson",
} as const;

/** The order new cards are introduced in: lesson by lesson (content order), or interleaved across lessons (round-robin). */
export const NEW_CARD_ORDERS = ["lesson", "interleaved"] as const;
export type NewCardOrder = (typeof NEW_CARD_ORDERS)[number];

export type ReviewSettings = {
  desiredRetention: number;
  newPerDay: number;
  reviewsPerDay: number;
  learningSteps: string;
  relearningSteps: string;
  maximumInterval: number;
  dayStartHour: number;
  fuzz: boolean;
  newCardOrder: NewCardOrder;
  /** FSRS parameters fitted by Settings -> Optimize (FsrsParams); absent: the ts-fsrs defaults. */
  weights?: readonly number[];
};

export type StepUnitString = `${number}${"m" | "h" | "d"}`;

const STEP = /^(\d+(?:\.\d+)?)(m|h|d)$/;

/** "1m 10m" -> ["1m", "10m"]; null when a step is malformed. An empty string means no steps. */
export function parseSteps(text: string): StepUnitString[] | null {
  const parts = text.trim().split(/[\s,]+/).filter(Boolean);
  const steps: StepUnitString[] = [];
  for (const p of parts) {
    const m = STEP.exec(p);
    if (!m || Number(m[1]) <= 0) return null;
    steps.push(`${Number(m[1])}${m[2] as "m" | "h" | "d"}`);
  }
  return steps;
}

/** Plain digits only: Number() would also take "1e1", "0x10", "0b11" and "Infinity". */
const PLAIN_INTEGER = /^[+-]?\d+$/;
const PLAIN_DECIMAL = /^[+-]?(?:\d+(?:\.\d*)?|\.\d+)$/;

/** A number field: a typed number, or a form string written as a plain decimal (plain integer with `int`). */
const number = (label: string, min: number, max: number, opts: { int?: boolean } = {}) =>
  z.unknown().transform((v, ctx): number => {
    const fail = (message: string) => {
      ctx.addIssue({ code: "custom", message });
      return z.NEVER;
    };
    if (v === undefined || v === null || (typeof v === "string" && v.trim() === "")) return fail(`${label} is required.`);
    let n: number;
    if (typeof v === "number") n = v;
    else if (typeof v === "string") {
      const s = v.trim();
      if (opts.int && !PLAIN_INTEGER.test(s) && PLAIN_DECIMAL.test(s)) return fail(`${label} must be a whole number.`);
      if (!(opts.int ? PLAIN_INTEGER : PLAIN_DECIMAL).test(s)) {
        // "1e1" is a number to JavaScript, not to a learner: ask for it written out.
        if (!Number.isFinite(Number(s))) return fail(`${label} must be a number.`);
        return fail(`${label} must be a number written in plain digits, like ${opts.int ? "20" : "0.9"} (not "${s}").`);
      }
      n = Number(s);
    } else return fail(`${label} must be a number.`);
    if (!Number.isFinite(n)) return fail(`${label} must be a number.`);
    if (opts.int && !Number.isInteger(n)) return fail(`${label} must be a whole number.`);
    if (n < min || n > max) return fail(`${label} must be between ${min} and ${max}.`);
    return n;
  });

const steps = (label: string) =>
  z
    .string({ error: `${label} are required.` })
    .max(200, `${label}: at most 200 characters.`)
    .refine((s) => parseSteps(s) !== null, `${label} are durations like "1m 10m" (m, h or d), each above zero.`)
    .refine((s) => (parseSteps(s) ?? []).length <= 10, `${label}: at most 10 steps.`)
    .transform((s) => (parseSteps(s) ?? []).join(" "));

export const settingsSchema = z.object({
  desiredRetention: number("Desired retention", 0.7, 0.99),
  newPerDay: number("New cards per day", 0, 9999, { int: true }),
  reviewsPerDay: number("Maximum reviews per day", 0, 99999, { int: true }),
  learningSteps: steps("Learning steps"),
  relearningSteps: steps("Relearning steps"),
  maximumInterval: number("Maximum interval", 1, 36500, { int: true }),
  dayStartHour: number("Next day starts at", 0, 23, { int: true }),
  // An HTML checkbox sends "on" when ticked and nothing when not.
  fuzz: z.preprocess((v) => v === true || v === "on" || v === "true", z.boolean()),
  // Absent (an older form or client): the default, lesson by lesson.
  newCardOrder: z.preprocess((v) => (v === undefined || v === "" ? "lesson" : v), z.enum(NEW_CARD_ORDERS, { error: 'New card order is "lesson" (lesson by lesson) or "interleaved" (across lessons).' })),
});

export type SettingsField = keyof ReviewSettings;
export type FieldErrors = Partial<Record<SettingsField, string>>;

/** First message per field, ready to show next to the input. */
export function settingsErrors(error: z.ZodError): FieldErrors {
  const out: FieldErrors = {};
  for (const issue of error.issues) {
    const key = issue.path[0] as SettingsField | undefined;
    if (key && !out[key]) out[key] = issue.message;
  }
  return out;
}
