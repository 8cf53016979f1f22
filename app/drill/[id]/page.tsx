import type { Metadata } from "next";
import { notFound, redirect } from "next/navigation";
import { connection } from "next/server";
import { DrillRunner } from "@/components/drill/drill-runner";
import { getCorpus } from "@/lib/content/load";
import { getSession } from "@/lib/drill/store";
import { drillView } from "@/lib/drill/view";
import { sqlite } from "@/lib/sqlite";

export const metadata: Metadata = { title: "Drill" };

/** /drill/<id>: the drill itself, where it stands (a reload shows the same step, typed text and timer). */
export default async function DrillSessionPage({ params }: { params: Promise<{ id: string }> }) {
  await connection();
  const { id } = await params;
  const session = await getSession(sqlite(), id);
  if (!session) notFound();
  if (session.finishedAt) redirect(`/drill/history/${id}`);
  return <DrillRunner initial={drillView(getCorpus(), session, new Date())} />;
}
