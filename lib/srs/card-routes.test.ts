import fs from "node:fs";
import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";

// The real route module (app/api/cards/[id]/suspend) on a scratch database and content tree.
// `server-only` refuses to load outside a React Server environment, so it is stubbed here.
const env = vi.hoisted(() => {
  const dir = `${process.env.TMPDIR ?? "/tmp"}/quorum-card-routes-${process.pid}`;
  process.env.DATABASE_URL = `file:${dir}/test.db`;
  process.env.QUORUM_CONTENT_DIR = `${dir}/content`;
  return { dir };
});
vi.mock("server-only", () => ({}));

import { POST as suspendRoute } from "@/app/api/cards/[id]/suspend/route";
import { POST as unburyRoute } from "@/app/api/cards/[id]/unbury/route";
import { syncContent } from "../content/sync";
import { db } from "../db";
import { sqlite } from "../sqlite";
import { buryCard } from "./card-actions";
import { cardDetail } from "./card-history";
import { gradeCard } from "./grade";
import { queueCounts } from "./queue";
import { applyMigrations } from "./scratch-db";
import { DEFAULT_SETTINGS } from "./settings-schema";
import { contentTree, minutes, THREE_LESSONS } from "./test-fixtures";
import { undoGrade } from "./undo";

process.env.TZ = "Europe/Berlin";
const NOW = new Date("2025-03-10T10:00:00+01:00");
const S = { ...DEFAULT_SETTINGS, fuzz: false };

const post = (id: string, body: unknown, type = "application/json") =>
  suspendRoute(new Request(`http://127.0.0.1/api/cards/${id}/suspend`, { method: "POST", headers: { "content-type": type }, body: typeof body === "string" ? body : JSON.stringify(body) }), {
    params: Promise.resolve({ id }),
  });
const json = async (res: Response) => ({ status: res.status, body: await res.json() });
const card = (id: string) => db.card.findUniqueOrThrow({ where: { id } });

beforeAll(async () => {
  fs.mkdirSync(env.dir, { recursive: true });
  applyMigrations(`${env.dir}/test.db`);
  const tree = contentTree(THREE_LESSONS);
  fs.cpSync(tree.root, `${env.dir}/content`, { recursive: true });
  await syncContent(db, tree.corpus(), NOW);
  tree.dispose();
});
afterAll(async () => {
  sqlite().close();
  await db.$disconnect();
  fs.rmSync(env.dir, { recursive: true, force: true });
});

describe("POST /api/cards/[id]/suspend: bad input is a 4xx and changes nothing", () => {
  const cases: [string, () => Promise<Response>, number, RegExp][] = [
    ["missing suspended", () => post("a1", { version: 0 }), 400, /suspended must be true \(suspend\) or false/],
    ["suspended as text", () => post("a1", { suspended: "yes", version: 0 }), 400, /suspended must be/],
    ["missing version", () => post("a1", { suspended: true }), 400, /version/],
    ["unknown key", () => post("a1", { suspended: true, version: 0, cardId: "a2" }), 400, /Unrecognized key/],
    ["a form post", () => post("a1", "suspended=true", "application/x-www-form-urlencoded"), 415, /JSON/],
    ["not JSON", () => post("a1", "{suspended", "application/json"), 400, /not valid JSON/],
    ["an unknown card", () => post("no-such-card", { suspended: true, version: 0 }), 404, /No card with id "no-such-card"/],
    ["a stale version", () => post("a1", { suspended: true, version: 7 }), 409, /changed since it was shown/],
  ];
  it.each(cases)("%s", async (_name, call, status, message) => {
    const before = await card("a1");
    const res = await json(await call());
    expect(res.status).toBe(status);
    expect(res.body.error).toMatch(message);
    expect(await card("a1")).toEqual(before);
  });
});

describe("suspend and unsuspend from the browser", () => {
  it("suspending takes a card out of the queue, unsuspending puts it back, schedule untouched", async () => {
    const before = await card("b1");
    expect((await queueCounts(sqlite(), NOW, S)).new).toBe(6);
    const off = await json(await post("b1", { suspended: true, version: before.version }));
    expect(off).toEqual({ status: 200, body: { result: { cardId: "b1", suspended: true, version: before.version + 1 } } });
    expect((await queueCounts(sqlite(), NOW, S)).new).toBe(5);
    // The page that still shows the old version cannot flip it back by accident.
    expect((await json(await post("b1", { suspended: false, version: before.version }))).status).toBe(409);
    const on = await json(await post("b1", { suspended: false, version: before.version + 1 }));
    expect(on.body.result).toEqual({ cardId: "b1", suspended: false, version: before.version + 2 });
    expect((await queueCounts(sqlite(), NOW, S)).new).toBe(6);
    const after = await card("b1");
    expect({ ...after, version: 0, updatedAt: null }).toEqual({ ...before, version: 0, updatedAt: null });
  });
});

describe("Unbury from the card's page", () => {
  const unbury = (id: string, body: unknown) =>
    unburyRoute(new Request(`http://127.0.0.1/api/cards/${id}/unbury`, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify(body) }), {
      params: Promise.resolve({ id }),
    });
  it("puts a buried card back in today's queue; a page showing an older version is refused; a second click changes nothing", async () => {
    const at = new Date(); // the route reads the real clock
    const before = await card("z1");
    const { version } = await buryCard(sqlite(), { cardId: "z1", version: before.version }, at, S);
    expect((await queueCounts(sqlite(), at, S, "z")).new).toBe(0);
    expect((await json(await unbury("z1", { version: before.version }))).status).toBe(409); // a page rendered before the bury
    const res = await json(await unbury("z1", { version }));
    expect(res).toEqual({ status: 200, body: { result: { cardId: "z1", version: version + 1 } } });
    expect((await card("z1")).buriedUntil).toBeNull();
    expect((await queueCounts(sqlite(), at, S, "z")).new).toBe(1);
    expect(await json(await unbury("z1", { version }))).toEqual(res);
    expect((await json(await unbury("z1", {}))).status).toBe(400);
    expect((await json(await unbury("no-such-card", { version: 0 }))).status).toBe(404);
  });
});

describe("a card's history for the detail page", () => {
  it("lists grades newest first with the interval each scheduled; an undone grade is left out", async () => {
    const grade = async (rating: 1 | 2 | 3 | 4, at: Date) => {
      const { version } = await card("a2");
      const id = randomUUID();
      await gradeCard(sqlite(), { id, cardId: "a2", rating, version, durationMs: 4_000 }, at, S);
      return id;
    };
    expect((await cardDetail(db, "a2"))?.history).toEqual([]);
    await grade(3, NOW); // New -> Learning, 10 min (learning steps 1m 10m)
    await grade(3, minutes(NOW, 10)); // Learning -> Review, days
    const undone = await grade(1, minutes(NOW, 20));
    await undoGrade(sqlite(), { gradeId: undone }, minutes(NOW, 21));
    const d = await cardDetail(db, "a2");
    expect(d?.schedule).toMatchObject({ state: "Review", reps: 2, lapses: 0, suspended: false });
    expect(d?.history.map(({ rating, before, after, review, durationMs }) => ({ rating, before, after, review, durationMs }))).toEqual([
      { rating: "Good", before: "Learning", after: "Review", review: minutes(NOW, 10), durationMs: 4_000 },
      { rating: "Good", before: "New", after: "Learning", review: NOW, durationMs: 4_000 },
    ]);
    expect(d?.history[1].intervalMs).toBe(10 * 60_000);
    expect(d?.history[0].intervalMs).toBe(d!.schedule.due.getTime() - minutes(NOW, 10).getTime());
    expect(d!.history[0].intervalMs).toBeGreaterThanOrEqual(86_400_000);
    expect(await cardDetail(db, "no-such-card")).toBeNull();
  });
});
