import type { Corpus } from "../content/schema";
import type { Db } from "../db-client";
import { asSqlite, type SqliteSource } from "../sqlite-client";
import { studyDay, studyDayOffset } from "../srs/day";
import { getSettings, saveSettings } from "../srs/settings";
import { daysBetweenKeys, pace, type Pace } from "./rules";
import { getDrillSettings } from "./settings";
import { unseenCounts } from "./store";

export interface PaceView extends Pace {
  interviewDate: string; // YYYY-MM-DD
  targetDate: string; // two days before it
  newPerDay: number;
  raiseNewLimit: boolean;
  /** Whether the daily new limit was raised while building this view. */
  raised: boolean;
}

const MAX_NEW_PER_DAY = 9999;

/**
 * The dashboard's pace line: given the interview date, are all cards and ladder steps seen once
 * two days before it at today's daily new limit, and how many new items a day that takes. With
 * "raise the daily new limit" on, the limit is raised to that pace (never lowered).
 */
export async function paceView(db: Db, src: SqliteSource, corpus: Corpus, now: Date): Promise<PaceView | null> {
  const sq = asSqlite(src);
  const d = await getDrillSettings(sq);
  if (!d.interviewDate) return null;
  const settings = await getSettings(db);
  const [y, m, day] = d.interviewDate.split("-").map(Number);
  const interview = new Date(y, m - 1, day, 12);
  const target = studyDayOffset(interview, settings.dayStartHour, -2).key;
  const today = studyDay(now, settings.dayStartHour).key;
  const p = pace({ daysLeft: daysBetweenKeys(today, target), ...(await unseenCounts(sq, corpus)), newPerDay: settings.newPerDay });
  let newPerDay = settings.newPerDay;
  let raised = false;
  if (d.raiseNewLimit && !p.onTrack && p.daysLeft > 0 && p.needed > newPerDay) {
    newPerDay = Math.min(MAX_NEW_PER_DAY, p.needed);
    await saveSettings(db, { ...settings, newPerDay }, now);
    raised = true;
  }
  return { ...p, onTrack: p.needed <= newPerDay, interviewDate: d.interviewDate, targetDate: target, newPerDay, raiseNewLimit: d.raiseNewLimit, raised };
}
