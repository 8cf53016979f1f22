import type { Metadata } from "next";
import Link from "next/link";
import { connection } from "next/server";
import { ReviewSession } from "@/components/review/review-session";
import { getCorpus } from "@/lib/content/load";
import { ensureContentSynced, syncContent } from "@/lib/content/sync";
import { db } from "@/lib/db";
import { lessonParam } from "@/lib/srs/inputs";
import { getSettings } from "@/lib/srs/settings";
import { queueView } from "@/lib/srs/view";

export const metadata: Metadata = { title: "Review" };

type Props = { searchParams: Promise<{ lesson?: string | string[]; custom?: string | string[] }> };

/** /review: every due card; /review?lesson=<id> ("Study this lesson"): only that lesson's cards; &custom=1: beyond the new-card limit. */
export default async function ReviewPage({ searchParams }: Props) {
  await connection();
  const now = new Date();
  const corpus = getCorpus();
  const params = await searchParams;
  const raw = params.lesson;
  // Custom study (/review?lesson=<id>&custom=1): that lesson's new cards beyond today's limit.
  const custom = params.custom === "1";
  const lesson = lessonParam(corpus).safeParse(raw);
  if (!lesson.success) return <UnknownLesson id={String(raw)} />;
  await ensureContentSynced(db, now, corpus);
  const settings = await getSettings(db);
  const initial = await queueView(db, corpus, now, settings, () => syncContent(db, corpus, now), lesson.data, { custom });
  // Keyed by scope: following "Review all cards" from a lesson session starts a fresh session.
  return <ReviewSession key={`${lesson.data ?? ""}:${initial.custom}`} initial={initial} />;
}

function UnknownLesson({ id }: { id: string }) {
  return (
    <div className="space-y-4">
      <h1 className="text-title">Review</h1>
      <p role="alert" className="rounded-control border-2 border-warn px-3 py-2">
        There is no lesson with id “{id}”, so there is nothing to study for it.
      </p>
      <p className="flex flex-wrap gap-4 text-sm">
        <Link href="/review" className="text-accent underline underline-offset-2">
          Review all cards
        </Link>
        <Link href="/topics" className="text-accent underline underline-offset-2">
          Pick a lesson from Topics
        </Link>
      </p>
    </div>
  );
}
