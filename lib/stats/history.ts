import { asSqlite, type SqliteSource } from "../sqlite-client";

/**
 * Drill floors and quiz scores over time for /stats: the last sessions and tests, oldest first.
 * A ladder's floor is its first step graded Again (0 the question, 1.. the rungs); "climbed" is
 * the steps passed below it (all graded steps when there was no Again).
 */
export interface DrillPoint {
  id: string;
  at: string;
  kind: string; // drill | mock
  ladders: number;
  /** Mean steps climbed per ladder before the floor. */
  meanClimbed: number;
  /** Ladders finished without an Again. */
  cleared: number;
}

export interface QuizPoint {
  id: string;
  at: string;
  questions: number;
  /** Mean question score, 0..1 (unanswered questions score 0). */
  score: number;
}

export const HISTORY_LIMIT = 30;

const DRILL_SQL = `SELECT s.id, s.kind, s.startedAt, st.ladderId, st.stepIndex, st.rating
  FROM (SELECT id, kind, startedAt FROM DrillSession ORDER BY startedAt DESC LIMIT ${HISTORY_LIMIT}) s
  JOIN DrillStep st ON st.sessionId = s.id WHERE st.rating IS NOT NULL ORDER BY s.startedAt, st.ladderId, st.stepIndex`;

const QUIZ_SQL = `SELECT t.id, t.finishedAt AS at, COUNT(*) AS questions, SUM(COALESCE(e.score, 0)) AS total
  FROM (SELECT id, finishedAt FROM QuizTest WHERE finishedAt IS NOT NULL ORDER BY finishedAt DESC LIMIT ${HISTORY_LIMIT}) t
  JOIN QuizEntry e ON e.testId = t.id GROUP BY t.id ORDER BY t.finishedAt`;

/** The floors of each ladder of each session from its graded steps. */
export function drillPoints(rows: { id: string; kind: string; startedAt: number; ladderId: string; stepIndex: number; rating: number }[]): DrillPoint[] {
  const sessions = new Map<string, { at: number; kind: string; ladders: Map<string, { stepIndex: number; rating: number }[]> }>();
  for (const r of rows) {
    const s = sessions.get(r.id) ?? { at: r.startedAt, kind: r.kind, ladders: new Map() };
    sessions.set(r.id, s);
    const steps = s.ladders.get(r.ladderId) ?? [];
    steps.push({ stepIndex: r.stepIndex, rating: r.rating });
    s.ladders.set(r.ladderId, steps);
  }
  return [...sessions].map(([id, s]) => {
    const climbs = [...s.ladders.values()].map((steps) => {
      const fails = steps.filter((x) => x.rating === 1).map((x) => x.stepIndex);
      const floor = fails.length ? Math.min(...fails) : null;
      return { climbed: steps.filter((x) => x.rating > 1 && (floor === null || x.stepIndex < floor)).length, cleared: floor === null };
    });
    return {
      id,
      at: new Date(s.at).toISOString(),
      kind: s.kind,
      ladders: climbs.length,
      meanClimbed: climbs.reduce((a, c) => a + c.climbed, 0) / Math.max(1, climbs.length),
      cleared: climbs.filter((c) => c.cleared).length,
    };
  });
}

/** Tables that a feature's migration adds: read them only where they exist. */
function hasTable(src: SqliteSource, name: string): boolean {
  return asSqlite(src).stmt("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?").get(name) !== undefined;
}

export function loadHistory(src: SqliteSource): { drills: DrillPoint[]; quizzes: QuizPoint[] } {
  const sq = asSqlite(src);
  const drills = hasTable(sq, "DrillStep") ? drillPoints(sq.stmt(DRILL_SQL).all() as Parameters<typeof drillPoints>[0]) : [];
  const quizzes = hasTable(sq, "QuizEntry")
    ? (sq.stmt(QUIZ_SQL).all() as { id: string; at: number; questions: number; total: number }[]).map((q) => ({
        id: q.id,
        at: new Date(q.at).toISOString(),
        questions: q.questions,
        score: q.questions ? q.total / q.questions : 0,
      }))
    : [];
  return { drills, quizzes };
}
