// Linearizability checker speed on Porcupine's recorded histories. Porcupine's own (Go) timings
// are printed beside ours as REFERENCE figures only: they were taken on another machine, so
// dividing one by the other would not be a ratio measured here, and none is printed.
// Run: npx tsx lib/protocol-bench/checker.ts   (npm run bench:protocol runs it too)
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
} from "../protocol/linearizability";

const RUNS = Number(process.env.BENCH_RUNS ?? 7);
const FIXTURES = path.join(__dirname, "../protocol/linearizability/__fixtures__/porcupine");
const ETCD_OK = new Set([2, 5, 7, 18, 25, 31, 38, 45, 48, 49, 51, 53, 56, 67, 75, 76, 80, 87, 92, 98, 100, 101, 102]);

interface Case {
  name: string;
  /** Porcupine's time for the same histories, taken elsewhere (reference only, not measured here). */
  porcupineSeconds: number;
  /** Runs the check(s) and throws if a verdict is wrong; returns the search steps.
   *  `plain` drops Model.isReadOnly, leaving exactly Porcupine's search. */
  run: (plain: boolean) => number;
}

/** The model without the read-only hint: the search Porcupine does, step for step. */
const plainModel = <S, I, O>(model: Model<S, I, O>): Model<S, I, O> => ({ ...model, isReadOnly: undefined });

function expectVerdict(what: string, got: LinearizabilityVerdict, want: LinearizabilityVerdict) {
  if (got !== want) throw new Error(`${what}: expected ${want}, got ${got}`);
}

function kvCase<S>(name: string, file: string, model: Model<S, KvInput, KvOutput>, porcupineSeconds: number): Case {
  const history = parseJepsenKvLog(readFileSync(path.join(FIXTURES, "kv", `${file}.txt`), "utf8"));
  const want = file.endsWith("-ok") ? "ok" : "illegal";
  const plain = plainModel(model);
  return {
    name,
    porcupineSeconds,
    run: (usePlain) => {
      const r = checkOperations(usePlain ? plain : model, history);
      expectVerdict(file, r.verdict, want);
      return r.steps;
    },
  };
}

const etcdLogs = readdirSync(path.join(FIXTURES, "jepsen"))
  .filter((f) => /^etcd_\d{3}\.log$/.test(f) && f !== "etcd_095.log")
  .sort()
  .map((f) => ({ num: Number(f.slice(5, 8)), ops: parseJepsenEtcdLog(readFileSync(path.join(FIXTURES, "jepsen", f), "utf8")) }));
const plainCas = plainModel(casRegisterModel);

const cases: Case[] = [
  {
    name: `etcd: all ${etcdLogs.length} Jepsen logs`,
    porcupineSeconds: 0.4,
    run: (usePlain) => {
      let steps = 0;
      for (const { num, ops } of etcdLogs) {
        const r = checkOperations(usePlain ? plainCas : casRegisterModel, ops);
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

function measure(c: Case, plain: boolean): { seconds: number; steps: number } {
  const steps = c.run(plain); // warm-up, also checks the verdicts
  const times: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const t0 = performance.now();
    c.run(plain);
    times.push((performance.now() - t0) / 1000);
  }
  return { seconds: median(times), steps };
}

console.log(`Linearizability checker on Porcupine's histories, median of ${RUNS} runs, node ${process.version}, measured on this machine`);
console.log(`"ours": the shipped models; "plain": the same without isReadOnly, i.e. Porcupine's search`);
console.log(`${pad("history", 34)}${pad("ours", 10)}${pad("steps", 9)}${pad("plain", 10)}${pad("steps", 9)}Porcupine (Go), reference only*`);
for (const c of selected) {
  const ours = measure(c, false);
  const plain = measure(c, true);
  console.log(
    pad(c.name, 34) +
      pad(`${ours.seconds.toFixed(3)} s`, 10) +
      pad(String(ours.steps), 9) +
      pad(`${plain.seconds.toFixed(3)} s`, 10) +
      pad(String(plain.steps), 9) +
      `${c.porcupineSeconds.toFixed(2)} s*`,
  );
}
console.log("* Porcupine's timings are fixed reference figures taken on another machine, not measured here:");
console.log("  compare orders of magnitude, not ratios. To compare for real, run Porcupine's Go benchmarks on this machine.");
