import type { Metadata } from "next";
import Link from "next/link";
import { connection } from "next/server";
import { TopicProgress, TopicProgressLegend } from "@/components/lesson/topic-progress";
import { PageHeader } from "@/components/ui/page-header";
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
    <div className="space-y-section">
      <PageHeader title="Topics" lead={`${corpus.lessons.length} lessons, in the order they build on each other.`}>
        <TopicProgressLegend />
      </PageHeader>
      <ol className="space-y-stack" aria-label="Lessons">
        {corpus.lessons.map((l) => {
          const c = counts.get(l.id) ?? { card: 0, check: 0, ladder: 0 };
          return (
            <li key={l.id} className="rounded-panel border border-line bg-surface-raised p-panel">
              <h2 className="text-heading">
                <span className="font-mono tabular-nums text-muted">{String(l.order).padStart(2, "0")}</span>{" "}
                <Link href={`/topics/${l.id}`} className="text-ink underline-offset-4 hover:underline">
                  {l.title}
                </Link>
              </h2>
              <p className="mt-1">{l.summary}</p>
              <p className="mt-2 text-small text-muted tabular-nums">
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
