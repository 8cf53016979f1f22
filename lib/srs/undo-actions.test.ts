import { randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";
import { handleBury, handleGrade, handleSuspend, handleUnbury, handleUndo, handleUnsuspend, type ReviewDeps } from "./handlers";
import { nextCard } from "./queue";
import { DEFAULT_SETTINGS } from "./settings-schema";
import { minutes, reviewFixtures, THREE_LESSONS } from "./test-fixtures";

// Undo reverses the LAST review action, whatever it was (Anki): a grade is rolled back, a bury
// unburied, a suspend unsuspended; each answer shows the restored card. Real handlers, real SQLite.
process.env.TZ = "Europe/Berlin";
const NOW = new Date("2025-03-10T10:00:00+01:00");

const open = reviewFixtures("undo-actions", THREE_LESSONS, NOW);
async function setup() {
  const f = await open();
  const corpus = f.tree.corpus();
  const deps = (now: Date): ReviewDeps => ({ db: f.db, sqlite: f.sqlite, now, corpus: () => corpus });
  const call = async (handler: (req: Request, d: ReviewDeps) => Promise<Response>, body: unknown, now = NOW) => {
    const res = await handler(new Request("http://127.0.0.1/api", { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify(body) }), deps(now));
    return { status: res.status, body: await res.json() };
  };
  const card = (id: string) => f.db.card.findUniqueOrThrow({ where: { id } });
  return { ...f, call, card };
}

describe("undo reverses the last review action of the session, whatever it was", () => {
  it("grade a1, bury a2, suspend a3; three undos give back a3, then a2, then a1's grade, each shown as the card", async () => {
    const { call, card, sqlite } = await setup();
    const before = { a1: await card("a1"), a2: await card("a2"), a3: await card("a3") };
    const gradeId = randomUUID();
    expect((await call(handleGrade, { id: gradeId, cardId: "a1", rating: 3, version: before.a1.version, durationMs: 5_000 })).status).toBe(200);
    const buried = await call(handleBury, { cardId: "a2", version: before.a2.version }, minutes(NOW, 1));
    expect(buried.body.result).toMatchObject({ cardId: "a2", version: before.a2.version + 1 });
    const suspended = await call(handleSuspend, { cardId: "a3", version: before.a3.version }, minutes(NOW, 2));
    expect(suspended.body.result).toEqual({ cardId: "a3", version: before.a3.version + 1 });
    expect(suspended.body.next.card.id).toBe("b1");

    // Undo 1: the suspend. a3 is back in the queue and on screen.
    const u1 = await call(handleUnsuspend, { cardId: "a3", version: suspended.body.result.version }, minutes(NOW, 3));
    expect(u1.status).toBe(200);
    expect(u1.body.next.card).toMatchObject({ id: "a3", state: "New" });
    expect((await card("a3")).suspended).toBe(false);

    // Undo 2: the bury. a2 is shown again and no longer buried.
    const u2 = await call(handleUnbury, { cardId: "a2", version: buried.body.result.version }, minutes(NOW, 3));
    expect(u2.status).toBe(200);
    expect(u2.body.next.card).toMatchObject({ id: "a2", state: "New" });
    expect((await card("a2")).buriedUntil).toBeNull();

    // Undo 3: the grade. a1 is new again, exactly as before.
    const u3 = await call(handleUndo, { gradeId }, minutes(NOW, 3));
    expect(u3.body.next.card).toMatchObject({ id: "a1", state: "New" });
    for (const id of ["a1", "a2", "a3"] as const) {
      expect({ ...(await card(id)), version: 0, updatedAt: null }).toEqual({ ...before[id], version: 0, updatedAt: null });
    }
    expect((await nextCard(sqlite, minutes(NOW, 3), DEFAULT_SETTINGS))?.id).toBe("a1"); // first in line again
  });

  it("an undo of a bury or suspend is refused (409) once the card changed elsewhere, and changes nothing", async () => {
    const { call, card } = await setup();
    const b1 = await card("b1");
    const buried = await call(handleBury, { cardId: "b1", version: b1.version });
    // Another tab suspends the buried card (from its page): the bury's undo must not clobber that.
    await call(handleSuspend, { cardId: "b1", version: buried.body.result.version });
    const changed = await card("b1");
    const refused = await call(handleUnbury, { cardId: "b1", version: buried.body.result.version });
    expect(refused.status).toBe(409);
    expect(refused.body.error).toMatch(/changed since it was shown/);
    expect(await card("b1")).toEqual(changed);

    const b2 = await card("b2");
    const susp = await call(handleSuspend, { cardId: "b2", version: b2.version });
    await call(handleBury, { cardId: "b2", version: susp.body.result.version });
    const b2now = await card("b2");
    expect((await call(handleUnsuspend, { cardId: "b2", version: susp.body.result.version })).status).toBe(409);
    expect(await card("b2")).toEqual(b2now);
  });

  it("a retried unbury or unsuspend is answered as done and changes nothing (idempotent)", async () => {
    const { call, card } = await setup();
    const z1 = await card("z1");
    const buried = await call(handleBury, { cardId: "z1", version: z1.version });
    const first = await call(handleUnbury, { cardId: "z1", version: buried.body.result.version });
    const after = await card("z1");
    const retry = await call(handleUnbury, { cardId: "z1", version: buried.body.result.version });
    expect(retry.status).toBe(200);
    expect(retry.body.result).toEqual(first.body.result);
    expect(retry.body.next.card.id).toBe("z1");
    expect(await card("z1")).toEqual(after);

    const susp = await call(handleSuspend, { cardId: "z1", version: after.version });
    const on = await call(handleUnsuspend, { cardId: "z1", version: susp.body.result.version });
    const again = await call(handleUnsuspend, { cardId: "z1", version: susp.body.result.version });
    expect(again.status).toBe(200);
    expect(again.body.result).toEqual(on.body.result);
    expect((await card("z1")).version).toBe(on.body.result.version);
  });

  it("a bury that already ran out (the next study day began) needs no undo: answered as done", async () => {
    const { call, card } = await setup();
    const a1 = await card("a1");
    const buried = await call(handleBury, { cardId: "a1", version: a1.version });
    const tomorrow = new Date(buried.body.result.until);
    const res = await call(handleUnbury, { cardId: "a1", version: buried.body.result.version }, tomorrow);
    expect(res.status).toBe(200);
    expect((await card("a1")).version).toBe(buried.body.result.version);
  });
});
