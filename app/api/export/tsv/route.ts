import { getCorpus } from "@/lib/content/load";
import { exportCards, tsv } from "@/lib/export/anki";

/** GET: every flashcard as tab-separated text with Anki's import headers. */
export async function GET() {
  const now = new Date();
  return new Response(tsv(exportCards(getCorpus())), {
    headers: {
      "content-type": "text/tab-separated-values; charset=utf-8",
      "content-disposition": `attachment; filename="quorum-${now.toISOString().slice(0, 10)}.tsv"`,
      "cache-control": "no-store",
    },
  });
}
