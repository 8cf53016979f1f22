import { describe, expect, it } from "vitest";
import { studyDay, studyDayOffset } from "./day";

// Study days are local time; fix the zone so the scenarios mean the same thing everywhere.
process.env.TZ = "Europe/Berlin";

describe("the day boundary: the next day starts at 4 am local time (Anki's rule)", () => {
  it("a review at 03:59 still belongs to the previous day", () => {
    const d = studyDay(new Date("2025-03-11T03:59:00+01:00"), 4);
    expect(d.key).toBe("2025-03-10");
    expect(d.start.toISOString()).toBe("2025-03-10T03:00:00.000Z"); // 04:00 CET
    expect(d.end.toISOString()).toBe("2025-03-11T03:00:00.000Z");
  });

  it("at 04:00 a new study day begins", () => {
    expect(studyDay(new Date("2025-03-11T04:00:00+01:00"), 4).key).toBe("2025-03-11");
  });

  it("the hour is configurable: with 0 the day ends at midnight", () => {
    expect(studyDay(new Date("2025-03-11T00:30:00+01:00"), 0).key).toBe("2025-03-11");
    expect(studyDay(new Date("2025-03-11T00:30:00+01:00"), 4).key).toBe("2025-03-10");
  });

  it("the day the clocks go forward is 23 hours long and still one study day", () => {
    // Europe/Berlin: 2025-03-30 02:00 CET -> 03:00 CEST, inside the study day that starts Mar 29 04:00.
    const d = studyDay(new Date("2025-03-30T01:30:00+01:00"), 4);
    expect(d.key).toBe("2025-03-29");
    expect(d.end.getTime() - d.start.getTime()).toBe(23 * 3600_000);
    expect(d.end.toISOString()).toBe("2025-03-30T02:00:00.000Z"); // 04:00 CEST
  });

  it("offsets walk whole study days, across month ends", () => {
    const now = new Date("2025-02-27T10:00:00+01:00");
    expect([0, 1, 2, 3].map((i) => studyDayOffset(now, 4, i).key)).toEqual(["2025-02-27", "2025-02-28", "2025-03-01", "2025-03-02"]);
    expect(studyDayOffset(new Date("2024-03-01T10:00:00+01:00"), 4, -1).key).toBe("2024-02-29");
  });
});
