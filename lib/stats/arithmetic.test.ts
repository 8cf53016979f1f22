import { describe, expect, it } from "vitest";
import { addDays, daysBetween, heatmap, streaks, trueRetention, weekday } from "./arithmetic";

describe("study-day keys", () => {
  it("cross month, leap-year and year ends by the calendar", () => {
    expect(addDays("2024-02-28", 1)).toBe("2024-02-29");
    expect(addDays("2024-02-29", 1)).toBe("2024-03-01");
    expect(addDays("2026-12-31", 1)).toBe("2027-01-01");
    expect(addDays("2026-03-01", -1)).toBe("2026-02-28");
    expect(daysBetween("2026-01-01", "2026-12-31")).toBe(364);
    // The European DST change (29 March 2026) is still one calendar day.
    expect(daysBetween("2026-03-28", "2026-03-30")).toBe(2);
  });
  it("weekday of a key", () => {
    expect(weekday("2026-12-06")).toBe(0); // a Sunday
    expect(weekday("2026-12-12")).toBe(6);
  });
});

describe("streaks", () => {
  it("counts back from today when today has a review", () => {
    expect(streaks(["2026-12-04", "2026-12-05", "2026-12-06"], "2026-12-06")).toEqual({ current: 3, longest: 3 });
  });
  it("keeps yesterday's streak alive until today ends", () => {
    expect(streaks(["2026-12-04", "2026-12-05"], "2026-12-06").current).toBe(2);
  });
  it("a missed day breaks the current streak but not the longest", () => {
    const days = ["2026-11-01", "2026-11-02", "2026-11-03", "2026-11-04", "2026-12-03", "2026-12-04"];
    expect(streaks(days, "2026-12-06")).toEqual({ current: 0, longest: 4 });
    expect(streaks(days, "2026-12-05")).toEqual({ current: 2, longest: 4 });
  });
  it("is zero on an empty history", () => {
    expect(streaks([], "2026-12-06")).toEqual({ current: 0, longest: 0 });
  });
  it("runs across a month end", () => {
    expect(streaks(["2026-11-29", "2026-11-30", "2026-12-01"], "2026-12-01")).toEqual({ current: 3, longest: 3 });
  });
});

describe("true retention", () => {
  const rows = [
    { day: "2026-12-06", youngPass: 8, youngFail: 2, maturePass: 9, matureFail: 1 },
    { day: "2026-11-10", youngPass: 1, youngFail: 3, maturePass: 0, matureFail: 0 },
    { day: "2025-01-01", youngPass: 100, youngFail: 0, maturePass: 0, matureFail: 0 },
  ];
  it("is passed over all review-state recalls in the window, split young/mature", () => {
    const r = trueRetention(rows, "2026-11-30", "2026-12-06"); // last 7 days
    expect(r.all).toBeCloseTo(17 / 20);
    expect(r.young).toBeCloseTo(8 / 10);
    expect(r.mature).toBeCloseTo(9 / 10);
    expect(r.counts).toEqual({ all: 20, young: 10, mature: 10 });
  });
  it("windows are inclusive and add up the days in them", () => {
    const r = trueRetention(rows, "2026-11-07", "2026-12-06"); // last 30 days
    expect(r.young).toBeCloseTo(9 / 14);
    expect(r.all).toBeCloseTo(18 / 24);
  });
  it("is null, not zero, when nothing was recalled", () => {
    const r = trueRetention(rows, "2026-12-07", "2026-12-08");
    expect(r).toEqual({ all: null, young: null, mature: null, counts: { all: 0, young: 0, mature: 0 } });
    expect(trueRetention(rows, "2026-11-10", "2026-11-10").mature).toBeNull();
  });
});

describe("heatmap", () => {
  it("lays 365 days out in week columns ending today, with levels by quartile of the busiest day", () => {
    const m = new Map([
      ["2026-12-06", 40],
      ["2026-12-05", 10],
      ["2026-12-04", 11],
      ["2025-12-07", 1],
    ]);
    const cells = heatmap(m, "2026-12-06");
    expect(cells).toHaveLength(365);
    expect(cells[0].day).toBe("2025-12-07");
    expect(cells[0].weekday).toBe(0);
    expect(cells.at(-1)).toMatchObject({ day: "2026-12-06", reviews: 40, level: 4, weekday: 0, week: 52 });
    expect(cells.find((c) => c.day === "2026-12-05")?.level).toBe(1); // 10/40 -> first quartile
    expect(cells.find((c) => c.day === "2026-12-04")?.level).toBe(2); // 11/40 -> second
    expect(cells.find((c) => c.day === "2026-12-03")?.level).toBe(0);
    expect(cells[0].level).toBe(1);
  });
});
