import { asSqlite, retryBusy, type SqliteSource } from "../sqlite-client";
import { queueParams } from "./queue";
import type { ReviewSettings } from "./settings-schema";

/**
 * Cards that exist but that today's limits keep out of the queue, so an empty review screen (or
 * dashboard) can say why: "81 new cards of Raft are waiting; today's new-card limit (20) is
 * reached". Counted only when nothing else is left to show, so it stays off the hot path.
 */
export interface HeldBack {
  /** New cards (of the lesson, if scoped) not introduced because today's new-card limit is used up. */
  newCards: number;
  newPerDay: number;
  /** Reviews due today not shown because today's review cap is used up. */
  reviews: number;
  reviewsPerDay: number;
}

// Drill steps (kind "rung", lib/drill) are scheduled in the same table but served by /drill, not here.
const ACTIVE = "retired = 0 AND suspended = 0 AND kind <> 'rung'";
const NOT_BURIED = "(buriedUntil IS NULL OR buriedUntil <= @now)";
const heldSql = (scope: string) => `SELECT
  CASE WHEN COALESCE((SELECT newCards FROM StudyDay WHERE day = @day), 0) >= @newPerDay
    THEN (SELECT COUNT(*) FROM Card WHERE ${ACTIVE} AND state = 0 AND kind = 'card'${scope} AND ${NOT_BURIED}) ELSE 0 END AS newCards,
  CASE WHEN COALESCE((SELECT reviewed FROM StudyDay WHERE day = @day), 0) >= @reviewsPerDay
    THEN (SELECT COUNT(*) FROM Card WHERE ${ACTIVE} AND state = 2${scope} AND due < @dayEnd AND ${NOT_BURIED}) ELSE 0 END AS reviews`;
const HELD_SQL = heldSql("");
const LESSON_HELD_SQL = heldSql(" AND topic = @lesson");

export async function heldBack(src: SqliteSource, now: Date, s: ReviewSettings, lesson?: string): Promise<HeldBack> {
  const sq = asSqlite(src);
  const p = queueParams(now, s);
  const r = await retryBusy(sq, () => (lesson === undefined ? sq.stmt(HELD_SQL).get(p) : sq.stmt(LESSON_HELD_SQL).get({ ...p, lesson })) as { newCards: number; reviews: number });
  return { newCards: Number(r.newCards), newPerDay: s.newPerDay, reviews: Number(r.reviews), reviewsPerDay: s.reviewsPerDay };
}
