import Database from "better-sqlite3";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { default_w, computeDecayFactor } from "ts-fsrs";
import { createSqlite } from "../sqlite-client";
import { CARDS, LOGS, seed } from "../srs/bench-seed";
import { applyMigrations } from "../srs/scratch-db";
import { DEFAULT_SETTINGS } from "../srs/settings-schema";
import { addDays } from "./arithmetic";
import { studyDay } from "../srs/day";
import { DAYS_SQL, FORECAST_SQL, forecastParams, LESSONS_SQL, lessonParams, loadStats, RETENTION_SQL, SUSPENDED_SQL } from "./stats";

/**
 * npm run bench:review (second part) — /stats on the bench collection (100k cards, 1M logs over
 * three years): every query the page runs, through loadStats (the app) beside the same statements
 * prepared on a second connection (raw), alternating. Target: p95 <= 50 ms.
 */
const ITER = Number(process.env.BENCH_STATS_ITER ?? 200);
const WARMUP = 20;
const S = DEFAULT_SETTINGS;
const NOW = new Date();

const pct = (xs: number[], p: number) => xs[Math.min(xs.length - 1, Math.floor((p / 100) * xs.length))];

async function main() {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "quorum-bench-stats-"));
  const file = path.join(dir, "bench.db");
  applyMigrations(file);
  const seeded = seed(file, NOW, S.dayStartHour);
  // The seed leaves studyDay empty; give every log its study day, then rebuild the per-day
  // retention counts the triggers keep in the app.
  const raw = new Database(file);
  raw.pragma("journal_mode = WAL");
  raw.function("studyday", (ms: number) => studyDay(new Date(ms), S.dayStartHour).key);
  raw.exec(`UPDATE ReviewLog SET studyDay = studyday(review);
    DELETE FROM RetentionDay;
    INSERT INTO RetentionDay (day, youngPass, youngFail, maturePass, matureFail)
    SELECT studyDay, SUM(scheduledDays < 21 AND rating > 1), SUM(scheduledDays < 21 AND rating = 1),
      SUM(scheduledDays >= 21 AND rating > 1), SUM(scheduledDays >= 21 AND rating = 1)
    FROM ReviewLog WHERE state = 2 AND undoneAt IS NULL GROUP BY studyDay; ANALYZE;`);
  console.log(`seeded ${CARDS.toLocaleString("en")} cards and ${LOGS.toLocaleString("en")} review logs in ${(seeded.ms / 1000).toFixed(1)} s`);

  const app = createSqlite(`file:${file}`);
  const today = studyDay(NOW, S.dayStartHour).key;
  const { decay, factor } = computeDecayFactor(default_w);
  const stmts = [raw.prepare(DAYS_SQL), raw.prepare(RETENTION_SQL), raw.prepare(FORECAST_SQL), raw.prepare(SUSPENDED_SQL), raw.prepare(LESSONS_SQL)];
  const rawRun = () => {
    stmts[0].all();
    stmts[1].all({ from: addDays(today, -364) });
    stmts[2].get(forecastParams(NOW, S.dayStartHour));
    stmts[3].get();
    stmts[4].all(lessonParams(NOW, factor, decay));
  };
  const a: number[] = [];
  const r: number[] = [];
  for (let i = 0; i < WARMUP; i++) {
    await loadStats(app, NOW, S);
    rawRun();
  }
  for (let i = 0; i < ITER; i++) {
    let t = performance.now();
    await loadStats(app, NOW, S);
    a.push(performance.now() - t);
    t = performance.now();
    rawRun();
    r.push(performance.now() - t);
  }
  a.sort((x, y) => x - y);
  r.sort((x, y) => x - y);
  const f = (x: number) => x.toFixed(3).padStart(9);
  const p95 = pct(a, 95);
  console.log("\noperation        app p50   app p95   raw p50   raw p95   ratio p50   ratio p95   target p95");
  console.log(
    `/stats        ${f(pct(a, 50))} ${f(p95)} ${f(pct(r, 50))} ${f(pct(r, 95))}   ${(pct(a, 50) / pct(r, 50)).toFixed(2).padStart(9)}   ${(p95 / pct(r, 95)).toFixed(2).padStart(9)}   <= 50 ms ${p95 <= 50 ? "ok" : "MISSED"}`,
  );
  app.close();
  raw.close();
  fs.rmSync(dir, { recursive: true, force: true });
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
