import Database from "better-sqlite3";
import { randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";
import { asSqlite, createSqlite, DatabaseBusyError } from "../sqlite-client";
import { gradeCard } from "./grade";
import { errorResponse } from "./http";
import { DEFAULT_SETTINGS } from "./settings-schema";
import { reviewFixtures, THREE_LESSONS } from "./test-fixtures";
import { undoGrade } from "./undo";

// Prisma and the direct connection share one SQLite file (lib/sqlite-client.ts). A write on the
// direct connection while the other holds the write lock must wait on timers, not spin in
// busy_timeout on the event loop the other connection needs to finish (that would be a stall).

process.env.TZ = "Europe/Berlin";
const NOW = new Date("2025-03-10T10:00:00+01:00");
const S = { ...DEFAULT_SETTINGS, fuzz: false };
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

const setup = reviewFixtures("locks", THREE_LESSONS, NOW);
/** Resolves to "pending" if the promise has not settled yet. */
const settled = (p: Promise<unknown>) => Promise.race([p.then(() => "done", () => "failed"), sleep(0).then(() => "pending")]);

describe("a grade while a Prisma transaction holds the write lock", () => {
  it("waits without blocking the event loop, then completes once, after the lock is released", async () => {
    const { db, sqlite } = await setup();
    const input = { id: randomUUID(), cardId: "a1", rating: 3, version: 0, durationMs: 2_000 };
    let grading: Promise<unknown> | undefined;
    let ticks = 0;
    await db.$transaction(async (tx) => {
      await tx.card.update({ where: { id: "b1" }, data: { line: 99 } }); // takes the write lock (like a content sync)
      grading = gradeCard(sqlite, input, NOW, S);
      const timer = setInterval(() => ticks++, 5);
      await sleep(60);
      clearInterval(timer);
      expect(await settled(grading)).toBe("pending");
      // The other connection can still work inside its transaction: the event loop is free.
      expect(await tx.card.count()).toBe(6);
      expect(await tx.reviewLog.count()).toBe(0);
    });
    expect(ticks).toBeGreaterThan(0); // timers ran while the grade waited (counts vary with machine load)
    await expect(grading).resolves.toMatchObject({ id: input.id, cardId: "a1", state: "Learning" });
    expect(await db.reviewLog.count()).toBe(1);
    expect(await db.card.findUniqueOrThrow({ where: { id: "a1" } })).toMatchObject({ version: 1, state: 1 });
    expect(await db.card.findUniqueOrThrow({ where: { id: "b1" } })).toMatchObject({ line: 99 });
    expect(await db.studyDay.findUniqueOrThrow({ where: { day: "2025-03-10" } })).toMatchObject({ reviews: 1, newCards: 1 });
  });

  it("an undo waits the same way", async () => {
    const { db, sqlite } = await setup();
    const id = randomUUID();
    await gradeCard(sqlite, { id, cardId: "a1", rating: 3, version: 0, durationMs: 1 }, NOW, S);
    let undoing: Promise<unknown> | undefined;
    await db.$transaction(async (tx) => {
      await tx.card.update({ where: { id: "b1" }, data: { line: 99 } });
      undoing = undoGrade(sqlite, { gradeId: id }, NOW);
      await sleep(30);
      expect(await settled(undoing)).toBe("pending");
    });
    await expect(undoing).resolves.toEqual({ cardId: "a1" });
    expect(await db.card.findUniqueOrThrow({ where: { id: "a1" } })).toMatchObject({ version: 2, state: 0 });
    expect(await db.studyDay.findUniqueOrThrow({ where: { day: "2025-03-10" } })).toMatchObject({ reviews: 0 });
  });
});

describe("a lock held past the retry budget", () => {
  it("gives up with a 503 and writes nothing", async () => {
    const { db, file } = await setup();
    const other = new Database(file);
    const impatient = createSqlite(`file:${file}`, { busyWaitMs: 40 });
    try {
      other.exec("BEGIN IMMEDIATE");
      const t0 = performance.now();
      const err = await gradeCard(impatient, { id: randomUUID(), cardId: "a1", rating: 3, version: 0, durationMs: 1 }, NOW, S).catch((e: unknown) => e);
      expect(err).toBeInstanceOf(DatabaseBusyError);
      const waited = performance.now() - t0;
      expect(waited).toBeGreaterThanOrEqual(35);
      expect(waited).toBeLessThan(3_000); // its own 40 ms budget, far below the app's 5 s default (slack for a loaded machine)
      const res = errorResponse(err);
      expect(res.status).toBe(503);
      expect((await res.json()).error).toMatch(/busy.*Nothing was recorded/);
      other.exec("ROLLBACK");
      expect(await db.reviewLog.count()).toBe(0);
      expect(await db.card.findUniqueOrThrow({ where: { id: "a1" } })).toMatchObject({ version: 0, state: 0 });
    } finally {
      impatient.close();
      other.close();
    }
  });
});

describe("callers that hold only the Prisma client (the dashboard and review pages)", () => {
  it("reach the same shared direct connection on that file, not a new one", async () => {
    const { db, sqlite } = await setup();
    expect(asSqlite(db)).toBe(sqlite);
    expect(asSqlite(sqlite)).toBe(sqlite);
  });
});
