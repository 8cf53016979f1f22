import { randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";
import { DEFAULT_SETTINGS } from "../srs/settings-schema";
import { card, items, lesson, reviewFixtures } from "../srs/test-fixtures";
import { buildTest } from "./build";
import { testResult } from "./result";
import { createRetake, createTest, finishTest, loadTest, recordAnswer } from "./store";

// A test is frozen at its start, answers are recorded once as given, a miss feeds the review queue,
// and "Retake the mistakes" asks exactly the missed questions again.
const NOW = new Date("2025-03-10T09:00:00Z");
const check = (id: string, answer: string) =>
  `## check ${id}\nlevel: 1\ntags: q\nsources: ext Raft paper §5\ncovers: T29\ntype: single\nanswer: ${answer}\n\n### Prompt\nQuestion ${id}?\n\n### Choices\n- a) one\n- b) two\n- c) three\n\n### Explanation\nBecause ${id}.\n`;
const FILES = { "01-raft/lesson.md": lesson("raft"), "01-raft/cards.md": items("raft", card("r1")), "01-raft/checks.md": items("raft", check("c1", "a"), check("c2", "b"), check("c3", "c")) };
const open = reviewFixtures("quiz-store", FILES, NOW);
const settings = (over: Record<string, unknown> = {}) => ({ id: randomUUID(), lessons: ["raft"], length: 6, source: "both" as const, mode: "exam" as const, timeLimitMinutes: null, ...over });

describe("a stored test", () => {
  it("is built from the seed: the same settings and seed give the same questions, checks without repeats, generated exercises of the lesson's families", async () => {
    const f = await open();
    const corpus = f.tree.corpus();
    const a = buildTest(corpus, settings(), 7);
    expect(JSON.stringify(buildTest(corpus, settings(), 7))).toBe(JSON.stringify(a));
    expect(a).toHaveLength(6);
    const checks = a.filter((e) => e.question.source === "check").map((e) => e.question.itemId);
    expect(new Set(checks).size).toBe(3);
    expect(a.filter((e) => e.question.source === "exercise").every((e) => ["family:raft-log-repair", "family:raft-election"].includes(e.question.itemId))).toBe(true);
    expect(() => buildTest(corpus, { ...settings(), source: "checks", lessons: [] }, 1)).toThrow(/no concept checks/);
  });

  it("records each answer once; a miss goes to the review queue; the result scores it; a retake asks the mistakes", async () => {
    const f = await open();
    const corpus = f.tree.corpus();
    const id = await createTest(f.db, f.sqlite, corpus, settings({ source: "checks", length: 3 }), NOW);
    expect(await createTest(f.db, f.sqlite, corpus, settings({ id, source: "checks", length: 3 }), NOW)).toBe(id); // a retried Start
    const t = (await loadTest(f.db, id))!;
    const key = (p: number) => t.entries[p].question.answer as string;
    const wrong = (p: number) => ["a", "b", "c"].find((x) => x !== key(p))!;
    const first = { answerId: randomUUID(), position: 0, response: wrong(0), durationMs: 1500 };
    expect(await recordAnswer(f.db, f.sqlite, t, first, NOW, DEFAULT_SETTINGS)).toEqual({ correct: false, score: 0 });
    // The same client id again: the same answer, recorded once. A different answer: refused.
    expect(await recordAnswer(f.db, f.sqlite, (await loadTest(f.db, id))!, first, NOW, DEFAULT_SETTINGS)).toEqual({ correct: false, score: 0 });
    await expect(recordAnswer(f.db, f.sqlite, (await loadTest(f.db, id))!, { ...first, answerId: randomUUID(), response: key(0) }, NOW, DEFAULT_SETTINGS)).rejects.toThrow(/already answered/);
    await recordAnswer(f.db, f.sqlite, t, { answerId: randomUUID(), position: 1, response: key(1), durationMs: 800 }, NOW, DEFAULT_SETTINGS);
    // The missed check is now a learning item (Again); the one answered right stays new, out of the queue.
    const missed = await f.db.card.findUniqueOrThrow({ where: { id: t.entries[0].itemId } });
    const right = await f.db.card.findUniqueOrThrow({ where: { id: t.entries[1].itemId } });
    expect({ missed: missed.state, right: right.state }).toEqual({ missed: 1, right: 0 });

    await finishTest(f.db, id, NOW);
    await expect(recordAnswer(f.db, f.sqlite, (await loadTest(f.db, id))!, { answerId: randomUUID(), position: 2, response: "a", durationMs: 1 }, NOW, DEFAULT_SETTINGS)).rejects.toThrow(/finished/);
    const r = testResult(corpus, (await loadTest(f.db, id))!);
    expect({ total: r.total, answered: r.answered, correct: r.correct, score: r.score }).toEqual({ total: 3, answered: 2, correct: 1, score: 1 / 3 });
    expect(r.mistakes.map((m) => m.position)).toEqual([0, 2]);
    expect(r.mistakes[0]).toMatchObject({ yours: { a: "one", b: "two", c: "three" }[wrong(0)], explanation: expect.stringMatching(/^Because c\d\.$/) });
    expect(r.entries[0].durationMs).toBe(1500);

    const retake = await createRetake(f.db, f.sqlite, id, randomUUID(), NOW);
    const again = (await loadTest(f.db, retake))!;
    expect(again.retakeOf).toBe(id);
    expect(again.entries.map((e) => e.itemId)).toEqual([t.entries[0].itemId, t.entries[2].itemId]);
  });

  it("a timed test refuses answers after its time is up and hands itself in", async () => {
    const f = await open();
    const id = await createTest(f.db, f.sqlite, f.tree.corpus(), settings({ source: "checks", length: 3, timeLimitMinutes: 1 }), NOW);
    const late = new Date(NOW.getTime() + 2 * 60_000);
    await expect(recordAnswer(f.db, f.sqlite, (await loadTest(f.db, id))!, { answerId: randomUUID(), position: 0, response: "a", durationMs: 1 }, late, DEFAULT_SETTINGS)).rejects.toThrow(/Time is up/);
    expect((await loadTest(f.db, id))!.finishedAt).not.toBeNull();
  });
});
