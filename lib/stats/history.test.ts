import { describe, expect, it } from "vitest";
import { scratchDb } from "../srs/scratch-db";
import { drillPoints, loadHistory } from "./history";

describe("drill floors and quiz scores over time", () => {
  it("a ladder's floor is its first Again; steps above a floor do not count as climbed", () => {
    const t = Date.UTC(2026, 11, 1);
    const points = drillPoints([
      // ladder a: question Good, rung 1 Good, rung 2 Again, rung 3 Good (practice went on): climbed 2
      { id: "s1", kind: "drill", startedAt: t, ladderId: "a", stepIndex: 0, rating: 3 },
      { id: "s1", kind: "drill", startedAt: t, ladderId: "a", stepIndex: 1, rating: 3 },
      { id: "s1", kind: "drill", startedAt: t, ladderId: "a", stepIndex: 2, rating: 1 },
      { id: "s1", kind: "drill", startedAt: t, ladderId: "a", stepIndex: 3, rating: 4 },
      // ladder b: cleared, three steps Hard/Good/Easy: climbed 3
      { id: "s1", kind: "drill", startedAt: t, ladderId: "b", stepIndex: 0, rating: 2 },
      { id: "s1", kind: "drill", startedAt: t, ladderId: "b", stepIndex: 1, rating: 3 },
      { id: "s1", kind: "drill", startedAt: t, ladderId: "b", stepIndex: 2, rating: 4 },
      // a mock: floor at the question
      { id: "s2", kind: "mock", startedAt: t + 1, ladderId: "c", stepIndex: 0, rating: 1 },
    ]);
    expect(points).toEqual([
      { id: "s1", at: new Date(t).toISOString(), kind: "drill", ladders: 2, meanClimbed: 2.5, cleared: 1 },
      { id: "s2", at: new Date(t + 1).toISOString(), kind: "mock", ladders: 1, meanClimbed: 0, cleared: 0 },
    ]);
  });

  it("reads finished quizzes with their mean score, unanswered questions at 0, on the real schema", async () => {
    const f = scratchDb("stats-history");
    try {
      const ins = f.sqlite.conn.prepare(`INSERT INTO QuizTest (id, createdAt, finishedAt, mode, source, lessons, length, seed) VALUES (?, ?, ?, 'exam', 'checks', '[]', 3, 1)`);
      const entry = f.sqlite.conn.prepare(`INSERT INTO QuizEntry (testId, position, itemId, lesson, question, choiceOrder, score) VALUES (?, ?, 'x', 'raft', '{}', '[]', ?)`);
      ins.run("done", 1, 2);
      entry.run("done", 0, 1);
      entry.run("done", 1, 0.5);
      entry.run("done", 2, null);
      ins.run("open", 3, null); // not finished: not a score yet
      entry.run("open", 0, 1);
      const h = loadHistory(f.sqlite);
      expect(h.quizzes).toEqual([{ id: "done", at: new Date(2).toISOString(), questions: 3, score: 0.5 }]);
      expect(h.drills).toEqual([]);
    } finally {
      await f.close();
    }
  });
});
