// The fast checker against the definition: on thousands of random small histories it must
// agree with a brute-force search over every real-time-respecting order. Equal and touching
// timestamps are frequent on purpose, to exercise the closed-interval rule.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { bruteForceLinearizable } from "./brute-force";
import { checkOperations } from "./checker";
import { kvMapModel, kvModel, type KvInput, type KvOutput } from "./kv-models";
import { casRegisterModel, registerModel, type CasRegisterInput, type CasRegisterOutput, type RegisterInput, type RegisterOutput } from "./register-models";
import type { Model, Operation } from "./types";

const interval = fc.record({ clientId: fc.integer({ min: 1, max: 3 }), call: fc.integer({ min: 0, max: 12 }), length: fc.integer({ min: 0, max: 5 }) });

function agreement<S, R, I, O>(
  name: string,
  model: Model<S, I, O>,
  ops: fc.Arbitrary<Operation<I, O>[]>,
  seed: number,
  numRuns: number,
  reference: Model<R, I, O> = model as unknown as Model<R, I, O>,
) {
  it(`${name}: fast and brute-force verdicts agree on ${numRuns} random histories`, () => {
    const seen = { ok: 0, illegal: 0 };
    fc.assert(
      fc.property(ops, (history) => {
        const fast = checkOperations(model, history).verdict;
        const slow = bruteForceLinearizable(reference, history) ? "ok" : "illegal";
        seen[slow]++;
        return fast === slow;
      }),
      { seed, numRuns },
    );
    // Both verdicts must be common, or the agreement would say little.
    expect(Math.min(seen.ok, seen.illegal)).toBeGreaterThan(numRuns * 0.15);
  });
}

const registerOp: fc.Arbitrary<Operation<RegisterInput, RegisterOutput>> = fc
  .tuple(interval, fc.boolean(), fc.integer({ min: 1, max: 2 }), fc.constantFrom(null, 1, 2))
  .map(([t, isWrite, value, seen]) => ({
    clientId: t.clientId,
    input: isWrite ? { op: "write", value } : { op: "read" },
    call: t.call,
    output: isWrite ? null : seen,
    return: t.call + t.length,
  }));

const casOp: fc.Arbitrary<Operation<CasRegisterInput, CasRegisterOutput>> = fc
  .tuple(interval, fc.constantFrom("read", "write", "cas"), fc.constantFrom(1, 2), fc.constantFrom(1, 2), fc.constantFrom("ok", "fail", "unknown"), fc.constantFrom(null, 1, 2))
  .map(([t, kind, a, b, status, seen]) => ({
    clientId: t.clientId,
    input: kind === "read" ? { op: "read" } : kind === "write" ? { op: "write", value: a } : { op: "cas", from: a, to: b },
    call: t.call,
    output:
      status === "unknown" ? { status: "unknown" } : kind === "read" ? { status: "ok", value: seen } : kind === "cas" && status === "fail" ? { status: "fail" } : { status: "ok" },
    return: t.call + t.length,
  }));

const kvOp: fc.Arbitrary<Operation<KvInput, KvOutput>> = fc
  .tuple(interval, fc.constantFrom("get", "put", "append"), fc.constantFrom("a", "b"), fc.constantFrom("x", "y"), fc.constantFrom("", "x", "y", "xy", "yx", null))
  .map(([t, kind, key, value, seen]) => ({
    clientId: t.clientId,
    input: kind === "get" ? { op: "get", key } : { op: kind as "put" | "append", key, value },
    call: t.call,
    output: kind === "get" ? seen : null,
    return: t.call + t.length,
  }));

describe("agreement with the brute-force definition", () => {
  agreement("register", registerModel, fc.array(registerOp, { minLength: 1, maxLength: 7 }), 20240601, 3000);
  // Every state collides in the memo's fingerprint, so only `equal` keeps states apart.
  const colliding = { ...registerModel, hash: () => 0 };
  agreement("register whose hash always collides", colliding, fc.array(registerOp, { minLength: 1, maxLength: 7 }), 11, 1000);
  const noHashNoEqual = { init: registerModel.init, step: registerModel.step };
  agreement("register with neither hash nor equal", noHashNoEqual, fc.array(registerOp, { minLength: 1, maxLength: 7 }), 12, 1000);
  agreement("cas register with unknown outcomes", casRegisterModel, fc.array(casOp, { minLength: 1, maxLength: 6 }), 7, 2000);
  // The reference sees the whole map: it does not rely on keys being independent.
  agreement("kv, checked key by key", kvModel, fc.array(kvOp, { minLength: 1, maxLength: 7 }), 99, 2000, kvMapModel);
  agreement("kv, whole map", kvMapModel, fc.array(kvOp, { minLength: 1, maxLength: 7 }), 100, 1000);

  it("kv: checking key by key and checking the whole map give the same verdict (locality)", () => {
    fc.assert(
      fc.property(fc.array(kvOp, { minLength: 1, maxLength: 9 }), (history) => {
        return checkOperations(kvModel, history).verdict === checkOperations(kvMapModel, history).verdict;
      }),
      { seed: 3, numRuns: 2000 },
    );
  });
});
