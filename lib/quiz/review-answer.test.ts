import { randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";
import { nextCard } from "../srs/queue";
import { DEFAULT_SETTINGS } from "../srs/settings-schema";
import { card, items, lesson, minutes, reviewFixtures } from "../srs/test-fixtures";
import { handleReviewAnswer } from "./review-answer";

// A check or an exercise family answered in /review: marked by the server, recorded through the
// ordinary grade transaction (wrong = Again, right = Good), once per client id.
const NOW = new Date("2025-03-10T09:00:00Z");
const CHECK = `## check raft-majority\nlevel: 1\ntags: q\nsources: ext Raft paper §5\ncovers: T29\ntype: single\nanswer: b\n\n### Prompt\nHow many of 5 make a majority?\n\n### Choices\n- a) 2\n- b) 3\n- c) 5\n\n### Explanation\nMore than half.\n`;
const open = reviewFixtures("review-answer", { "01-raft/lesson.md": lesson("raft"), "01-raft/cards.md": items("raft", card("r1")), "01-raft/checks.md": items("raft", CHECK) }, NOW);

const post = (body: unknown, headers: Record<string, string> = {}) =>
  new Request("http://127.0.0.1:3000/api/review/answer", { method: "POST", headers: { "content-type": "application/json", host: "127.0.0.1:3000", ...headers }, body: JSON.stringify(body) });

describe("answering a check in review", () => {
  it("a wrong answer is recorded as Again, so the missed check comes back in the queue; a retry of the same id is recorded once", async () => {
    const f = await open();
    const d = { db: f.db, sqlite: f.sqlite, now: NOW, corpus: () => f.tree.corpus() };
    const body = { id: randomUUID(), cardId: "raft-majority", version: 0, response: "a", durationMs: 900 };
    const res = await handleReviewAnswer(post(body), d);
    expect(res.status).toBe(200);
    const out = await res.json();
    expect(out.mark).toMatchObject({ correct: false, score: 0, key: "3", yours: "2" });
    expect(out.result).toMatchObject({ rating: 1, state: "Learning" });
    expect(out.mark.explanationHtml).toContain("More than half");
    // The retry answers the same and writes nothing new.
    const again = await (await handleReviewAnswer(post(body), d)).json();
    expect(again.result).toEqual(out.result);
    expect(await f.db.reviewLog.count({ where: { cardId: "raft-majority" } })).toBe(1);
    // In the queue within the learning step, asked with its choices and without its key.
    await f.db.card.update({ where: { id: "r1" }, data: { suspended: true } });
    const q = await nextCard(f.sqlite, minutes(NOW, 2), DEFAULT_SETTINGS);
    expect(q?.id).toBe("raft-majority");
  });

  it("a right answer is Good; an exercise family is marked against the variant its version selects", async () => {
    const f = await open();
    const d = { db: f.db, sqlite: f.sqlite, now: NOW, corpus: () => f.tree.corpus() };
    const ok = await (await handleReviewAnswer(post({ id: randomUUID(), cardId: "raft-majority", version: 0, response: "b", durationMs: 1 }), d)).json();
    expect(ok.result.rating).toBe(3);
    const { questionForItem, reviewSeed } = await import("./question");
    const variant = questionForItem(f.tree.corpus(), "family:raft-election", reviewSeed("family:raft-election", 0))!;
    const right = await (await handleReviewAnswer(post({ id: randomUUID(), cardId: "family:raft-election", version: 0, response: variant.answer, durationMs: 1 }), d)).json();
    expect(right.mark.correct).toBe(true);
    expect(right.result.rating).toBe(3);
    const next = questionForItem(f.tree.corpus(), "family:raft-election", reviewSeed("family:raft-election", 1))!;
    expect(next.seed).not.toBe(variant.seed);
  });

  it("refuses bad input with a readable 4xx and a foreign Origin with 403", async () => {
    const f = await open();
    const d = { db: f.db, sqlite: f.sqlite, now: NOW, corpus: () => f.tree.corpus() };
    const cases: [unknown, Record<string, string>, number, RegExp][] = [
      [{ id: randomUUID(), cardId: "r1", version: 0, response: "a", durationMs: 1 }, {}, 404, /not a concept check/],
      [{ id: "nope", cardId: "raft-majority", version: 0, response: "a", durationMs: 1 }, {}, 400, /UUID/],
      [{ id: randomUUID(), cardId: "raft-majority", version: 0, response: { x: 1 }, durationMs: 1 }, {}, 400, /response must be/],
      [{ id: randomUUID(), cardId: "raft-majority", version: 0, response: "a", durationMs: 1 }, { origin: "https://evil.example" }, 403, /another site/],
    ];
    for (const [body, headers, status, message] of cases) {
      const res = await handleReviewAnswer(post(body, headers), d);
      expect({ status: res.status, error: (await res.json()).error }).toEqual({ status, error: expect.stringMatching(message) });
    }
    expect(await f.db.reviewLog.count()).toBe(0);
  });
});
