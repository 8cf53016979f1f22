import { createDb, databaseUrl } from "../db-client";
import { contentRoot, readCorpus } from "./load";
import { syncContent } from "./sync";

/**
 * npm run content:sync   load content/ into the database named by DATABASE_URL
 * (default data/quorum.db). Runs at `npm start` and before the e2e server starts.
 */
async function main() {
  const { corpus, problems } = readCorpus(contentRoot());
  if (problems.length) {
    for (const p of problems) console.error(`${p.file}:${p.line}: ${p.message}`);
    console.error(`content:sync: ${problems.length} content problem(s); nothing synced. Run npm run content:check.`);
    process.exit(1);
  }
  const url = databaseUrl();
  const db = createDb(url);
  try {
    // WAL lets the server read while a sync or a grade writes; the mode is stored in the file.
    await db.$queryRawUnsafe("PRAGMA journal_mode = WAL");
    const t = performance.now();
    const r = await syncContent(db, corpus, new Date());
    const ms = (performance.now() - t).toFixed(0);
    console.log(
      `content:sync: ${url} — ${r.added} added, ${r.edited} edited, ${r.moved} moved, ${r.retired} retired, ${r.restored} restored, ${r.unchanged} unchanged (${ms} ms)`,
    );
  } finally {
    await db.$disconnect();
  }
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
