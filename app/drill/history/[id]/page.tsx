import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { connection } from "next/server";
import { DrillReport } from "@/components/drill/drill-report";
import { getCorpus } from "@/lib/content/load";
import { buildReport } from "@/lib/drill/report";
import { getSession } from "@/lib/drill/store";
import { sqlite } from "@/lib/sqlite";

export const metadata: Metadata = { title: "Drill transcript" };

/** /drill/history/<id>: a drill's report (the mock interview's end report) and its transcript. */
export default async function TranscriptPage({ params }: { params: Promise<{ id: string }> }) {
  await connection();
  const { id } = await params;
  const session = await getSession(sqlite(), id);
  if (!session) notFound();
  const report = buildReport(getCorpus(), session);
  return (
    <div className="space-y-6">
      <DrillReport report={report} />
      <p className="flex flex-wrap gap-4 text-sm">
        <a href={`/drill/history/${id}/markdown`} download className="underline underline-offset-2" data-testid="export-markdown">
          Export as Markdown
        </a>
        {!session.finishedAt && (
          <Link href={`/drill/${id}`} className="underline underline-offset-2">
            Continue this drill
          </Link>
        )}
        <Link href="/drill/history" className="underline underline-offset-2">
          All drills
        </Link>
        <Link href="/drill" className="underline underline-offset-2">
          Start another
        </Link>
      </p>
    </div>
  );
}
