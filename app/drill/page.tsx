import type { Metadata } from "next";
import Link from "next/link";
import { connection } from "next/server";
import { StartDrill } from "@/components/drill/start-drill";
import { getCorpus } from "@/lib/content/load";
import { dueStepCount, ladders, syncRungs } from "@/lib/drill/store";
import { sqlite } from "@/lib/sqlite";

export const metadata: Metadata = { title: "Drill" };

type Props = { searchParams: Promise<{ ladder?: string | string[]; lesson?: string | string[] }> };

/** /drill: start a mock-interview drill on one question (?ladder=<id>), a lesson, what is due, or a surprise. */
export default async function DrillPage({ searchParams }: Props) {
  await connection();
  const now = new Date();
  const corpus = getCorpus();
  const sq = sqlite();
  await syncRungs(sq, corpus, now);
  const due = await dueStepCount(sq, now);
  const params = await searchParams;
  const ladderId = typeof params.ladder === "string" ? params.ladder : undefined;
  const picked = ladderId ? ladders(corpus).get(ladderId)?.ladder : undefined;
  const lessons = corpus.lessons
    .map((l) => ({ id: l.id, title: l.title, ladders: corpus.items.filter((i) => i.kind === "ladder" && i.topic === l.id).length }))
    .filter((l) => l.ladders > 0);
  const choices = [
    ...(picked ? [{ scope: `ladder:${picked.id}`, label: "Drill this question", detail: picked.question.split("\n")[0].slice(0, 80), testId: "start-ladder" }] : []),
    { scope: "due", label: `What's due (${due} ${due === 1 ? "step" : "steps"})`, detail: due ? "each question from its first due step" : "nothing is due yet", disabled: due === 0, testId: "start-due" },
    { scope: "surprise", label: "Surprise me", detail: "one question you have not drilled yet", testId: "start-surprise" },
  ];
  return (
    <div className="space-y-6">
      <div className="space-y-1">
        <h1 className="text-2xl font-semibold">Drill</h1>
        <p className="text-muted">
          An interviewer asks; you answer in your own words, compare with the model answer, tick the key points you hit and grade yourself. Then the
          follow-up, one rung deeper, until you find your <strong>floor</strong>: the first step you grade Again.
        </p>
        <p className="text-sm" data-testid="due-steps">
          <strong>{due}</strong> ladder {due === 1 ? "step is" : "steps are"} due.
        </p>
      </div>
      {ladderId && !picked && (
        <p role="alert" className="rounded border border-warn px-3 py-2 text-sm">
          There is no interview question with id “{ladderId}”. Pick another way to start below.
        </p>
      )}
      <StartDrill choices={choices} lessons={lessons} defaultLesson={typeof params.lesson === "string" ? params.lesson : undefined} />
      <p className="flex flex-wrap gap-4 text-sm">
        <Link href="/drill/mock" className="underline underline-offset-2">
          Mock interview (Live, 4–6 questions)
        </Link>
        <Link href="/drill/history" className="underline underline-offset-2">
          History and transcripts
        </Link>
        <Link href="/settings#drill-settings" className="underline underline-offset-2">
          Timer and interview date
        </Link>
      </p>
    </div>
  );
}
