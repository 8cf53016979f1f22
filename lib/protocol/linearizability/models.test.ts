// The sequential specifications, one transition at a time.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { kvMapModel, kvModel, type KvInput, type KvMapState } from "./kv-models";
import { casRegisterModel, registerModel } from "./register-models";

describe("registerModel", () => {
  it("starts at null; a write sets the value, a read must return it", () => {
    const s0 = registerModel.init();
    expect(s0).toBeNull();
    expect(registerModel.step(s0, { op: "read" }, null)).toEqual({ ok: true, state: null });
    const { state } = registerModel.step(s0, { op: "write", value: 4 }, null);
    expect(registerModel.step(state, { op: "read" }, 4).ok).toBe(true);
    expect(registerModel.step(state, { op: "read" }, null).ok).toBe(false);
  });

  it("describes operations the way the UI prints them", () => {
    expect(registerModel.describeOperation!({ op: "write", value: 4 }, null)).toBe("write(4)");
    expect(registerModel.describeOperation!({ op: "read" }, null)).toBe("read() -> null");
  });
});

describe("casRegisterModel (etcd under Jepsen)", () => {
  const step = casRegisterModel.step;
  it("cas succeeds only on a match and fails only on a mismatch", () => {
    expect(step(1, { op: "cas", from: 1, to: 2 }, { status: "ok" })).toEqual({ ok: true, state: 2 });
    expect(step(3, { op: "cas", from: 1, to: 2 }, { status: "ok" }).ok).toBe(false);
    expect(step(3, { op: "cas", from: 1, to: 2 }, { status: "fail" })).toEqual({ ok: true, state: 3 });
    expect(step(1, { op: "cas", from: 1, to: 2 }, { status: "fail" }).ok).toBe(false);
  });

  it("an unknown outcome is compatible with any state", () => {
    expect(step(7, { op: "read" }, { status: "unknown" })).toEqual({ ok: true, state: 7 });
    expect(step(null, { op: "cas", from: 1, to: 2 }, { status: "unknown" })).toEqual({ ok: true, state: null });
    expect(step(1, { op: "cas", from: 1, to: 2 }, { status: "unknown" })).toEqual({ ok: true, state: 2 });
    expect(step(1, { op: "write", value: 5 }, { status: "unknown" })).toEqual({ ok: true, state: 5 });
  });

  it("reads compare with nil as null", () => {
    expect(step(null, { op: "read" }, { status: "ok", value: null }).ok).toBe(true);
    expect(step(0, { op: "read" }, { status: "ok", value: null }).ok).toBe(false);
    expect(casRegisterModel.describeOperation!({ op: "cas", from: 1, to: 2 }, { status: "fail" })).toBe("cas(1, 2) -> fail");
  });
});

describe("kvModel (one key per partition)", () => {
  it("a missing key reads as the empty string; put replaces and append concatenates", () => {
    let s = kvModel.init();
    expect(kvModel.step(s, { op: "get", key: "k" }, "").ok).toBe(true);
    s = kvModel.step(s, { op: "put", key: "k", value: "ab" }, null).state;
    s = kvModel.step(s, { op: "append", key: "k", value: "c" }, null).state;
    expect(s.value).toBe("abc");
    expect(kvModel.step(s, { op: "get", key: "k" }, "abc").ok).toBe(true);
    expect(kvModel.step(s, { op: "get", key: "k" }, "ab").ok).toBe(false);
    expect(kvModel.step(s, { op: "get", key: "k" }, null).ok).toBe(true); // never returned
  });

  it("groups operations by key, keys in sorted order", () => {
    const op = (key: string) => ({ clientId: 1, input: { op: "get", key } as KvInput, call: 0, output: "", return: 1 });
    const parts = kvModel.partition!([op("b"), op("a"), op("b")]);
    expect(parts.map((p) => p.map((o) => o.input.key))).toEqual([["a"], ["b", "b"]]);
  });
});

describe("kvMapModel (the whole map as one state)", () => {
  const run = (ops: KvInput[]): KvMapState =>
    ops.reduce((s, input) => kvMapModel.step(s, input, null).state, kvMapModel.init());

  it("the same map reached by different paths has the same hash and is equal", () => {
    const a = run([{ op: "put", key: "x", value: "ab" }, { op: "append", key: "y", value: "1" }, { op: "append", key: "x", value: "c" }]);
    const b = run([{ op: "append", key: "y", value: "1" }, { op: "append", key: "x", value: "a" }, { op: "append", key: "x", value: "bc" }]);
    expect(kvMapModel.hash!(a)).toBe(kvMapModel.hash!(b));
    expect(kvMapModel.equal!(a, b)).toBe(true);
    expect(kvMapModel.describeState!(a)).toBe('{"x": "abc", "y": "1"}');
  });

  it("hash agrees with equality on random maps (equal maps never hash apart)", () => {
    const input = fc.record({ op: fc.constantFrom("put", "append"), key: fc.constantFrom("a", "b", "c"), value: fc.constantFrom("", "x", "yz", "xy", "z") }) as fc.Arbitrary<KvInput>;
    fc.assert(
      fc.property(fc.array(input, { maxLength: 6 }), fc.array(input, { maxLength: 6 }), (p, q) => {
        const a = run(p);
        const b = run(q);
        const sameContent = kvMapModel.describeState!(a) === kvMapModel.describeState!(b);
        expect(kvMapModel.equal!(a, b)).toBe(sameContent);
        if (sameContent) expect(kvMapModel.hash!(a)).toBe(kvMapModel.hash!(b));
      }),
      { seed: 5, numRuns: 3000 },
    );
  });
});
