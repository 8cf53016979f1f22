import { getCorpus } from "@/lib/content/load";
import { apkg, exportCards } from "@/lib/export/anki";

/** GET: every flashcard as an Anki deck package (.apkg), one sub-deck per lesson. */
export async function GET() {
  const now = new Date();
  const bytes = apkg(exportCards(getCorpus()), now);
  return new Response(Buffer.from(bytes), {
    headers: {
      "content-type": "application/octet-stream",
      "content-disposition": `attachment; filename="quorum-${now.toISOString().slice(0, 10)}.apkg"`,
      "cache-control": "no-store",
    },
  });
}
