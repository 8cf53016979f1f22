import { randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";
import { gradeCard } from "../srs/grade";
import { nextCard, queueCounts } from "../srs/queue";
import { queueView } from "../srs/view";
import { getSettings, saveSettings } from "../srs/settings";
import { paceView } from "./pace";
import { DEFAULT_SETTINGS } from "../srs/settings-schema";
import { card, days, items, lesson, minutes, reviewFixtures } from "../srs/test-fixtures";
import { buildReport, reportMarkdown } from "./report";
import { DEFAULT_DRILL_SETTINGS, getDrillSettings, saveDrillSettings } from "./settings";
import { dueLadders, dueStepCount, finishSession, gradeStep, saveAnswer, startSession, syncRungs, type StepRow } from "./store";

// Drills against real scratch databases (the committed migrations), with a tiny corpus of two
// ladders: every grade goes through the same transaction as a card's.
const NOW = new Date(2026, 11, 6, 10, 0, 0);
const S = DEFAULT_SETTINGS;
const D = DEFAULT_DRILL_SETTINGS;

const kp = (p: string) => `\n#### Key points\n- ${p} one\n- ${p} two\n- ${p} three\n`;
const ladder = (id: string, rungs = 3) => `## ladder ${id}
level: 2
tags: interview
sources: ext Raft paper §5
covers: T38

### Question
Question of ${id}?
${kp("q")}
### Answer
Model answer of ${id}.
${Array.from({ length: rungs }, (_, i) => `\n### Rung: Follow-up ${i + 1} of ${id}?\nAnswer ${i + 1}.\n${kp(`r${i + 1}`)}`).join("")}`;

const FILES = {
  "01-a/lesson.md": lesson("a", "Alpha"),
  "01-a/cards.md": items("a", card("a1", "Front a1?", "Back a1.")),
  "01-a/ladders.md": items("a", ladder("a-ladder"), ladder("a-second", 2)),
  "02-b/lesson.md": lesson("b", "Beta"),
  "02-b/ladders.md": items("b", ladder("b-ladder")),
};
const open = reviewFixtures("drill", FILES, NOW);

async function start(f: Awaited<ReturnType<typeof open>>, scope: string, mode: "practice" | "live" = "practice", at = NOW) {
  return startSession(f.sqlite, f.tree.corpus(), { id: randomUUID(), kind: "drill", mode, scope }, at, D);
}
async function grade(f: Awaited<ReturnType<typeof open>>, step: StepRow, rating: 1 | 2 | 3 | 4, at: Date, ticked: number[] = [0]) {
  return gradeStep(f.sqlite, f.tree.corpus(), { id: randomUUID(), stepId: step.id, rating, ticked, version: step.version }, at, S, D);
}
const rungRow = (f: Awaited<ReturnType<typeof open>>, id: string) =>
  f.sqlite.conn.prepare("SELECT id, kind, state, reps, due FROM Card WHERE id = ?").get(id) as { state: number; reps: number; due: number } | undefined;
const logs = (f: Awaited<ReturnType<typeof open>>, id: string) => (f.sqlite.conn.prepare("SELECT COUNT(*) AS n FROM ReviewLog WHERE cardId = ?").get(id) as { n: number }).n;

describe("a practice drill climbs one ladder to the floor", () => {
  it("schedules each passed step as a rung, unlocks the next, and records the floor", async () => {
    const f = await open();
    const s = await start(f, "ladder:a-ladder");
    expect(s.steps.map((st) => st.stepIndex)).toEqual([0]);
    const q = await grade(f, s.steps[0], 3, minutes(NOW, 2), [0, 2]);
    expect(q.step).toMatchObject({ rating: 3, ticked: [0, 2], scheduled: true, durationMs: 120_000 });
    expect(rungRow(f, "a-ladder#q")?.reps).toBe(1);
    expect(logs(f, "a-ladder#q")).toBe(1);
    expect(q.unlocked).toBe("a-ladder#r1");
    expect(rungRow(f, "a-ladder#r1")?.state).toBe(0);
    const r1 = await grade(f, q.next!, 1, minutes(NOW, 4)); // the floor
    expect(r1.unlocked).toBeNull();
    expect(rungRow(f, "a-ladder#r2")).toBeUndefined();
    // Practice goes on past the floor, but a step above a failed one stays out of the schedule.
    expect(r1.next?.stepIndex).toBe(2);
    const r2 = await grade(f, r1.next!, 3, minutes(NOW, 5));
    expect(r2.step.scheduled).toBe(false);
    expect(rungRow(f, "a-ladder#r2")).toBeUndefined();
    const report = buildReport(f.tree.corpus(), (await finishSession(f.sqlite, s.id, minutes(NOW, 6))));
    expect(report.ladders[0]).toMatchObject({ floor: 1, floorLabel: "Rung 1", score: 25 });
    expect(report.keyPoints).toEqual({ ticked: 4, total: 9 });
  });

  it("a rung failed once unlocks its successor the first time it is passed", async () => {
    const f = await open();
    const first = await start(f, "ladder:a-ladder");
    const q = await grade(f, first.steps[0], 3, NOW);
    await grade(f, q.next!, 1, NOW); // rung 1 failed: rung 2 stays locked
    expect(rungRow(f, "a-ladder#r2")).toBeUndefined();
    const later = days(NOW, 3);
    const again = await start(f, "ladder:a-ladder", "practice", later);
    const q2 = await grade(f, again.steps[0], 3, later);
    const r1 = await grade(f, q2.next!, 3, later);
    expect(r1.unlocked).toBe("a-ladder#r2");
  });
});

describe("Live mode", () => {
  it("ends the ladder at the floor and moves to the next ladder; steps carry their time box", async () => {
    const f = await open();
    const s = await start(f, "lesson:a", "live");
    expect(s.ladders.map((l) => l.ladderId)).toEqual(["a-ladder", "a-second"]);
    expect(s.steps[0].limitMs).toBe(180_000);
    const q = await grade(f, s.steps[0], 3, minutes(NOW, 5)); // 2 minutes over
    expect(q.next).toMatchObject({ ladderId: "a-ladder", stepIndex: 1, limitMs: 120_000 });
    const r1 = await grade(f, q.next!, 1, minutes(NOW, 6));
    expect(r1.next).toMatchObject({ ladderId: "a-second", stepIndex: 0 });
    const report = buildReport(f.tree.corpus(), (await finishSession(f.sqlite, s.id, minutes(NOW, 7))));
    expect(report.ladders[0].steps[0]).toMatchObject({ overtime: true, durationMs: 300_000 });
    expect(report.ladders[1].floorLabel).toBe("not reached");
    expect(report.studyNext.map((x) => x.ladderId)).toEqual(["a-ladder", "a-second"]);
    expect(report.studyNext[0].links.map((l) => l.href)).toContain("/browse/a1");
    expect(report.lessons).toEqual([{ id: "a", title: "Alpha", score: 13, ladders: 2 }]);
  });
});

describe("never lose an answer, never record one twice", () => {
  it("keeps the newest typed text: an older save arriving late changes nothing", async () => {
    const f = await open();
    const s = await start(f, "ladder:b-ladder");
    const id = s.steps[0].id;
    await saveAnswer(f.sqlite, { stepId: id, text: "Only the majority side", seq: 2 }, NOW);
    expect(await saveAnswer(f.sqlite, { stepId: id, text: "Only", seq: 1 }, NOW)).toMatchObject({ seq: 2 });
    const fresh = await startSession(f.sqlite, f.tree.corpus(), { id: s.id, kind: "drill", mode: "practice", scope: "ladder:b-ladder" }, NOW, D);
    expect(fresh.steps[0].answer).toBe("Only the majority side");
  });

  it("a retried grade is answered once; a step graded in another tab is refused with 409", async () => {
    const f = await open();
    const s = await start(f, "ladder:b-ladder");
    const input = { id: randomUUID(), stepId: s.steps[0].id, rating: 3 as const, ticked: [], version: s.steps[0].version };
    await gradeStep(f.sqlite, f.tree.corpus(), input, NOW, S, D);
    const retry = await gradeStep(f.sqlite, f.tree.corpus(), input, minutes(NOW, 1), S, D);
    expect(retry.step.rating).toBe(3);
    expect(logs(f, "b-ladder#q")).toBe(1);
    await expect(gradeStep(f.sqlite, f.tree.corpus(), { ...input, id: randomUUID(), rating: 1 }, NOW, S, D)).rejects.toMatchObject({ status: 409 });
    await expect(saveAnswer(f.sqlite, { stepId: s.steps[0].id, text: "late", seq: 9 }, NOW)).rejects.toMatchObject({ status: 409 });
  });
});

describe("rungs on a schedule", () => {
  it("are due in /drill when their time comes, and stay out of /review unless mixed in", async () => {
    const f = await open();
    const s = await start(f, "ladder:b-ladder");
    const q = await grade(f, s.steps[0], 3, NOW);
    await grade(f, q.next!, 3, NOW);
    // The review queue serves only the card a1, however many rungs exist.
    expect(await queueCounts(f.sqlite, days(NOW, 30), S)).toEqual({ learning: 0, review: 0, new: 1 });
    expect((await nextCard(f.sqlite, days(NOW, 30), S))?.id).toBe("a1");
    expect(await dueStepCount(f.sqlite, days(NOW, 30))).toBe(3); // q, r1 and the unlocked r2
    expect(await dueLadders(f.sqlite, f.tree.corpus(), days(NOW, 30))).toEqual([{ ladderId: "b-ladder", from: 0 }]);
    const due = await start(f, "due", "practice", days(NOW, 30));
    expect(due.ladders).toEqual([{ ladderId: "b-ladder", from: 0 }]);
  });

  it("with the mix setting on, due rungs (never new ones) join /review and grade like cards", async () => {
    const f = await open();
    const s = await start(f, "ladder:b-ladder");
    await grade(f, s.steps[0], 3, NOW); // the question is scheduled; rung 1 unlocked (new)
    await saveDrillSettings(f.sqlite, { ...D, interviewDate: "", mixRungs: true }, NOW);
    const later = days(NOW, 30);
    expect(await queueCounts(f.sqlite, later, S)).toEqual({ learning: 1, review: 0, new: 1 });
    const view = await queueView(f.sqlite, f.tree.corpus(), later, S);
    expect(view.card?.id).toBe("b-ladder#q");
    expect(view.card?.frontHtml).toContain("Question of b-ladder?");
    expect(view.card?.backHtml).toContain("q one");
    await gradeCard(f.sqlite, { id: randomUUID(), cardId: "b-ladder#q", rating: 3, version: view.card!.version, durationMs: 1000 }, later, S);
    expect(logs(f, "b-ladder#q")).toBe(2);
    await saveDrillSettings(f.sqlite, { ...D, interviewDate: "", mixRungs: false }, NOW);
    expect((await queueView(f.sqlite, f.tree.corpus(), days(NOW, 90), S)).card?.id).toBe("a1");
  });

  it("a removed ladder's rungs are retired, and come back with their history", async () => {
    const f = await open();
    const s = await start(f, "ladder:b-ladder");
    await grade(f, s.steps[0], 3, NOW);
    f.tree.remove("02-b/ladders.md");
    expect(await syncRungs(f.sqlite, f.tree.corpus(), NOW)).toEqual({ retired: 2, restored: 0 });
    expect(await dueStepCount(f.sqlite, days(NOW, 30))).toBe(0);
    f.tree.write({ "02-b/ladders.md": items("b", ladder("b-ladder")) });
    expect(await syncRungs(f.sqlite, f.tree.corpus(), NOW)).toEqual({ retired: 0, restored: 2 });
    expect(rungRow(f, "b-ladder#q")?.reps).toBe(1);
  });
});

describe("mock interviews, history and settings", () => {
  it("a mock is Live, picks ladders across lessons and exports its transcript as Markdown", async () => {
    const f = await open();
    const m = await startSession(f.sqlite, f.tree.corpus(), { id: randomUUID(), kind: "mock", mode: "practice", scope: "mock" }, NOW, D);
    expect(m).toMatchObject({ kind: "mock", mode: "live", lengthMinutes: 45 });
    expect(new Set(m.ladders.map((l) => l.ladderId))).toEqual(new Set(["a-ladder", "a-second", "b-ladder"]));
    await saveAnswer(f.sqlite, { stepId: m.steps[0].id, text: "My answer\nover two lines", seq: 1 }, NOW);
    await grade(f, m.steps[0], 2, minutes(NOW, 1), [1]);
    const md = reportMarkdown(buildReport(f.tree.corpus(), (await finishSession(f.sqlite, m.id, minutes(NOW, 2)))));
    expect(md).toMatch(/^# Mock interview, /);
    expect(md).toContain("> My answer\n> over two lines");
    expect(md).toMatch(/- \[x\] q two/);
    expect(md).toMatch(/Grade: Hard · Time: 1:00 of 3:00/);
  });

  it("drill settings are their own row, validated", async () => {
    const f = await open();
    expect(await getDrillSettings(f.sqlite)).toEqual(D);
    await saveDrillSettings(f.sqlite, { questionSeconds: "240", rungSeconds: "90", mockMinutes: "30", interviewDate: "2027-01-20", mixRungs: "on" }, NOW);
    expect(await getDrillSettings(f.sqlite)).toMatchObject({ questionSeconds: 240, rungSeconds: 90, mockMinutes: 30, interviewDate: "2027-01-20", mixRungs: true, raiseNewLimit: false });
    await expect(saveDrillSettings(f.sqlite, { questionSeconds: 5, rungSeconds: 90, mockMinutes: 30 }, NOW)).rejects.toThrow(/at least 30/);
  });

  it("the interview-date pace counts unseen cards and steps, and the switch raises the daily new limit to it", async () => {
    const f = await open();
    expect(await paceView(f.db, f.sqlite, f.tree.corpus(), NOW)).toBeNull(); // no date, no line
    await saveSettings(f.db, { ...S, newPerDay: 1 }, NOW);
    // Interview on 15 Dec: the target is 13 Dec, 8 study days from 6 Dec; 1 card + 11 ladder steps unseen.
    await saveDrillSettings(f.sqlite, { ...D, interviewDate: "2026-12-15" }, NOW);
    expect(await paceView(f.db, f.sqlite, f.tree.corpus(), NOW)).toMatchObject({ unseen: 12, daysLeft: 8, needed: 2, onTrack: false, newPerDay: 1, raised: false });
    await saveDrillSettings(f.sqlite, { ...D, interviewDate: "2026-12-15", raiseNewLimit: true }, NOW);
    expect(await paceView(f.db, f.sqlite, f.tree.corpus(), NOW)).toMatchObject({ needed: 2, onTrack: true, newPerDay: 2, raised: true });
    expect((await getSettings(f.db)).newPerDay).toBe(2);
    const s = await start(f, "ladder:b-ladder");
    await grade(f, s.steps[0], 3, NOW); // one step seen
    expect(await paceView(f.db, f.sqlite, f.tree.corpus(), NOW)).toMatchObject({ unseen: 11, needed: 2, onTrack: true, raised: false });
  });

  it("an unknown scope or ladder is a readable 4xx", async () => {
    const f = await open();
    await expect(start(f, "ladder:nope")).rejects.toMatchObject({ status: 404 });
    await expect(start(f, "due")).rejects.toMatchObject({ status: 400, message: expect.stringMatching(/No ladder step is due/) });
  });
});
