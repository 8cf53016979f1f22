// Linearizability checker speed against Porcupine (Go) on the same recorded histories.
// Run: npx tsx lib/protocol/bench/checker.ts   (npm run bench:protocol runs it too)
// Each figure is the median of RUNS timed runs after one warm-up run; parsing is not timed.
import { readFileSync, readdirSync } from "node:fs";
import path from "node:path";
import {
  casRegisterModel,
  checkOperations,
  kvMapModel,
  kvModel,
  parseJepsenEtcdLog,
  parseJepsenKvLog,
  type LinearizabilityVerdict,
  type Model,
  type Operation,
} from "../linearizability";

const RUNS = Number(process.env.BENCH_RUNS ?? 5);
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

function kvCase<S>(name: string, file: string, model: Model<S, never, never>, porcupineSeconds: number): Case {
  const history = parseJepsenKvLog(readFileSync(path.join(FIXTURES, "kv", `${file}.txt`), "utf8"));
  const want = file.endsWith("-ok") ? "ok" : "illegal";
  return {
    name,
    porcupineSeconds,
    run: () => {
      const r = checkOperations(model as unknown as Model<S, unknown, unknown>, history as Operation<unknown, unknown>[]);
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
  kvCase("kv c50-ok, split by key", "c50-ok", kvModel as never, 0.14),
  kvCase("kv c50-bad, split by key", "c50-bad", kvModel as never, 0.03),
  kvCase("kv c10-ok, whole map (no split)", "c10-ok", kvMapModel as never, 1.7),
  kvCase("kv c10-bad, whole map (no split)", "c10-bad", kvMapModel as never, 2.0),
];

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const pad = (s: string, n: number) => s.padEnd(n);

console.log(`Linearizability checker vs Porcupine (Go), median of ${RUNS} runs, node ${process.version}`);
console.log(`${pad("history", 36)}${pad("ours", 10)}${pad("porcupine", 11)}${pad("ratio", 8)}steps`);
let worst = 0;
for (const c of cases) {
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
