import { describe, expect, it } from "vitest";
import { settingsErrors, settingsSchema } from "./settings-schema";

const form = { desiredRetention: "0.9", newPerDay: "20", reviewsPerDay: "200", learningSteps: "1m 10m", relearningSteps: "10m", maximumInterval: "36500", dayStartHour: "4", fuzz: "on" };
const errors = (over: Partial<Record<keyof typeof form | "newCardOrder", string>>) => {
  const r = settingsSchema.safeParse({ ...form, ...over });
  return r.success ? {} : settingsErrors(r.error);
};

describe("number fields take numbers as people write them, not as JavaScript parses them", () => {
  it("exponent, hex and binary forms are refused with a message that shows the plain form", () => {
    expect(errors({ newPerDay: "1e1" })).toEqual({ newPerDay: 'New cards per day must be a number written in plain digits, like 20 (not "1e1").' });
    expect(errors({ reviewsPerDay: "0x10" })).toEqual({ reviewsPerDay: 'Maximum reviews per day must be a number written in plain digits, like 20 (not "0x10").' });
    expect(errors({ maximumInterval: "0b11" }).maximumInterval).toMatch(/plain digits/);
    expect(errors({ desiredRetention: "9e-1" })).toEqual({ desiredRetention: 'Desired retention must be a number written in plain digits, like 0.9 (not "9e-1").' });
  });

  it("a decimal in a whole-number field says so; words and Infinity are not numbers", () => {
    expect(errors({ dayStartHour: "4.5" })).toEqual({ dayStartHour: "Next day starts at must be a whole number." });
    expect(errors({ newPerDay: "10.0" })).toEqual({ newPerDay: "New cards per day must be a whole number." });
    expect(errors({ newPerDay: "Infinity" })).toEqual({ newPerDay: "New cards per day must be a number." });
    expect(errors({ desiredRetention: "ninety" })).toEqual({ desiredRetention: "Desired retention must be a number." });
  });

  it("plain integers and decimals, with spaces around them, are accepted", () => {
    const r = settingsSchema.parse({ ...form, desiredRetention: " .85 ", newPerDay: " 10 ", dayStartHour: "0", maximumInterval: "+365" });
    expect(r).toMatchObject({ desiredRetention: 0.85, newPerDay: 10, dayStartHour: 0, maximumInterval: 365 });
    expect(settingsSchema.parse({ ...form, desiredRetention: "0.90" }).desiredRetention).toBe(0.9);
  });

  it("typed numbers (the server's own defaults) pass the same bounds", () => {
    expect(settingsSchema.parse({ ...form, newPerDay: 15, desiredRetention: 0.8 })).toMatchObject({ newPerDay: 15, desiredRetention: 0.8 });
    expect(settingsSchema.safeParse({ ...form, newPerDay: 1.5 }).success).toBe(false);
  });

  it("new card order is lesson by lesson unless interleaved is chosen; anything else is refused", () => {
    expect(settingsSchema.parse(form).newCardOrder).toBe("lesson");
    expect(settingsSchema.parse({ ...form, newCardOrder: "interleaved" }).newCardOrder).toBe("interleaved");
    expect(errors({ newCardOrder: "random" })).toEqual({ newCardOrder: expect.stringMatching(/lesson.*interleaved/) });
  });
});
