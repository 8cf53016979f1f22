import { getCorpus } from "@/lib/content/load";
import { buildReport, reportMarkdown } from "@/lib/drill/report";
import { getSession } from "@/lib/drill/store";
import { sqlite } from "@/lib/sqlite";

/** GET: the transcript as a Markdown file. */
export async function GET(_req: Request, { params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  if (!/^[0-9a-f-]{36}$/i.test(id)) return Response.json({ error: "No such drill." }, { status: 404 });
  const session = await getSession(sqlite(), id);
  if (!session) return Response.json({ error: "No such drill." }, { status: 404 });
  const md = reportMarkdown(buildReport(getCorpus(), session));
  return new Response(md, {
    headers: {
      "content-type": "text/markdown; charset=utf-8",
      "content-disposition": `attachment; filename="quorum-${session.kind}-${session.startedAt.slice(0, 10)}.md"`,
    },
  });
}
