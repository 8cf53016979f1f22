import { createEmptyCard, Rating } from "ts-fsrs";
import { afterEach, describe, expect, it } from "vitest";
import { getSettings, saveSettings, schedulerFor } from "./settings";
import { DEFAULT_SETTINGS, parseSteps, settingsErrors, settingsSchema } from "./settings-schema";
import { scratchDb, type ScratchDb } from "./scratch-db";

const NOW = new Date("2025-03-10T09:00:00Z");
const form = { desiredRetention: "0.9", newPerDay: "20", reviewsPerDay: "200", learningSteps: "1m 10m", relearningSteps: "10m", maximumInterval: "36500", dayStartHour: "4", fuzz: "on" };

describe("the settings schema (shared by the form and the server action)", () => {
  it("accepts the defaults as a form sends them", () => {
    expect(settingsSchema.parse(form)).toEqual(DEFAULT_SETTINGS);
  });

  it("refuses each invalid value with a message for its field", () => {
    const r = settingsSchema.safeParse({ ...form, desiredRetention: "0.5", newPerDay: "-1", reviewsPerDay: "ten", learningSteps: "1m 10", maximumInterval: "", dayStartHour: "24" });
    expect(r.success).toBe(false);
    expect(settingsErrors(r.error!)).toEqual({
      desiredRetention: "Desired retention must be between 0.7 and 0.99.",
      newPerDay: "New cards per day must be between 0 and 9999.",
      reviewsPerDay: "Maximum reviews per day must be a number.",
      learningSteps: 'Learning steps are durations like "1m 10m" (m, h or d), each above zero.',
      maximumInterval: "Maximum interval is required.",
      dayStartHour: "Next day starts at must be between 0 and 23.",
    });
  });

  it("an unticked fuzz box means fuzz off; steps are normalised", () => {
    const r = settingsSchema.parse({ ...form, fuzz: undefined, learningSteps: " 1m, 10m ,1h", relearningSteps: "" });
    expect(r).toMatchObject({ fuzz: false, learningSteps: "1m 10m 1h", relearningSteps: "" });
    expect(parseSteps("0m")).toBeNull();
  });
});

describe("stored settings", () => {
  let s: ScratchDb | undefined;
  afterEach(async () => s?.close());

  it("defaults until saved, then persist; invalid input is never written", async () => {
    s = scratchDb("settings");
    expect(await getSettings(s.db)).toEqual(DEFAULT_SETTINGS);
    await saveSettings(s.db, { ...form, desiredRetention: "0.85", newPerDay: "15" }, NOW);
    expect(await getSettings(s.db)).toMatchObject({ desiredRetention: 0.85, newPerDay: 15 });
    await expect(saveSettings(s.db, { ...form, desiredRetention: "2" }, NOW)).rejects.toThrow();
    expect((await getSettings(s.db)).desiredRetention).toBe(0.85);
  });

  it("keep the new card order (a column added by its own migration, lesson by lesson by default)", async () => {
    s = scratchDb("settings-order");
    await saveSettings(s.db, form, NOW);
    expect((await getSettings(s.db)).newCardOrder).toBe("lesson");
    await saveSettings(s.db, { ...form, newCardOrder: "interleaved" }, NOW);
    expect((await getSettings(s.db)).newCardOrder).toBe("interleaved");
  });

  it("drive the scheduler: higher retention, shorter intervals; steps and maximum interval apply", () => {
    const card = createEmptyCard(NOW);
    const at = (retention: number, extra = {}) => schedulerFor({ ...DEFAULT_SETTINGS, fuzz: false, desiredRetention: retention, ...extra }).repeat(card, NOW);
    const easy = (r: number) => at(r)[Rating.Easy].card.scheduled_days;
    expect(easy(0.97)).toBeLessThan(easy(0.8));
    expect(at(0.9, { learningSteps: "2m 30m" })[Rating.Again].card.due.getTime() - NOW.getTime()).toBe(2 * 60_000);
    expect(at(0.9, { maximumInterval: 2 })[Rating.Easy].card.scheduled_days).toBeLessThanOrEqual(2);
  });
});
