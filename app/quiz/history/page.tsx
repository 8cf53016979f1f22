import type { Metadata } from "next";
import Link from "next/link";
import { connection } from "next/server";
import { TrendChart } from "@/components/quiz/lesson-chart";
import { getCorpus } from "@/lib/content/load";
import { db } from "@/lib/db";
import { percent, testResult } from "@/lib/quiz/result";
import { loadTest } from "@/lib/quiz/store";

export const metadata: Metadata = { title: "Past tests" };

/** /quiz/history: every test with date, settings and score; a trend per lesson over finished tests. */
export default async function QuizHistoryPage() {
  await connection();
  const corpus = getCorpus();
  const rows = await db.quizTest.findMany({ orderBy: { createdAt: "desc" }, take: 200, select: { id: true } });
  const tests = (await Promise.all(rows.map((r) => loadTest(db, r.id)))).filter((t) => t !== null);
  const results = tests.map((t) => ({ t, r: testResult(corpus, t) }));
  const trends = new Map<string, { title: string; points: { date: string; score: number }[] }>();
  for (const { t, r } of [...results].reverse()) {
    if (!t.finishedAt) continue;
    for (const l of r.lessons) {
      const tr = trends.get(l.lesson) ?? { title: l.title, points: [] };
      tr.points.push({ date: t.createdAt.toISOString().slice(5, 10), score: l.score });
      trends.set(l.lesson, tr);
    }
  }
  return (
    <div className="space-y-8">
      <div className="flex flex-wrap items-baseline justify-between gap-2">
        <h1 className="text-2xl font-semibold">Past tests</h1>
        <Link href="/quiz" className="text-sm underline underline-offset-2">New test</Link>
      </div>
      {results.length === 0 ? <p>No tests yet. <Link href="/quiz" className="underline underline-offset-2">Take one</Link>.</p> : (
        <table className="w-full text-sm" data-testid="history">
          <thead>
            <tr><th className="pr-3 text-left">Date (UTC)</th><th className="pr-3 text-left">Settings</th><th className="pr-3 text-left">Lessons</th><th className="text-right">Score</th></tr>
          </thead>
          <tbody>
            {results.map(({ t, r }) => (
              <tr key={t.id} className="border-t border-line">
                <td className="pr-3 py-1 tabular-nums">
                  <Link href={t.finishedAt ? `/quiz/${t.id}/result` : `/quiz/${t.id}`} className="underline underline-offset-2">{t.createdAt.toISOString().slice(0, 16).replace("T", " ")}</Link>
                </td>
                <td className="pr-3">{t.mode} · {t.entries.length} questions · {t.source}{t.timeLimitSec ? ` · ${t.timeLimitSec / 60} min` : ""}{t.retakeOf ? " · retake" : ""}</td>
                <td className="pr-3">{t.lessons.length === corpus.lessons.length ? "all" : t.lessons.map((l) => corpus.lessons.find((x) => x.id === l)?.title ?? l).join(", ")}</td>
                <td className="text-right tabular-nums">{t.finishedAt ? `${percent(r.score)} (${r.correct}/${r.total})` : "in progress"}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {trends.size ? (
        <section aria-labelledby="trends" className="space-y-3">
          <h2 id="trends" className="text-lg font-semibold">Trend per lesson</h2>
          <div className="grid gap-3 sm:grid-cols-2">
            {[...trends.values()].map((tr) => <TrendChart key={tr.title} title={tr.title} points={tr.points} />)}
          </div>
        </section>
      ) : null}
    </div>
  );
}
