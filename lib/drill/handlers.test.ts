import { randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";
import { card, items, lesson, reviewFixtures } from "../srs/test-fixtures";
import { handleAnswer, handleGrade, handleStart, type DrillDeps } from "./handlers";

// The drill routes as the browser calls them: JSON in, JSON out, on a real scratch database.
const NOW = new Date(2026, 11, 6, 10, 0, 0);
const kp = "\n#### Key points\n- one\n- two\n- three\n";
const LADDER = `## ladder x-ladder\nlevel: 2\ntags: t\nsources: ext Raft paper §5\ncovers: T38\n\n### Question\nQ?\n${kp}\n### Answer\nA.\n\n### Rung: R1?\nA1.\n${kp}\n### Rung: R2?\nA2.\n${kp}`;
const open = reviewFixtures("drill-routes", { "01-x/lesson.md": lesson("x"), "01-x/cards.md": items("x", card("x1")), "01-x/ladders.md": items("x", LADDER) }, NOW);

const post = (body: unknown, headers: Record<string, string> = {}) =>
  new Request("http://127.0.0.1:3000/api/drill/x", { method: "POST", headers: { "content-type": "application/json", host: "127.0.0.1:3000", ...headers }, body: typeof body === "string" ? body : JSON.stringify(body) });

describe("the drill routes", () => {
  it("start, save an answer and grade; a retry is answered the same; a second grade of the step is a readable 409", async () => {
    const f = await open();
    const d: DrillDeps = { db: f.db, sqlite: f.sqlite, now: NOW, corpus: () => f.tree.corpus() };
    const id = randomUUID();
    const start = await handleStart(post({ id, kind: "drill", mode: "practice", scope: "ladder:x-ladder" }, { origin: "http://127.0.0.1:3000" }), d);
    expect(start.status).toBe(200);
    const { session } = await start.json();
    const again = await (await handleStart(post({ id, kind: "drill", mode: "live", scope: "ladder:x-ladder" }), d)).json();
    expect(again.session.mode).toBe("practice"); // the same session, not a second one
    const step = session.steps[0];
    expect((await handleAnswer(post({ stepId: step.id, text: "typed", seq: 1 }), d)).status).toBe(200);
    const grade = { id: randomUUID(), stepId: step.id, rating: 3, ticked: [0, 1], version: step.version };
    const first = await (await handleGrade(post(grade), d)).json();
    expect(first.next.stepIndex).toBe(1);
    const retry = await handleGrade(post(grade), d);
    expect(retry.status).toBe(200);
    expect((await retry.json()).step.gradeId).toBe(grade.id);
    const other = await handleGrade(post({ ...grade, id: randomUUID() }), d);
    expect(other.status).toBe(409);
    expect((await other.json()).error).toMatch(/already graded \(probably in another tab\)/);
  });

  it("refuses another site's request, a body that is not JSON and bad fields, each as a 4xx with a readable error", async () => {
    const f = await open();
    const d: DrillDeps = { db: f.db, sqlite: f.sqlite, now: NOW, corpus: () => f.tree.corpus() };
    const foreign = await handleStart(post({}, { origin: "https://evil.example" }), d);
    expect(foreign.status).toBe(403);
    expect((await foreign.json()).error).toMatch(/another website/);
    expect((await handleStart(post("{not json"), d)).status).toBe(400);
    const bad = await handleGrade(post({ id: randomUUID(), stepId: "s", rating: 5, ticked: [], version: 0 }), d);
    expect(bad.status).toBe(400);
    expect((await bad.json()).error).toMatch(/rating is 1 Again, 2 Hard, 3 Good or 4 Easy/);
    const unknown = await handleStart(post({ id: randomUUID(), kind: "drill", mode: "practice", scope: "ladder:nope" }), d);
    expect(unknown.status).toBe(404);
    expect((await unknown.json()).error).toMatch(/No interview question with id "nope"/);
  });
});
