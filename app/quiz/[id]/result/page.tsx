import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { connection } from "next/server";
import { ExerciseFigureView } from "@/components/quiz/figures/exercise-figure";
import { LessonChart } from "@/components/quiz/lesson-chart";
import { RetakeButton } from "@/components/quiz/retake-button";
import { getCorpus } from "@/lib/content/load";
import { renderMarkdown } from "@/lib/content/render";
import { db } from "@/lib/db";
import { percent, testResult } from "@/lib/quiz/result";
import { deadline, finishTest, loadTest } from "@/lib/quiz/store";

export const metadata: Metadata = { title: "Quiz result" };

const secs = (ms: number | null) => (ms === null ? "—" : `${(ms / 1000).toFixed(ms < 10_000 ? 1 : 0)} s`);

/** /quiz/<id>/result: score, per-lesson chart (with its table), time per question, every mistake explained. */
export default async function QuizResultPage({ params }: { params: Promise<{ id: string }> }) {
  await connection();
  const { id } = await params;
  let test = await loadTest(db, id);
  if (!test) notFound();
  const end = deadline(test);
  if (!test.finishedAt && end && new Date() > end) {
    await finishTest(db, id, end);
    test = (await loadTest(db, id))!;
  }
  if (!test.finishedAt) {
    return (
      <div className="space-y-3">
        <h1 className="text-2xl font-semibold">Not handed in yet</h1>
        <p><Link href={`/quiz/${id}`} className="underline underline-offset-2">Go back to the test</Link> and hand it in to see the result.</p>
      </div>
    );
  }
  const corpus = getCorpus();
  const r = testResult(corpus, test);
  return (
    <div className="space-y-8">
      <div className="space-y-1">
        <h1 className="text-2xl font-semibold">Result</h1>
        <p className="text-muted text-sm">
          {test.mode === "exam" ? "Exam" : "Learn"} · {test.source === "both" ? "concept checks and generated exercises" : test.source === "checks" ? "concept checks" : "generated exercises"} ·{" "}
          {test.createdAt.toISOString().slice(0, 16).replace("T", " ")} UTC{test.retakeOf ? " · a retake of the mistakes" : ""}
        </p>
        <p className="text-4xl font-semibold tabular-nums" data-testid="quiz-score">{percent(r.score)}</p>
        <p className="tabular-nums">
          {r.correct} of {r.total} right{r.answered < r.total ? ` · ${r.total - r.answered} unanswered` : ""} · {secs(r.totalMs)} in all
        </p>
      </div>

      <section aria-labelledby="by-lesson" className="space-y-2">
        <h2 id="by-lesson" className="text-lg font-semibold">By lesson</h2>
        <LessonChart lessons={r.lessons} />
      </section>

      <section aria-labelledby="mistakes" className="space-y-3">
        <div className="flex flex-wrap items-baseline justify-between gap-2">
          <h2 id="mistakes" className="text-lg font-semibold">Mistakes ({r.mistakes.length})</h2>
          <RetakeButton testId={id} mistakes={r.mistakes.length} />
        </div>
        {r.mistakes.length === 0 ? <p>None: every answer was right.</p> : null}
        <ol className="space-y-4" data-testid="mistakes">
          {r.mistakes.map((m) => (
            <li key={m.position} className="rounded-lg border border-line p-4">
              <p className="text-xs text-muted">Question {m.position + 1} · {m.lessonTitle} · {m.source === "exercise" ? "generated exercise" : "concept check"}{m.score > 0 ? ` · partly right (${percent(m.score)})` : ""}</p>
              <div className="md mt-1" dangerouslySetInnerHTML={{ __html: renderMarkdown(m.prompt) }} />
              {m.figure ? <ExerciseFigureView figure={m.figure} /> : null}
              <p className="mt-2"><span className="text-wrong">✗ Your answer:</span> {m.yours}</p>
              <p><span className="text-correct">✓ Correct answer:</span> <strong>{m.key}</strong></p>
              <div className="md mt-2 text-sm" dangerouslySetInnerHTML={{ __html: renderMarkdown(m.explanation) }} />
              <p className="mt-2 flex flex-wrap gap-4 text-sm">
                <Link href={`/topics/${m.lesson}`} className="underline underline-offset-2">Lesson: {m.lessonTitle}</Link>
                <Link href={`/browse?lesson=${m.lesson}&kind=card`} className="underline underline-offset-2">Its cards</Link>
                {m.source === "check" ? <Link href={`/browse/${m.itemId}`} className="underline underline-offset-2">This check</Link> : null}
              </p>
            </li>
          ))}
        </ol>
      </section>

      <section aria-labelledby="per-question" className="space-y-2">
        <h2 id="per-question" className="text-lg font-semibold">Every question</h2>
        <table className="text-sm" data-testid="per-question">
          <thead>
            <tr><th className="pr-4 text-left">#</th><th className="pr-4 text-left">Lesson</th><th className="pr-4 text-left">Result</th><th className="text-right">Time</th></tr>
          </thead>
          <tbody>
            {r.entries.map((e) => (
              <tr key={e.position}>
                <td className="pr-4 tabular-nums">{e.position + 1}</td>
                <td className="pr-4">{e.lessonTitle}</td>
                <td className={`pr-4 ${e.correct ? "text-correct" : "text-wrong"}`}>{e.correct ? "✓ right" : e.answered ? (e.score > 0 ? `½ partly (${percent(e.score)})` : "✗ wrong") : "– unanswered"}</td>
                <td className="text-right tabular-nums">{secs(e.durationMs)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </section>
      <p className="flex gap-4 text-sm">
        <Link href="/quiz" className="underline underline-offset-2">New test</Link>
        <Link href="/quiz/history" className="underline underline-offset-2">Past tests</Link>
        <Link href="/review" className="underline underline-offset-2">Review (missed questions are there)</Link>
      </p>
    </div>
  );
}
