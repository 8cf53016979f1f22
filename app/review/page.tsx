import type { Metadata } from "next";
import { connection } from "next/server";
import { ReviewSession } from "@/components/review-session";
import { getCorpus } from "@/lib/content/load";
import { ensureContentSynced, syncContent } from "@/lib/content/sync";
import { db } from "@/lib/db";
import { getSettings } from "@/lib/srs/settings";
import { queueView } from "@/lib/srs/view";

export const metadata: Metadata = { title: "Review" };

export default async function ReviewPage() {
  await connection();
  const now = new Date();
  const corpus = getCorpus();
  await ensureContentSynced(db, now, corpus);
  const settings = await getSettings(db);
  const initial = await queueView(db, corpus, now, settings, () => syncContent(db, corpus, now));
  return <ReviewSession initial={initial} />;
}
