/**
 * Study days. Like Anki, a day does not end at midnight but at the "next day starts at" hour
 * (default 4 am, local time), so a late-night session counts for the evening it belongs to.
 * Local time is the server process's time zone: Quorum runs on the learner's own machine.
 */

export interface StudyDayRange {
  key: string; // YYYY-MM-DD of the calendar date the study day starts on
  start: Date;
  end: Date; // start of the next study day
}

const pad = (n: number) => String(n).padStart(2, "0");

export function studyDay(now: Date, startHour: number): StudyDayRange {
  const d = new Date(now.getFullYear(), now.getMonth(), now.getDate() - (now.getHours() < startHour ? 1 : 0));
  return studyDayFrom(d.getFullYear(), d.getMonth(), d.getDate(), startHour);
}

function studyDayFrom(y: number, m: number, d: number, startHour: number): StudyDayRange {
  // new Date(y, m, d, h) is DST-aware: a 23- or 25-hour day stays one study day.
  const start = new Date(y, m, d, startHour);
  const end = new Date(y, m, d + 1, startHour);
  const c = new Date(y, m, d);
  return { key: `${c.getFullYear()}-${pad(c.getMonth() + 1)}-${pad(c.getDate())}`, start, end };
}

/** The study day `offset` days after the one containing `now` (negative: before). */
export function studyDayOffset(now: Date, startHour: number, offset: number): StudyDayRange {
  const today = studyDay(now, startHour);
  const [y, m, d] = today.key.split("-").map(Number);
  return studyDayFrom(y, m - 1, d + offset, startHour);
}
