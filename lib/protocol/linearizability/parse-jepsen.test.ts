// The parsers follow shared/fixtures/porcupine/README.md: the line number is the time, a
// call that never returns is pending past the last event, bad input names its line.
import { describe, expect, it } from "vitest";
import { checkOperations } from "./checker";
import { kvModel } from "./kv-models";
import { HistoryParseError, parseJepsenEtcdLog, parseJepsenKvLog } from "./parse-jepsen";
import { casRegisterModel } from "./register-models";

const etcd = (...events: string[]) => events.map((e) => `INFO  jepsen.util - ${e.replace(/ /g, "\t")}`).join("\n");

describe("parseJepsenEtcdLog", () => {
  it("pairs each return with its process's open call; times are line numbers", () => {
    const ops = parseJepsenEtcdLog(etcd("0 :invoke :write 3", "1 :invoke :read nil", "0 :ok :write 3", "1 :ok :read 3"));
    expect(ops).toEqual([
      { clientId: 0, input: { op: "write", value: 3 }, call: 1, output: { status: "ok" }, return: 3 },
      { clientId: 1, input: { op: "read" }, call: 2, output: { status: "ok", value: 3 }, return: 4 },
    ]);
  });

  it("reads nil as null, and cas succeeds or fails", () => {
    const ops = parseJepsenEtcdLog(
      etcd("0 :invoke :read nil", "0 :ok :read nil", "0 :invoke :cas [1 2]", "0 :fail :cas [1 2]", "0 :invoke :cas [3 4]", "0 :ok :cas [3 4]"),
    );
    expect(ops.map((o) => o.output)).toEqual([{ status: "ok", value: null }, { status: "fail" }, { status: "ok" }]);
    expect(ops[1].input).toEqual({ op: "cas", from: 1, to: 2 });
  });

  it("a timed-out read returns at its :fail line with an unknown outcome", () => {
    const [op] = parseJepsenEtcdLog(etcd("2 :invoke :read nil", "2 :fail :read :timed-out"));
    expect(op).toMatchObject({ call: 1, return: 2, output: { status: "unknown" } });
  });

  it("an :info call stays pending until one past the last event, concurrent with all later calls", () => {
    const ops = parseJepsenEtcdLog(
      etcd("0 :invoke :write 1", "0 :info :write :timed-out", "1 :invoke :read nil", "1 :ok :read 1") + "\nsome trailing noise\n",
    );
    expect(ops[0]).toMatchObject({ call: 1, return: 5, output: { status: "unknown" } });
    // The read of 1 is only explained by the write that may have happened late.
    expect(checkOperations(casRegisterModel, ops).verdict).toBe("ok");
  });

  it("accepts space-aligned columns as Jepsen prints them for wide process numbers", () => {
    const ops = parseJepsenEtcdLog("INFO  jepsen.util - 12   :invoke :write  4\nINFO  jepsen.util - 12   :ok     :write  4");
    expect(ops).toHaveLength(1);
    expect(ops[0].clientId).toBe(12);
  });

  it("ignores lines that are not client events, such as the nemesis's", () => {
    expect(parseJepsenEtcdLog("hello\nDEBUG something else\n\n")).toEqual([]);
    expect(parseJepsenEtcdLog("INFO  jepsen.util - :nemesis\t:info\t:start\tnil")).toEqual([]);
  });

  it.each([
    ["a return with no open call", etcd("0 :ok :write 3"), /line 1: process 0 completes :write but has no open call/],
    ["a return of another operation", etcd("0 :invoke :read nil", "0 :ok :write 3"), /line 2: .*open call \(line 1\) is :read/],
    ["a second call while one is open", etcd("0 :invoke :read nil", "0 :invoke :read nil"), /line 2: process 0 invokes/],
    ["a malformed value", etcd("0 :invoke :write x"), /line 1: a write needs an integer value \(got "x"\)/],
    ["a malformed cas", etcd("0 :invoke :cas [1]"), /line 1: a cas needs \[from to\]/],
    ["an unknown operation", etcd("0 :invoke :delete 1"), /line 1: unsupported operation :delete/],
  ])("rejects %s with an error naming the line", (_, text, message) => {
    expect(() => parseJepsenEtcdLog(text)).toThrow(message);
    expect(() => parseJepsenEtcdLog(text)).toThrow(HistoryParseError);
  });
});

describe("parseJepsenKvLog", () => {
  const kv = (p: number, type: string, f: string, key: string, value: string | null) =>
    `{:process ${p}, :type :${type}, :f :${f}, :key "${key}", :value ${value === null ? "nil" : `"${value}"`}}`;

  it("reads get / put / append with their keys and values", () => {
    const ops = parseJepsenKvLog(
      [kv(0, "invoke", "append", "k", "x 0 0 y"), kv(1, "invoke", "get", "k", null), kv(0, "ok", "append", "k", "x 0 0 y"), kv(1, "ok", "get", "k", "")].join("\n"),
    );
    expect(ops).toEqual([
      { clientId: 0, input: { op: "append", key: "k", value: "x 0 0 y" }, call: 1, output: null, return: 3 },
      { clientId: 1, input: { op: "get", key: "k" }, call: 2, output: "", return: 4 },
    ]);
  });

  it("a get that never returns is pending with an unknown (null) result", () => {
    const ops = parseJepsenKvLog([kv(0, "invoke", "get", "k", null), kv(1, "invoke", "put", "k", "v"), kv(1, "ok", "put", "k", "v")].join("\n"));
    expect(ops[0]).toMatchObject({ output: null, return: 4 });
    expect(checkOperations(kvModel, ops).verdict).toBe("ok");
  });

  it("drops a :fail call, which definitely did not happen", () => {
    const ops = parseJepsenKvLog([kv(0, "invoke", "put", "k", "v"), kv(0, "fail", "put", "k", "v")].join("\n"));
    expect(ops).toEqual([]);
  });

  it.each([
    ["a line in another format", "{:process 0 :type :invoke}", /line 1: expected \{:process N/],
    ["a put without a value", kv(0, "invoke", "put", "k", null), /line 1: :put needs a string value/],
    ["a return with no open call", kv(3, "ok", "get", "k", "v"), /line 1: process 3 completes :get but has no open call/],
    ["a return on another key", `${kv(0, "invoke", "get", "a", null)}\n${kv(0, "ok", "get", "b", "")}`, /line 2: completes key "b"/],
  ])("rejects %s with an error naming the line", (_, text, message) => {
    expect(() => parseJepsenKvLog(text)).toThrow(message);
  });
});
