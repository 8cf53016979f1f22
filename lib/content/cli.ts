import fs from "node:fs";
import path from "node:path";
import { coverage, MINIMUMS, MIN_CORPUS_RUNGS } from "./coverage";
import { exportCorpus } from "./export";
import { contentRoot, readCorpus } from "./load";
import { ERRATA_MYTHS } from "./inventory";
import { fileLineIndex, formatFigures, lintCorpus } from "./lint";

/**
 * npm run content:check               validate content/, print file:line problems, exit 1 on any
 * npm run content:export -- --out F   write the corpus as JSON to F (or stdout with --out -)
 * npm run content:coverage            per-topic counts; exit 1 below the minimums
 * npm run content:lint                the countable writing rules (lib/content/lint.ts); exit 1 on any error
 */

function load() {
  const root = contentRoot();
  const { corpus, problems } = readCorpus(root);
  if (problems.length) {
    for (const p of problems) console.error(`${path.relative(process.cwd(), path.join(root, p.file))}:${p.line}: ${p.message}`);
    console.error(`content: ${problems.length} problem(s) found.`);
    process.exit(1);
  }
  return corpus;
}

const [command, ...args] = process.argv.slice(2);

if (command === "check") {
  const c = load();
  const n = (k: string) => c.items.filter((i) => i.kind === k).length;
  console.log(`content: ok — ${c.lessons.length} lessons, ${n("card")} cards, ${n("check")} checks, ${n("ladder")} ladders.`);
} else if (command === "export") {
  const i = args.indexOf("--out");
  const out = i >= 0 ? args[i + 1] : undefined;
  if (!out) {
    console.error("usage: npm run content:export -- --out FILE   (FILE may be - for stdout)");
    process.exit(2);
  }
  const json = JSON.stringify(exportCorpus(load()), null, 2) + "\n";
  if (out === "-") process.stdout.write(json);
  else {
    fs.mkdirSync(path.dirname(path.resolve(out)), { recursive: true });
    fs.writeFileSync(out, json);
    console.log(`content: wrote ${out}`);
  }
} else if (command === "coverage") {
  const report = coverage(load());
  console.log("topic  cards  checks  ladders");
  for (const t of report.topics) {
    const pad = (n: number) => String(n).padStart(6);
    console.log(`${t.topic}  ${pad(t.card)}  ${pad(t.check)}  ${pad(t.ladder)}${t.ok ? "" : "   <- below minimum"}`);
  }
  const { card, check, ladder, myth } = report.totals;
  console.log(`\ntotal: ${card} cards (${myth} myth cards), ${check} checks, ${ladder} ladders`);
  console.log(`minimums per topic: ${MINIMUMS.card} cards, ${MINIMUMS.check} check; every ladder ≥ ${MIN_CORPUS_RUNGS} rungs`);
  for (const l of report.inventory) console.log(`inventory ${l.list}: ${l.claimed}/${l.total} claimed by ${l.kind}s`);
  for (const m of report.missingInventory) console.log(`missing ${m.list} (need a ${m.kind} with inventory: …): ${m.ids.join(", ")}`);
  console.log(`myth cards: ${ERRATA_MYTHS.length - report.errataWithoutMyth.length}/${ERRATA_MYTHS.length} HIGH and MED errata corrected`);
  if (report.errataWithoutMyth.length) console.log(`errata with no myth card (need a card with myth: Enn): ${report.errataWithoutMyth.join(", ")}`);
  if (report.shortLadders.length) console.log(`ladders with fewer than ${MIN_CORPUS_RUNGS} rungs: ${report.shortLadders.join(", ")}`);
  const below = report.topics.filter((t) => !t.ok).length;
  console.log(report.ok ? "coverage: ok" : `coverage: FAILED (${below} topic(s) below minimum, ${report.missingInventory.reduce((a, m) => a + m.ids.length, 0)} inventory entries unclaimed, ${report.errataWithoutMyth.length} errata without a myth card)`);
  process.exit(report.ok ? 0 : 1);
} else if (command === "lint") {
  const root = contentRoot();
  const { findings, figures } = lintCorpus(load(), fileLineIndex(root));
  for (const f of findings) console.error(`${path.relative(process.cwd(), path.join(root, f.file))}:${f.line}: ${f.severity} [${f.rule}] ${f.message}`);
  for (const line of formatFigures(figures)) console.log(line);
  const errors = findings.filter((f) => f.severity === "error").length;
  const warnings = findings.length - errors;
  console.log(errors ? `content:lint: FAILED (${errors} error(s), ${warnings} warning(s))` : `content:lint: ok (${warnings} warning(s))`);
  process.exit(errors ? 1 : 0);
} else {
  console.error("usage: tsx lib/content/cli.ts check | export --out FILE | coverage | lint");
  process.exit(2);
}
