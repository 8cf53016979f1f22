import type { Metadata } from "next";
import Link from "next/link";
import { connection } from "next/server";
import { TopicProgress, TopicProgressLegend } from "@/components/lesson/topic-progress";
import { getCorpus } from "@/lib/content/load";
import { ensureContentSynced } from "@/lib/content/sync";
import { db } from "@/lib/db";
import { lessonCounts, lessonProgress, NO_PROGRESS } from "@/lib/srs/progress";

export const metadata: Metadata = { title: "Topics" };

export default async function TopicsPage() {
  await connection();
  const corpus = getCorpus();
  await ensureContentSynced(db, new Date(), corpus);
  const progress = await lessonProgress(db);
  const counts = lessonCounts(corpus);

  return (
    <div className="space-y-6">
      <div className="space-y-2">
        <h1 className="text-2xl font-semibold">Topics</h1>
        <p className="text-zinc-600 dark:text-zinc-400">{corpus.lessons.length} lessons, in the order they build on each other.</p>
        <TopicProgressLegend />
      </div>
      <ol className="space-y-4" aria-label="Lessons">
        {corpus.lessons.map((l) => {
          const c = counts.get(l.id) ?? { card: 0, check: 0, ladder: 0 };
          return (
            <li key={l.id} className="rounded-lg border border-zinc-200 p-4 dark:border-zinc-800">
              <h2 className="text-lg font-semibold">
                <span className="tabular-nums text-zinc-500">{String(l.order).padStart(2, "0")}</span>{" "}
                <Link href={`/topics/${l.id}`} className="underline-offset-4 hover:underline">
                  {l.title}
                </Link>
              </h2>
              <p className="mt-1 text-zinc-700 dark:text-zinc-300">{l.summary}</p>
              <p className="mt-2 text-sm text-zinc-600 tabular-nums dark:text-zinc-400">
                {c.card} cards · {c.check} concept checks · {c.ladder} interview ladders
              </p>
              <div className="mt-2">
                <TopicProgress progress={progress.get(l.id) ?? { ...NO_PROGRESS, total: c.card }} label={l.title} />
              </div>
            </li>
          );
        })}
      </ol>
    </div>
  );
}
