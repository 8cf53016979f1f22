import type { Metadata } from "next";
import { connection } from "next/server";
import { BrowseFilters } from "@/components/browse/browse-filters";
import { BrowsePager } from "@/components/browse/browse-pager";
import { BrowseResults } from "@/components/browse/browse-results";
import { panelClass } from "@/components/ui/panel";
import { getCorpus } from "@/lib/content/load";
import { ensureContentSynced } from "@/lib/content/sync";
import { db } from "@/lib/db";
import { browse } from "@/lib/srs/browse";
import { browseOptions, browseProblems, parseBrowseFilter } from "@/lib/srs/browse-filter";
import { getSettings } from "@/lib/srs/settings";

export const metadata: Metadata = { title: "Browse" };

const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;

export default async function BrowsePage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  await connection();
  const now = new Date();
  const corpus = getCorpus();
  await ensureContentSynced(db, now, corpus);
  const settings = await getSettings(db);
  const params = await searchParams;
  const filter = parseBrowseFilter(params);
  const { lessons, tags } = browseOptions(corpus);
  const problems = browseProblems(params, filter, new Set(lessons.map((l) => l.id)));
  const result = await browse(db, corpus, filter, now, settings.dayStartHour);
  const { card, check, ladder } = result.byKind;

  return (
    <div className="space-y-section">
      <h1 className="text-title">Browse</h1>
      <BrowseFilters filter={filter} problems={problems} lessons={lessons} tags={tags} />
      <section aria-labelledby="results-heading" className="space-y-3">
        <h2 id="results-heading" className="text-heading" data-testid="result-count">
          {plural(result.total, "item")} <span className="text-small font-normal text-muted">of {corpus.items.length}</span>
        </h2>
        <p className="text-small text-muted tabular-nums">
          {plural(card, "card")} · {plural(check, "concept check")} · {plural(ladder, "interview ladder")}
        </p>
        {problems.q ? (
          <p className={panelClass("dashed")}>
            <strong>Search not run:</strong> the search text is too long.
          </p>
        ) : result.total ? (
          <>
            <BrowseResults rows={result.rows} now={now} dayStartHour={settings.dayStartHour} />
            <BrowsePager filter={filter} page={result.page} pageCount={result.pageCount} />
          </>
        ) : (
          <p className={panelClass("dashed")}>
            <strong>No items match.</strong> {problems.lesson?.id !== undefined ? problems.lesson.message : "Try fewer words or clear a filter."}
          </p>
        )}
      </section>
    </div>
  );
}
