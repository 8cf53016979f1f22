import type { Corpus } from "../content/schema";
import { clock, floorOf, keyPointsCovered, ladderScore, lessonScores, RATING_NAMES, sessionScore, type Rating } from "./rules";
import { ladders, stepContent, totalSteps, type SessionRow } from "./store";

/**
 * A session as a report: per ladder its floor, score and steps (question, typed answer, model
 * answer, key points ticked, grade, time), per-lesson scores, and what to study next. The
 * history page, the mock interview's end report and the Markdown export all read this.
 */

export interface ReportStep {
  stepIndex: number;
  label: string; // "Question" or "Rung 2"
  prompt: string;
  answer: string; // typed by the learner
  modelAnswer: string;
  keyPoints: { text: string; ticked: boolean }[];
  rating: number | null;
  grade: string | null; // "Good"
  durationMs: number;
  limitMs: number | null;
  overtime: boolean;
}

export interface ReportLadder {
  ladderId: string;
  question: string;
  lesson: { id: string; title: string };
  totalSteps: number;
  floor: number | null; // step index of the first Again
  floorLabel: string; // "Rung 2", "Question", "none (cleared)", "not reached"
  score: number; // 0..100
  steps: ReportStep[];
}

export interface StudyLink {
  href: string;
  label: string;
}

export interface SessionReport {
  id: string;
  kind: string;
  mode: string;
  startedAt: string;
  finishedAt: string | null;
  lengthMinutes: number | null;
  score: number;
  keyPoints: { ticked: number; total: number };
  totalMs: number;
  ladders: ReportLadder[];
  lessons: { id: string; title: string; score: number; ladders: number }[];
  studyNext: { ladderId: string; reason: string; links: StudyLink[] }[];
}

const stepLabel = (i: number) => (i === 0 ? "Question" : `Rung ${i}`);

/** The cards behind a missed step: same lesson, sharing the most inventory topics with the ladder. */
function cardsBehind(corpus: Corpus, ladderId: string, max = 3): StudyLink[] {
  const hit = ladders(corpus).get(ladderId);
  if (!hit) return [];
  const covers = new Set(hit.ladder.covers);
  return corpus.items
    .filter((i) => i.kind === "card" && i.topic === hit.ladder.topic)
    .map((i) => ({ i, overlap: i.covers.filter((c) => covers.has(c)).length }))
    .filter((x) => x.overlap > 0)
    .sort((a, b) => b.overlap - a.overlap)
    .slice(0, max)
    .map(({ i }) => ({ href: `/browse/${encodeURIComponent(i.id)}`, label: i.kind === "card" ? i.front.split("\n")[0].slice(0, 90) : i.id }));
}

export function buildReport(corpus: Corpus, s: SessionRow): SessionReport {
  const title = (id: string) => corpus.lessons.find((l) => l.id === id)?.title ?? id;
  const out: ReportLadder[] = [];
  for (const entry of s.ladders) {
    const hit = ladders(corpus).get(entry.ladderId);
    if (!hit) continue;
    const l = hit.ladder;
    const rows = s.steps.filter((st) => st.ladderId === l.id);
    const steps: ReportStep[] = rows.map((st) => {
      const c = stepContent(l, st.stepIndex);
      return {
        stepIndex: st.stepIndex,
        label: stepLabel(st.stepIndex),
        prompt: c.prompt,
        answer: st.answer,
        modelAnswer: c.answer,
        keyPoints: c.keyPoints.map((text, i) => ({ text, ticked: st.ticked.includes(i) })),
        rating: st.rating,
        grade: st.rating ? RATING_NAMES[st.rating as Rating] : null,
        durationMs: st.durationMs,
        limitMs: st.limitMs,
        overtime: st.limitMs != null && st.durationMs > st.limitMs,
      };
    });
    const graded = rows.map((r) => ({ stepIndex: r.stepIndex, rating: r.rating }));
    const floor = floorOf(graded);
    // A ladder started above the question (a due drill) is scored on the steps it covered.
    const total = totalSteps(l) - entry.from;
    const shifted = graded.map((g) => ({ ...g, stepIndex: g.stepIndex - entry.from }));
    const reached = rows.some((r) => r.rating !== null);
    out.push({
      ladderId: l.id,
      question: l.question,
      lesson: { id: l.topic, title: title(l.topic) },
      totalSteps: totalSteps(l),
      floor,
      floorLabel: floor !== null ? stepLabel(floor) : !reached ? "not reached" : rows.length && rows.every((r) => r.rating !== null) && rows.length >= total ? "none (cleared)" : "none yet",
      score: Math.round(100 * ladderScore(shifted, total)),
      steps,
    });
  }
  const scored = out.filter((l) => l.steps.some((st) => st.rating !== null) || s.finishedAt).map((l) => ({ lesson: l.lesson.id, score: l.score / 100 }));
  const kp = keyPointsCovered(s.steps.map((st) => {
    const hit = ladders(corpus).get(st.ladderId);
    return { ticked: st.ticked, total: hit ? stepContent(hit.ladder, st.stepIndex).keyPoints.length : 0, graded: st.rating !== null };
  }));
  const studyNext = out
    .filter((l) => l.floor !== null || l.floorLabel === "not reached")
    .map((l) => {
      const missed = l.floor !== null ? l.steps.find((st) => st.stepIndex === l.floor) : undefined;
      return {
        ladderId: l.ladderId,
        reason: missed ? `${l.floorLabel} of "${l.question.split("\n")[0].slice(0, 80)}": ${missed.prompt.split("\n")[0].slice(0, 100)}` : `Not reached: "${l.question.split("\n")[0].slice(0, 80)}"`,
        links: [
          { href: `/topics/${encodeURIComponent(l.lesson.id)}`, label: `Lesson: ${l.lesson.title}` },
          { href: `/browse/${encodeURIComponent(l.ladderId)}`, label: "This interview question" },
          ...cardsBehind(corpus, l.ladderId),
        ],
      };
    });
  return {
    id: s.id,
    kind: s.kind,
    mode: s.mode,
    startedAt: s.startedAt,
    finishedAt: s.finishedAt,
    lengthMinutes: s.lengthMinutes,
    score: sessionScore(scored),
    keyPoints: kp,
    totalMs: s.steps.reduce((a, st) => a + st.durationMs, 0),
    ladders: out,
    lessons: lessonScores(scored).map((x) => ({ id: x.lesson, title: title(x.lesson), score: x.score, ladders: x.ladders })),
    studyNext,
  };
}

const quote = (text: string) => (text.trim() ? text.trim().split("\n").map((l) => `> ${l}`).join("\n") : "> _(no answer typed)_");

/** The transcript as Markdown (the history page's export). */
export function reportMarkdown(r: SessionReport): string {
  const when = new Date(r.startedAt);
  const lines: string[] = [];
  lines.push(`# ${r.kind === "mock" ? "Mock interview" : "Drill"}, ${when.toISOString().slice(0, 16).replace("T", " ")} UTC`);
  lines.push("");
  lines.push(`Mode: ${r.mode === "live" ? "Live" : "Practice"} · Score: ${r.score}/100 · Key points: ${r.keyPoints.ticked}/${r.keyPoints.total} · Time: ${clock(r.totalMs)}`);
  if (r.lessons.length) {
    lines.push("");
    lines.push("| Lesson | Score |");
    lines.push("| --- | --- |");
    for (const l of r.lessons) lines.push(`| ${l.title} | ${l.score}/100 |`);
  }
  for (const l of r.ladders) {
    lines.push("");
    lines.push(`## ${l.question.split("\n")[0]}`);
    lines.push("");
    lines.push(`Lesson: ${l.lesson.title} · Floor: ${l.floorLabel} · Score: ${l.score}/100`);
    for (const st of l.steps) {
      lines.push("");
      lines.push(`### ${st.label}: ${st.prompt.split("\n").join(" ")}`);
      lines.push("");
      lines.push("Your answer:");
      lines.push("");
      lines.push(quote(st.answer));
      lines.push("");
      lines.push("Model answer:");
      lines.push("");
      lines.push(quote(st.modelAnswer));
      lines.push("");
      lines.push("Key points:");
      lines.push("");
      for (const k of st.keyPoints) lines.push(`- [${k.ticked ? "x" : " "}] ${k.text}`);
      lines.push("");
      const time = `${clock(st.durationMs)}${st.limitMs != null ? ` of ${clock(st.limitMs)}${st.overtime ? " (over time)" : ""}` : ""}`;
      lines.push(`Grade: ${st.grade ?? "not graded"} · Time: ${time}`);
    }
  }
  if (r.studyNext.length) {
    lines.push("");
    lines.push("## Study next");
    lines.push("");
    for (const s of r.studyNext) lines.push(`- ${s.reason} — ${s.links.map((k) => `[${k.label}](${k.href})`).join(", ")}`);
  }
  return lines.join("\n") + "\n";
}
