import type { Metadata } from "next";
import { notFound, redirect } from "next/navigation";
import { connection } from "next/server";
import { QuizRunner } from "@/components/quiz/quiz-runner";
import { getCorpus } from "@/lib/content/load";
import { db } from "@/lib/db";
import { asked } from "@/lib/quiz/question";
import { deadline, finishTest, loadTest } from "@/lib/quiz/store";

export const metadata: Metadata = { title: "Quiz" };

/** /quiz/<id>: the test as frozen at its start, resumed at the first unanswered question. */
export default async function QuizTestPage({ params }: { params: Promise<{ id: string }> }) {
  await connection();
  const { id } = await params;
  const test = await loadTest(db, id);
  if (!test) notFound();
  const now = new Date();
  const end = deadline(test);
  if (!test.finishedAt && end && now > end) await finishTest(db, id, end);
  if (test.finishedAt || (end && now > end)) redirect(`/quiz/${id}/result`);
  const corpus = getCorpus();
  const title = (l: string) => corpus.lessons.find((x) => x.id === l)?.title ?? l;
  const entries = test.entries.map((e) => ({ position: e.position, lessonTitle: title(e.lesson), question: asked(e.question, e.choiceOrder), answered: e.answerId !== null }));
  return <QuizRunner id={id} mode={test.mode} deadline={end ? end.toISOString() : null} serverNow={now.toISOString()} entries={entries} />;
}
