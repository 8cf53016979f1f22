import type { Metadata } from "next";
import Link from "next/link";
import { connection } from "next/server";
import { getCorpus } from "@/lib/content/load";
import { buildReport } from "@/lib/drill/report";
import { listSessions } from "@/lib/drill/store";
import { sqlite } from "@/lib/sqlite";

export const metadata: Metadata = { title: "Drill history" };

const fmt = (iso: string) => new Date(iso).toLocaleString("en-GB", { dateStyle: "medium", timeStyle: "short" });

/** /drill/history: every past drill and mock interview, newest first. */
export default async function HistoryPage() {
  await connection();
  const corpus = getCorpus();
  const reports = (await listSessions(sqlite())).map((s) => buildReport(corpus, s));
  return (
    <div className="space-y-6">
      <h1 className="text-2xl font-semibold">Drill history</h1>
      {reports.length === 0 ? (
        <p>
          No drills yet. <Link href="/drill" className="underline underline-offset-2">Start one</Link>.
        </p>
      ) : (
        <div className="overflow-x-auto">
          <table className="w-full text-left text-sm" data-testid="history">
            <thead className="border-b border-line text-muted">
              <tr>
                <th className="py-2 pr-3 font-medium">Date</th>
                <th className="py-2 pr-3 font-medium">Kind</th>
                <th className="py-2 pr-3 font-medium">Questions and floors</th>
                <th className="py-2 pr-3 font-medium">Score</th>
              </tr>
            </thead>
            <tbody>
              {reports.map((r) => (
                <tr key={r.id} className="border-b border-line align-top">
                  <td className="py-2 pr-3 whitespace-nowrap">
                    <Link href={r.finishedAt ? `/drill/history/${r.id}` : `/drill/${r.id}`} className="underline underline-offset-2">
                      {fmt(r.startedAt)}
                    </Link>
                    {!r.finishedAt && <span className="block text-xs text-muted">in progress — continue</span>}
                  </td>
                  <td className="py-2 pr-3">
                    {r.kind === "mock" ? "Mock interview" : "Drill"} · {r.mode === "live" ? "Live" : "Practice"}
                  </td>
                  <td className="py-2 pr-3">
                    <ul>
                      {r.ladders.map((l) => (
                        <li key={l.ladderId}>
                          {l.question.split("\n")[0].slice(0, 70)} — <span className="text-muted">floor: {l.floorLabel}</span>
                        </li>
                      ))}
                    </ul>
                  </td>
                  <td className="py-2 pr-3 tabular-nums">{r.score}/100</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </div>
  );
}
