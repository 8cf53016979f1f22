import fs from "node:fs";
import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";

// The real route modules (app/api/review/*) on a scratch database and content tree.
// `server-only` refuses to load outside a React Server environment, so it is stubbed here.
const env = vi.hoisted(() => {
  const dir = `${process.env.TMPDIR ?? "/tmp"}/quorum-routes-${process.pid}`;
  process.env.DATABASE_URL = `file:${dir}/test.db`;
  process.env.QUORUM_CONTENT_DIR = `${dir}/content`;
  return { dir };
});
vi.mock("server-only", () => ({}));
vi.mock("next/server", () => ({ connection: async () => {} }));

import { POST as bury } from "@/app/api/review/bury/route";
import { POST as grade } from "@/app/api/review/grade/route";
import { GET as next } from "@/app/api/review/next/route";
import { POST as suspend } from "@/app/api/review/suspend/route";
import { POST as undo } from "@/app/api/review/undo/route";
import { syncContent } from "../content/sync";
import { db } from "../db";
import { sqlite } from "../sqlite";
import { applyMigrations } from "./scratch-db";
import { contentTree, THREE_LESSONS } from "./test-fixtures";

const post = (body: unknown, type = "application/json") =>
  new Request("http://127.0.0.1/api", { method: "POST", headers: { "content-type": type }, body: typeof body === "string" ? body : JSON.stringify(body) });
const crossSite = (body: unknown, headers: Record<string, string>) =>
  new Request("http://127.0.0.1/api", { method: "POST", headers: { host: "127.0.0.1", ...headers }, body: JSON.stringify(body) });
const get = (query = "") => new Request(`http://127.0.0.1/api/review/next${query}`);
const json = async (res: Response) => ({ status: res.status, body: await res.json() });

beforeAll(async () => {
  fs.mkdirSync(env.dir, { recursive: true });
  applyMigrations(`${env.dir}/test.db`);
  const tree = contentTree(THREE_LESSONS);
  fs.cpSync(tree.root, `${env.dir}/content`, { recursive: true });
  await syncContent(db, tree.corpus(), new Date());
  tree.dispose();
});
afterAll(async () => {
  sqlite().close();
  await db.$disconnect();
  fs.rmSync(env.dir, { recursive: true, force: true });
});

const card = (id: string) => db.card.findUniqueOrThrow({ where: { id } });
const good = (over: Record<string, unknown> = {}) => ({ id: randomUUID(), cardId: "a1", rating: 3, version: 0, durationMs: 1200, ...over });

describe("bad input is a 4xx with a readable message, and writes nothing", () => {
  const cases: [string, Request, number, RegExp][] = [
    ["missing rating", post({ ...good(), rating: undefined }), 400, /rating is required/],
    ["rating 5", post(good({ rating: 5 })), 400, /rating must be 1, 2, 3 or 4/],
    ["rating as text", post(good({ rating: "3" })), 400, /rating/],
    ["id not a UUID", post(good({ id: "abc" })), 400, /id must be a UUID/],
    ["unknown key", post(good({ extra: 1 })), 400, /Unrecognized key/],
    ["negative duration", post(good({ durationMs: -1 })), 400, /durationMs must be 0 or more/],
    ["not JSON", post("{rating: 3", "application/json"), 400, /not valid JSON/],
    ["a form post", post("rating=3", "application/x-www-form-urlencoded"), 415, /JSON/],
    ["text/plain that names JSON in a parameter", post(good(), "text/plain; charset=application/json"), 415, /JSON/],
    ["another site's page (Origin)", crossSite(good(), { origin: "http://evil.example", "content-type": "text/plain; charset=application/json" }), 403, /another website/],
    ["another site's page, even as JSON", crossSite(good(), { origin: "http://evil.example", "content-type": "application/json" }), 403, /another website/],
    ["another site's page (no Origin, Sec-Fetch-Site)", crossSite(good(), { "sec-fetch-site": "cross-site", "content-type": "application/json" }), 403, /another website/],
    ["a huge body", post({ ...good(), pad: "x".repeat(20_000) }), 413, /too large/],
    ["an unknown card", post(good({ cardId: "no-such-card" })), 404, /No card with id "no-such-card"/],
  ];
  it.each(cases)("%s", async (_name, req, status, message) => {
    const before = await card("a1");
    const res = await json(await grade(req));
    expect(res.status).toBe(status);
    expect(res.body.error).toMatch(message);
    expect(await card("a1")).toEqual(before);
    expect(await db.reviewLog.count()).toBe(0);
  });
});

describe("the review API", () => {
  it("grades, answers a retry with the same result, refuses a stale tab with 409, and undoes", async () => {
    const input = good();
    const first = await json(await grade(post(input)));
    expect(first.status).toBe(200);
    expect(first.body.result).toMatchObject({ id: input.id, cardId: "a1", rating: 3, state: "Learning" });
    expect(first.body.next.card.id).toBe("a2"); // the next new card, in lesson order
    expect(first.body.next.card.intervals).toEqual({ "1": expect.any(String), "2": expect.any(String), "3": expect.any(String), "4": expect.any(String) });

    const retry = await json(await grade(post(input)));
    expect(retry.status).toBe(200);
    expect(retry.body.result).toEqual(first.body.result);
    expect(await db.reviewLog.count()).toBe(1);

    const stale = await json(await grade(post(good({ rating: 1 })))); // another tab still showing version 0
    expect(stale.status).toBe(409);
    expect(stale.body.error).toMatch(/changed since it was shown/);

    const undone = await json(await undo(post({ gradeId: input.id })));
    expect(undone.status).toBe(200);
    expect(undone.body.next.card).toMatchObject({ id: "a1", state: "New" }); // the card comes back
    const again = await json(await undo(post({ gradeId: input.id })));
    expect(again.status).toBe(409);
    expect((await json(await undo(post({ gradeId: "nope" })))).status).toBe(400);
  });

  it("bury and suspend take the card out of today's queue; a stale version is refused", async () => {
    const a1 = await card("a1");
    const res = await json(await bury(post({ cardId: "a1", version: a1.version })));
    expect(res.status).toBe(200);
    expect(res.body.next.card.id).toBe("a2");
    expect((await json(await bury(post({ cardId: "a1", version: a1.version })))).status).toBe(409);
    const a2 = await card("a2");
    expect((await json(await suspend(post({ cardId: "a2", version: a2.version })))).body.next.card.id).toBe("a3");
    expect((await json(await suspend(post({ cardId: "zz", version: 0 })))).status).toBe(404);
    const head = await json(await next(get()));
    expect(head.body.next.card.id).toBe("a3");
    expect(head.body.next.counts).toEqual({ learning: 0, review: 0, new: 4 });
  });
});

describe("a lesson session (/review?lesson=<id>): every call carries the lesson and answers with that lesson's next card", () => {
  it("next, grade, undo and bury stay in the lesson; an unknown lesson is a 400 that writes nothing", async () => {
    const head = await json(await next(get("?lesson=z")));
    expect(head.status).toBe(200);
    expect(head.body.next.card.id).toBe("z1"); // the whole queue would start with a3
    expect(head.body.next.lesson).toEqual({ id: "z", title: "z" });
    expect(head.body.next.counts).toEqual({ learning: 0, review: 0, new: 1 });

    const input = good({ cardId: "z1", rating: 4, lesson: "z" });
    const graded = await json(await grade(post(input)));
    expect(graded.status).toBe(200);
    expect(graded.body.next.card).toBeNull(); // lesson z is done for today, though a3 and b1 are waiting
    expect(graded.body.next.nextDueAt).toBe(graded.body.result.due); // when z1 comes back, not another lesson's card
    const undone = await json(await undo(post({ gradeId: input.id, lesson: "z" })));
    expect(undone.body.next.card).toMatchObject({ id: "z1", state: "New" });
    expect(undone.body.next.lesson).toEqual({ id: "z", title: "z" });

    const b1 = await card("b1");
    const buried = await json(await bury(post({ cardId: "b1", version: b1.version, lesson: "b" })));
    expect(buried.body.next.card.id).toBe("b2");

    const unknown = await json(await next(get("?lesson=nope")));
    expect(unknown.status).toBe(400);
    expect(unknown.body.error).toMatch(/No lesson with id "nope"/);
    const z1 = await card("z1");
    const refused = await json(await grade(post(good({ cardId: "z1", version: z1.version, lesson: "nope" }))));
    expect(refused.status).toBe(400);
    expect(refused.body.error).toMatch(/lesson: No lesson with id "nope"/);
    expect(await card("z1")).toEqual(z1);
  });
});

describe("custom study and the cards sent ahead", () => {
  it("a lesson session with custom=1 is served past today's new-card limit; each answer sends the next cards ahead", async () => {
    const settings = await db.settings.upsert({
      where: { id: 1 },
      create: { id: 1, desiredRetention: 0.9, newPerDay: 0, reviewsPerDay: 200, learningSteps: "1m 10m", relearningSteps: "10m", maximumInterval: 36500, dayStartHour: 4, fuzz: true, updatedAt: new Date() },
      update: { newPerDay: 0 },
    });
    try {
      expect((await json(await next(get("?lesson=a")))).body.next.card).toBeNull(); // no new card allowed today
      const custom = await json(await next(get("?lesson=a&custom=1")));
      expect(custom.status).toBe(200);
      expect(custom.body.next.custom).toBe(true);
      const head = custom.body.next.card;
      expect(head.lesson.id).toBe("a");
      const input = good({ cardId: head.id, version: head.version, rating: 4, lesson: "a", custom: true });
      const graded = await json(await grade(post(input)));
      expect(graded.status).toBe(200);
      expect(graded.body.next.card?.id).toBe(custom.body.next.ahead[0]?.id); // what was sent ahead is what comes
      expect(graded.body.next.custom).toBe(true);
      expect((await json(await next(get("?lesson=a&custom=maybe")))).status).toBe(400);
      await undo(post({ gradeId: input.id, lesson: "a" }));
    } finally {
      await db.settings.update({ where: { id: 1 }, data: { newPerDay: settings.newPerDay === 0 ? 20 : settings.newPerDay } });
    }
  });
});
