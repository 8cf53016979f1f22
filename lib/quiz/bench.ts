import { randomUUID } from "node:crypto";
import { performance } from "node:perf_hooks";
import { readCorpus } from "../content/load";
import { syncContent } from "../content/sync";
import { EXERCISE_FAMILIES, generateExercise } from "../protocol";
import { scratchDb } from "../srs/scratch-db";
import { buildTest } from "./build";
import { createTest } from "./store";

/**
 * npm run bench:quiz — building a 40-question test from the shipped corpus (all lessons, checks and
 * generated exercises) the way POST /api/quiz does: pick, generate, freeze into SQLite (a scratch
 * database from the committed migrations). Then 1,000 exercises per family.
 */
const ITER = Number(process.env.BENCH_ITER ?? 200);
const { corpus, problems } = readCorpus();
if (problems.length) throw new Error(`content has problems: ${problems[0].message}`);
const lessons = corpus.lessons.map((l) => l.id);

const pct = (xs: number[], p: number) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor((p / 100) * xs.length))];
const ms = (x: number) => x.toFixed(2).padStart(8);

async function main() {
  const scratch = scratchDb("bench-quiz");
  try {
    await syncContent(scratch.db, corpus, new Date());
    const build: number[] = [];
    const full: number[] = [];
    for (let i = 0; i < ITER + 20; i++) {
      const t0 = performance.now();
      buildTest(corpus, { lessons, length: 40, source: "both" }, i);
      const t1 = performance.now();
      await createTest(scratch.db, scratch.sqlite, corpus, { id: randomUUID(), lessons, length: 40, source: "both", mode: "exam", timeLimitMinutes: null }, new Date());
      const t2 = performance.now();
      if (i >= 20) {
        build.push(t1 - t0);
        full.push(t2 - t1);
      }
    }
    console.log(`40-question test (${lessons.length} lessons, checks + generated), ${ITER} runs`);
    console.log("step                          p50 ms    p95 ms   target p95");
    console.log(`pick + generate (pure)     ${ms(pct(build, 50))}  ${ms(pct(build, 95))}`);
    const ok = pct(full, 95) <= 50;
    console.log(`build + freeze in SQLite   ${ms(pct(full, 50))}  ${ms(pct(full, 95))}   <= 50 ms ${ok ? "ok" : "MISSED"}`);
  } finally {
    await scratch.close();
  }
  console.log("\n1,000 exercises per family (generate only)");
  for (const f of EXERCISE_FAMILIES) {
    const t0 = performance.now();
    for (let s = 0; s < 1000; s++) generateExercise(f, s);
    const t = performance.now() - t0;
    console.log(`${f.padEnd(20)} ${t.toFixed(0).padStart(6)} ms  (${(t / 1000).toFixed(3)} ms each)`);
  }
}

void main();
