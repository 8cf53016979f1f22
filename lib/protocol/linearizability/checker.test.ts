// Textbook histories on a read/write register (Herlihy & Wing 1990; the 6.824 quiz examples
// Porcupine tests with), the shape of the explanation, and the budgets.
import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { checkOperations } from "./checker";
import { kvMapModel, kvModel } from "./kv-models";
import { parseJepsenKvLog } from "./parse-jepsen";
import { registerModel, type RegisterInput, type RegisterOutput } from "./register-models";
import type { Model, Operation } from "./types";

type Op = Operation<RegisterInput, RegisterOutput>;
const write = (clientId: number, value: number, call: number, ret: number): Op => ({
  clientId, input: { op: "write", value }, call, output: null, return: ret,
});
const read = (clientId: number, value: number | null, call: number, ret: number): Op => ({
  clientId, input: { op: "read" }, call, output: value, return: ret,
});
const check = (...ops: Op[]) => checkOperations(registerModel, ops);

describe("a read/write register", () => {
  it("a stale read after an acknowledged write is illegal, and the explanation names the read", () => {
    const result = check(write(1, 1, 0, 10), read(2, null, 20, 30));
    expect(result.verdict).toBe("illegal");
    const part = result.partitions[0];
    expect(part.linearization.map((s) => s.description)).toEqual(["write(1)"]);
    expect(part.linearization[0].stateDescription).toBe("1");
    expect(part.failure).toMatchObject({ index: 1, description: "read() -> null", stateDescription: "1" });
    expect(part.failure!.candidates).toEqual([{ index: 1, description: "read() -> null", legalNow: false }]);
    expect(result.explanation).toContain("read() -> null");
  });

  it("a read concurrent with a write may see the old value or the new one", () => {
    expect(check(write(1, 1, 0, 10), read(2, null, 5, 15)).verdict).toBe("ok");
    expect(check(write(1, 1, 0, 10), read(2, 1, 5, 15)).verdict).toBe("ok");
    expect(check(write(1, 1, 0, 10), read(2, 2, 5, 15)).verdict).toBe("illegal");
  });

  it("intervals are closed: a read that starts exactly when the write returns is still concurrent", () => {
    expect(check(write(1, 1, 0, 10), read(2, null, 10, 20)).verdict).toBe("ok");
    expect(check(write(1, 1, 0, 10), read(2, null, 11, 20)).verdict).toBe("illegal");
  });

  it("6.824 example: two reads inside a slow write may see new then old only if they overlap", () => {
    // Porcupine's TestRegisterModel, with the register starting at null instead of 0.
    expect(check(write(0, 100, 0, 100), read(1, 100, 25, 75), read(2, null, 30, 60)).verdict).toBe("ok");
    // Once a read has returned the new value, a later read may not go back (new-old inversion).
    const inversion = check(write(0, 200, 0, 100), read(1, 200, 10, 30), read(2, null, 40, 90));
    expect(inversion.verdict).toBe("illegal");
    expect(inversion.partitions[0].failure!.description).toBe("read() -> null");
  });

  it("zero-length operations at the same instant are concurrent with each other", () => {
    expect(check(write(0, 100, 0, 100), read(1, 100, 25, 75), read(2, null, 30, 30), read(3, null, 30, 30)).verdict).toBe("ok");
    expect(check(write(0, 200, 0, 100), read(1, 200, 10, 10), read(2, 200, 10, 10), read(3, null, 40, 90)).verdict).toBe("illegal");
  });

  it("an ok verdict comes with a linearization that indexes back into the history", () => {
    const history = [read(2, 1, 5, 15), write(1, 1, 0, 10), read(3, 2, 12, 30), write(1, 2, 11, 20)];
    const result = checkOperations(registerModel, history);
    expect(result.verdict).toBe("ok");
    expect(result.partitions[0].linearization.map((s) => s.index)).toEqual([1, 0, 3, 2]);
    expect(result.partitions[0].failure).toBeNull();
  });

  it("a call that never returns (return = Infinity) is concurrent with everything after it", () => {
    const pending = { ...write(1, 1, 0, 0), return: Infinity };
    expect(check(pending, read(2, null, 5, 6), read(3, 1, 7, 8)).verdict).toBe("ok");
    expect(check(pending, read(2, 1, 5, 6), read(3, null, 7, 8)).verdict).toBe("illegal");
  });

  it("the empty history is linearizable", () => {
    expect(check().verdict).toBe("ok");
  });

  it("rejects an operation that returns before it is called", () => {
    expect(() => check(write(1, 1, 10, 5))).toThrow(/operation 0: returns at 5, before its call at 10/);
  });
});

describe("models without hash or equal still check correctly", () => {
  type S = { value: number | null };
  const plain: Model<S, RegisterInput, RegisterOutput> = {
    init: () => ({ value: null }),
    step: (s, i, o) => (i.op === "write" ? { ok: true, state: { value: i.value } } : { ok: o === s.value, state: s }),
  };
  const ops = [write(1, 1, 0, 10), read(2, 1, 5, 15), read(3, null, 0, 3), write(2, 2, 16, 20), read(1, 1, 21, 22)];

  it("falls back to canonical JSON of the state and describes operations as JSON", () => {
    const result = checkOperations(plain, ops);
    expect(result.verdict).toBe("illegal");
    expect(result.partitions[0].failure!.description).toBe('{"op":"read"} -> 1');
    expect(checkOperations(plain, ops.slice(0, 4)).verdict).toBe("ok");
  });

  it("equal alone works the way Porcupine does, by comparing states with one shared fingerprint", () => {
    const withEqual = { ...plain, equal: (a: S, b: S) => a.value === b.value };
    expect(checkOperations(withEqual, ops).verdict).toBe("illegal");
    expect(checkOperations(withEqual, ops.slice(0, 4)).verdict).toBe("ok");
  });
});

describe("budgets: running out gives unknown, never a wrong verdict", () => {
  const kvLog = (name: string) =>
    parseJepsenKvLog(readFileSync(path.join(__dirname, "__fixtures__/porcupine/kv", `${name}.txt`), "utf8"));

  it("maxSteps is a deterministic budget", () => {
    const history = kvLog("c10-ok");
    const a = checkOperations(kvMapModel, history, { maxSteps: 20_000 });
    const b = checkOperations(kvMapModel, history, { maxSteps: 20_000 });
    expect(a).toMatchObject({ verdict: "unknown", reason: "step-budget", steps: 20_000 });
    expect(b.partitions[0].linearization.length).toBe(a.partitions[0].linearization.length);
    expect(a.partitions[0].failure).toBeNull();
  });

  it("timeoutMs reads the injected clock, only every few thousand steps", () => {
    let calls = 0;
    const now = () => calls++ * 10; // each poll moves time on by 10 ms
    const result = checkOperations(kvMapModel, kvLog("c10-bad"), { timeoutMs: 50, now });
    expect(result).toMatchObject({ verdict: "unknown", reason: "timeout" });
    expect(calls).toBeGreaterThan(1);
    expect(result.steps / calls).toBeGreaterThan(1000);
  });

  it("without a budget the same histories are decided", () => {
    expect(checkOperations(kvModel, kvLog("c10-ok")).verdict).toBe("ok");
    expect(checkOperations(kvModel, kvLog("c10-bad")).verdict).toBe("illegal");
  });

  it("an illegal key is still reported when another key runs out of budget", () => {
    const result = checkOperations(kvModel, kvLog("c10-bad"), { checkAllPartitions: true, maxSteps: 2_000 });
    expect(result.verdict).toBe("illegal");
    expect(result.partitions.map((p) => p.verdict)).toContain("illegal");
  });
});
