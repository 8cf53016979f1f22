// Porcupine's own verdicts on the histories Jepsen recorded against etcd 2.0 (most are
// not linearizable because that etcd served reads without consensus) and on its kv logs.
import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { checkOperations } from "./checker";
import { kvMapModel, kvModel } from "./kv-models";
import { parseJepsenEtcdLog, parseJepsenKvLog } from "./parse-jepsen";
import { casRegisterModel } from "./register-models";

const FIXTURES = path.join(__dirname, "__fixtures__/porcupine");
const LINEARIZABLE = [2, 5, 7, 18, 25, 31, 38, 45, 48, 49, 51, 53, 56, 67, 75, 76, 80, 87, 92, 98, 100, 101, 102];
const etcdLog = (n: number) =>
  readFileSync(path.join(FIXTURES, "jepsen", `etcd_${String(n).padStart(3, "0")}.log`), "utf8");
const kvLog = (name: string) => readFileSync(path.join(FIXTURES, "kv", `${name}.txt`), "utf8");

describe("Jepsen etcd logs: the checker agrees with Porcupine on every one", () => {
  const numbers = Array.from({ length: 103 }, (_, n) => n).filter((n) => n !== 95);

  it.each(numbers)("etcd_%i has Porcupine's verdict", (n) => {
    const result = checkOperations(casRegisterModel, parseJepsenEtcdLog(etcdLog(n)));
    expect(result.verdict).toBe(LINEARIZABLE.includes(n) ? "ok" : "illegal");
  });

  it("covers 23 linearizable and 79 non-linearizable logs", () => {
    expect(numbers).toHaveLength(102);
    expect(numbers.filter((n) => !LINEARIZABLE.includes(n))).toHaveLength(79);
  });

  it("the read-only pruning changes the work, not the verdicts (Porcupine's plain search agrees)", () => {
    const plain = { ...casRegisterModel, isReadOnly: undefined };
    let [fast, slow] = [0, 0];
    for (const n of numbers) {
      const history = parseJepsenEtcdLog(etcdLog(n));
      const pruned = checkOperations(casRegisterModel, history);
      const full = checkOperations(plain, history);
      expect(full.verdict).toBe(pruned.verdict);
      fast += pruned.steps;
      slow += full.steps;
    }
    expect(fast).toBeLessThan(slow); // 3.2M steps instead of 3.8M
  });

  it("etcd_095 is empty (the cluster never started), so there is nothing to judge", () => {
    expect(parseJepsenEtcdLog(etcdLog(95))).toEqual([]);
  });

  it("a linearizable log comes with a full linearization, each step legal in order", () => {
    const history = parseJepsenEtcdLog(etcdLog(2));
    const result = checkOperations(casRegisterModel, history);
    const [part] = result.partitions;
    expect(part.linearization).toHaveLength(history.length);
    let state = casRegisterModel.init();
    for (const step of part.linearization) {
      const r = casRegisterModel.step(state, step.operation.input, step.operation.output);
      expect(r.ok).toBe(true);
      expect(r.state).toBe(step.stateAfter);
      state = r.state;
    }
  });

  it("a stale-read log is explained by a read that cannot follow the longest legal prefix", () => {
    const result = checkOperations(casRegisterModel, parseJepsenEtcdLog(etcdLog(0)));
    const part = result.partitions[0];
    const failure = part.failure!;
    expect(failure.description).toMatch(/^read\(\) -> \d+$/);
    expect(result.explanation).toContain(failure.description);
    // Replaying the prefix reaches the reported state, where the read is not legal.
    const end = part.linearization.reduce((s, step) => casRegisterModel.step(s, step.operation.input, step.operation.output).state, casRegisterModel.init());
    expect(end).toBe(failure.state);
    expect(casRegisterModel.step(end, failure.operation.input, failure.operation.output).ok).toBe(false);
    expect(failure.candidates).toContainEqual({ index: failure.index, description: failure.description, legalNow: false });
  });
});

describe("kv logs: get/put/append checked key by key", () => {
  it.each(["c01-ok", "c01-bad", "c10-ok", "c10-bad", "c50-ok", "c50-bad"])("%s", (name) => {
    const result = checkOperations(kvModel, parseJepsenKvLog(kvLog(name)));
    expect(result.verdict).toBe(name.endsWith("-ok") ? "ok" : "illegal");
    expect(result.partitions.length).toBe(10 - (name === "c01-bad" ? 2 : 0));
  });

  it.each(["c01-ok", "c01-bad", "c10-ok", "c10-bad"])("%s gets the same verdict when the whole map is one state", (name) => {
    const result = checkOperations(kvMapModel, parseJepsenKvLog(kvLog(name)));
    expect(result.verdict).toBe(name.endsWith("-ok") ? "ok" : "illegal");
    expect(result.partitions).toHaveLength(1);
  });

  it("c50-bad stops at the first key proven illegal and reports the others as skipped", () => {
    const result = checkOperations(kvModel, parseJepsenKvLog(kvLog("c50-bad")));
    expect(result.partitions.filter((p) => p.verdict === "illegal")).toHaveLength(1);
    expect(result.partitions.some((p) => p.verdict === "skipped")).toBe(true);
    expect(result.steps).toBeLessThan(200_000); // key "0" alone explodes past millions
  });
});
