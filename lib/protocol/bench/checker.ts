// Linearizability checker speed against Porcupine (Go) on the same recorded histories.
// Run: npx tsx lib/protocol/bench/checker.ts   (npm run bench:protocol runs it too)
// Each figure is the median of BENCH_RUNS (default 7) timed runs after one warm-up run that
// also asserts the verdicts; parsing is not timed. All cases share one process, as in an
// app that checks several models: V8 then sees several models at the same call sites, which
// costs a little against running one case alone (pass a name filter, e.g. `c50`, to do that).
import { readFileSync, readdirSync } from "node:fs";
import path from "node:path";
import {
  casRegisterModel,
  checkOperations,
  kvMapModel,
  kvModel,
  parseJepsenEtcdLog,
  parseJepsenKvLog,
  type KvInput,
  type KvOutput,
  type LinearizabilityVerdict,
  type Model,
} from "../linearizability";

const RUNS = Number(process.env.BENCH_RUNS ?? 7);
const FIXTURES = path.join(__dirname, "../linearizability/__fixtures__/porcupine");
const ETCD_OK = new Set([2, 5, 7, 18, 25, 31, 38, 45, 48, 49, 51, 53, 56, 67, 75, 76, 80, 87, 92, 98, 100, 101, 102]);

interface Case {
  name: string;
  porcupineSeconds: number;
  /** Runs the check(s) and throws if a verdict is wrong; returns the search steps. */
  run: () => number;
}

function expectVerdict(what: string, got: LinearizabilityVerdict, want: LinearizabilityVerdict) {
  if (got !== want) throw new Error(`${what}: expected ${want}, got ${got}`);
}

function kvCase<S>(name: string, file: string, model: Model<S, KvInput, KvOutput>, porcupineSeconds: number): Case {
  const history = parseJepsenKvLog(readFileSync(path.join(FIXTURES, "kv", `${file}.txt`), "utf8"));
  const want = file.endsWith("-ok") ? "ok" : "illegal";
  return {
    name,
    porcupineSeconds,
    run: () => {
      const r = checkOperations(model, history);
      expectVerdict(file, r.verdict, want);
      return r.steps;
    },
  };
}

const etcdLogs = readdirSync(path.join(FIXTURES, "jepsen"))
  .filter((f) => /^etcd_\d{3}\.log$/.test(f) && f !== "etcd_095.log")
  .sort()
  .map((f) => ({ num: Number(f.slice(5, 8)), ops: parseJepsenEtcdLog(readFileSync(path.join(FIXTURES, "jepsen", f), "utf8")) }));

const cases: Case[] = [
  {
    name: `etcd: all ${etcdLogs.length} Jepsen logs`,
    porcupineSeconds: 0.4,
    run: () => {
      let steps = 0;
      for (const { num, ops } of etcdLogs) {
        const r = checkOperations(casRegisterModel, ops);
        expectVerdict(`etcd_${num}`, r.verdict, ETCD_OK.has(num) ? "ok" : "illegal");
        steps += r.steps;
      }
      return steps;
    },
  },
  kvCase("kv c50-ok, split by key", "c50-ok", kvModel, 0.14),
  kvCase("kv c50-bad, split by key", "c50-bad", kvModel, 0.03),
  kvCase("kv c10-ok, whole map (no split)", "c10-ok", kvMapModel, 1.7),
  kvCase("kv c10-bad, whole map (no split)", "c10-bad", kvMapModel, 2.0),
];

const filter = process.argv[2];
const selected = filter ? cases.filter((c) => c.name.includes(filter)) : cases;

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const pad = (s: string, n: number) => s.padEnd(n);

console.log(`Linearizability checker vs Porcupine (Go), median of ${RUNS} runs, node ${process.version}`);
console.log(`${pad("history", 36)}${pad("ours", 10)}${pad("porcupine", 11)}${pad("ratio", 8)}steps`);
let worst = 0;
for (const c of selected) {
  const steps = c.run(); // warm-up, also checks the verdicts
  const times: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const t0 = performance.now();
    c.run();
    times.push((performance.now() - t0) / 1000);
  }
  const t = median(times);
  const ratio = t / c.porcupineSeconds;
  worst = Math.max(worst, ratio);
  console.log(`${pad(c.name, 36)}${pad(`${t.toFixed(3)} s`, 10)}${pad(`${c.porcupineSeconds.toFixed(2)} s`, 11)}${pad(`${ratio.toFixed(2)}x`, 8)}${steps}`);
}
console.log(`worst ratio ${worst.toFixed(2)}x (goal: <= 2x; below 1x is faster than Porcupine)`);
