import type { LogRow } from "./fit";

/**
 * A seeded synthetic learner for tests and `npm run bench:optimize`: each card is reviewed at
 * growing intervals and recalled with the probability of a forgetting curve whose stability grows
 * by `growth` per success — a memory that differs from FSRS's defaults, so a fit has something to find.
 */
export function syntheticLogs(count: number, seed = 1, { growth = 3.2, start = Date.UTC(2025, 0, 1) } = {}): LogRow[] {
  let s = seed >>> 0 || 1;
  const rand = () => {
    s = (s + 0x6d2b79f5) | 0;
    let t = Math.imul(s ^ (s >>> 15), 1 | s);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const DAY = 86_400_000;
  const rows: LogRow[] = [];
  for (let c = 0; rows.length < count; c++) {
    const cardId = `syn-${String(c).padStart(7, "0")}`;
    let day = Math.floor(rand() * 200);
    let stability = 0.5 + rand() * 2;
    let interval = 1;
    rows.push({ cardId, rating: 3, review: start + day * DAY, studyDay: "", });
    for (let k = 0; k < 12 && rows.length < count; k++) {
      day += interval;
      const recall = Math.pow(1 + interval / (9 * stability), -1) > rand();
      const rating = recall ? (rand() < 0.15 ? 4 : rand() < 0.2 ? 2 : 3) : 1;
      rows.push({ cardId, rating, review: start + day * DAY, studyDay: "" });
      if (recall) {
        stability *= growth * (rating === 4 ? 1.3 : rating === 2 ? 0.7 : 1);
        interval = Math.max(1, Math.round(stability * (0.8 + rand() * 0.4)));
      } else {
        stability = Math.max(0.3, stability * 0.3);
        interval = 1;
      }
    }
  }
  return rows;
}
