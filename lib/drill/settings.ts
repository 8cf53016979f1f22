import { z } from "zod";
import { asSqlite, retryBusy, type SqliteSource } from "../sqlite-client";

/** Drill settings: one row (id 1) of DrillSettings, apart from the review Settings table. */
export interface DrillSettings {
  questionSeconds: number;
  rungSeconds: number;
  mixRungs: boolean;
  mockMinutes: number;
  /** YYYY-MM-DD, or null when no interview is planned. */
  interviewDate: string | null;
  raiseNewLimit: boolean;
}

export const DEFAULT_DRILL_SETTINGS: DrillSettings = {
  questionSeconds: 180,
  rungSeconds: 120,
  mixRungs: false,
  mockMinutes: 45,
  interviewDate: null,
  raiseNewLimit: false,
};

const checkbox = z.union([z.boolean(), z.literal("on"), z.literal("true"), z.literal("false"), z.literal("")]).transform((v) => v === true || v === "on" || v === "true");
const whole = (what: string, min: number, max: number) =>
  z.coerce
    .number({ error: `${what} must be a number` })
    .int(`${what} must be a whole number`)
    .min(min, `${what} must be at least ${min}`)
    .max(max, `${what} must be at most ${max}`);

export const drillSettingsSchema = z.object({
  questionSeconds: whole("Time for the question (seconds)", 30, 1800),
  rungSeconds: whole("Time per follow-up (seconds)", 30, 1800),
  mixRungs: checkbox.default(false),
  mockMinutes: whole("Mock interview length (minutes)", 10, 180),
  interviewDate: z
    .string()
    .trim()
    .refine((v) => v === "" || (/^\d{4}-\d{2}-\d{2}$/.test(v) && !Number.isNaN(Date.parse(v))), "Interview date must be a date (YYYY-MM-DD) or empty")
    .transform((v) => (v === "" ? null : v))
    .default(""),
  raiseNewLimit: checkbox.default(false),
});

const dateKey = (ms: number) => {
  const d = new Date(ms);
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, "0")}-${String(d.getDate()).padStart(2, "0")}`;
};

export async function getDrillSettings(src: SqliteSource): Promise<DrillSettings> {
  const sq = asSqlite(src);
  const r = await retryBusy(sq, () => sq.stmt("SELECT * FROM DrillSettings WHERE id = 1").get() as Record<string, unknown> | undefined);
  if (!r) return { ...DEFAULT_DRILL_SETTINGS };
  return {
    questionSeconds: Number(r.questionSeconds),
    rungSeconds: Number(r.rungSeconds),
    mixRungs: Boolean(Number(r.mixRungs)),
    mockMinutes: Number(r.mockMinutes),
    interviewDate: r.interviewDate == null ? null : dateKey(Number(r.interviewDate)),
    raiseNewLimit: Boolean(Number(r.raiseNewLimit)),
  };
}

/** Validates (throws the ZodError for the form to show per field) and stores the row. */
export async function saveDrillSettings(src: SqliteSource, input: unknown, now: Date): Promise<DrillSettings> {
  const s = drillSettingsSchema.parse(input);
  const sq = asSqlite(src);
  const [y, m, d] = s.interviewDate ? s.interviewDate.split("-").map(Number) : [0, 0, 0];
  const interview = s.interviewDate ? new Date(y, m - 1, d, 12).getTime() : null;
  await retryBusy(sq, () =>
    sq
      .stmt(`INSERT INTO DrillSettings (id, questionSeconds, rungSeconds, mixRungs, mockMinutes, interviewDate, raiseNewLimit, updatedAt)
        VALUES (1, @questionSeconds, @rungSeconds, @mixRungs, @mockMinutes, @interview, @raiseNewLimit, @now)
        ON CONFLICT(id) DO UPDATE SET questionSeconds = excluded.questionSeconds, rungSeconds = excluded.rungSeconds, mixRungs = excluded.mixRungs,
          mockMinutes = excluded.mockMinutes, interviewDate = excluded.interviewDate, raiseNewLimit = excluded.raiseNewLimit, updatedAt = excluded.updatedAt`)
      .run({ ...s, mixRungs: s.mixRungs ? 1 : 0, raiseNewLimit: s.raiseNewLimit ? 1 : 0, interview, now: now.getTime() }),
  );
  return s;
}
