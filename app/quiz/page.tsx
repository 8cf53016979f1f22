import type { Metadata } from "next";
import Link from "next/link";
import { connection } from "next/server";
import { QuizBuilder } from "@/components/quiz/quiz-builder";
import { getCorpus } from "@/lib/content/load";
import { ensureContentSynced } from "@/lib/content/sync";
import { db } from "@/lib/db";
import { familiesIn } from "@/lib/quiz/question";

export const metadata: Metadata = { title: "Quiz" };

/** /quiz: build a test; unfinished tests can be resumed from here. */
export default async function QuizPage() {
  await connection();
  const corpus = getCorpus();
  await ensureContentSynced(db, new Date(), corpus);
  const families = familiesIn(corpus);
  const lessons = corpus.lessons.map((l) => ({
    id: l.id,
    title: l.title,
    checks: corpus.items.filter((i) => i.kind === "check" && i.topic === l.id).length,
    families: families.filter((f) => f.lesson === l.id).map((f) => f.title),
  }));
  const open = await db.quizTest.findMany({ where: { finishedAt: null }, orderBy: { createdAt: "desc" }, take: 5, select: { id: true, createdAt: true, mode: true, length: true } });
  return (
    <div className="space-y-6">
      <div className="flex flex-wrap items-baseline justify-between gap-2">
        <h1 className="text-2xl font-semibold">Quiz</h1>
        <Link href="/quiz/history" className="text-sm underline underline-offset-2">Past tests</Link>
      </div>
      <p className="text-muted">A scored self-test from the lessons&apos; concept checks and from exercises the protocol engine generates and marks. Keyboard: number keys pick a choice, Enter submits. Questions you miss join your review queue.</p>
      {open.length ? (
        <section aria-label="Unfinished tests" className="rounded-lg border border-line p-4">
          <h2 className="font-semibold">Unfinished</h2>
          <ul className="mt-1 text-sm">
            {open.map((t) => (
              <li key={t.id}>
                <Link href={`/quiz/${t.id}`} className="underline underline-offset-2">Resume the {t.mode} of {t.length} questions started {t.createdAt.toISOString().slice(0, 16).replace("T", " ")} UTC</Link>
              </li>
            ))}
          </ul>
        </section>
      ) : null}
      <QuizBuilder lessons={lessons} />
    </div>
  );
}
