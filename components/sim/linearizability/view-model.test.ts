// The linearizability simulator's model: the lesson's stale read is caught and explained, the
// shifted read passes, pasted histories are refused with the line at fault, and share links
// round-trip a history exactly.
import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import {
  MAX_HISTORY_BYTES,
  decodeHistory,
  encodeHistory,
  historyToJson,
  parseHistoryText,
  type HistoryOp,
} from "./history";
import {
  LINEARIZABILITY_PRESETS,
  buildHistoryView,
  checkHistory,
  describeBar,
  generatedHistory,
  linearizationPoints,
  logLines,
  stepCount,
  verdictSentence,
} from "./view-model";

const noLine = (o: HistoryOp): HistoryOp => {
  const copy = { ...o };
  delete copy.line;
  return copy;
};
const fixture = (n: string) => readFileSync(path.join(__dirname, "../../../e2e/fixtures/porcupine", `etcd_${n}.log`), "utf8");

describe("the lesson's stale read (content/02-consistency-models)", () => {
  const ops = LINEARIZABILITY_PRESETS["stale-read"].history.slice();

  it("is not linearizable, and the read of the old value is the one that breaks it", () => {
    const s = checkHistory(ops);
    expect(s.verdict).toBe("illegal");
    expect(ops[s.blocked!.index]).toMatchObject({ client: 3, op: "read", result: 0 });
    expect(verdictSentence(ops, s)).toMatch(/client 3's read\(\) → 0 returned at 9.*register holds 1/);
  });

  it("marks the blocked bar and the operations left unplaced only at the last step", () => {
    const s = checkHistory(ops);
    const before = buildHistoryView(ops, s, s.order.length);
    expect(before.bars.some((b) => b.mark === "blocked")).toBe(false);
    const last = buildHistoryView(ops, s, stepCount(s));
    expect(last.bars[s.blocked!.index].mark).toBe("blocked");
    expect(last.bars.filter((b) => b.point).map((b) => b.point!.order)).toEqual(s.order.map((_, k) => k + 1));
  });

  it("describes each operation's part: placed in order, or the one that cannot be placed", () => {
    const s = checkHistory(ops);
    const bars = buildHistoryView(ops, s, stepCount(s)).bars;
    expect(describeBar(bars[s.blocked!.index])).toBe("Client 3: read() → 0, called at 7, returned at 9: it cannot be placed: no order of the operations before it makes its result legal.");
    expect(describeBar(bars[1])).toBe("Client 1: write(1), called at 2, returned at 6: it takes effect 2nd; the register then holds 1.");
  });

  it("becomes legal when client 3's read overlaps the write", () => {
    const s = checkHistory(LINEARIZABILITY_PRESETS["overlapping-read"].history.slice());
    expect(s.verdict).toBe("ok");
    expect(s.order).toHaveLength(4);
  });

  it("new-then-old: a read may not go back after another read saw the new value", () => {
    expect(checkHistory(LINEARIZABILITY_PRESETS["new-then-old"].history.slice()).verdict).toBe("illegal");
  });
});

describe("steps and the event log", () => {
  it("one line per placed operation, then the verdict; points stay inside their intervals and in order", () => {
    const ops = LINEARIZABILITY_PRESETS["overlapping-read"].history.slice();
    const s = checkHistory(ops);
    expect(logLines(ops, s, 2)).toHaveLength(2);
    const all = logLines(ops, s, stepCount(s));
    expect(all).toHaveLength(5);
    expect(all[4]).toMatch(/^Linearizable/);
    const pts = linearizationPoints(ops, s.order.map((o) => o.index));
    s.order.forEach((o, k) => {
      expect(pts[k]).toBeGreaterThanOrEqual(ops[o.index].call);
      expect(pts[k]).toBeLessThanOrEqual(ops[o.index].ret!);
      if (k > 0) expect(pts[k]).toBeGreaterThanOrEqual(pts[k - 1]);
    });
  });

  it("generated histories have the verdict asked for, seed by seed", () => {
    for (const seed of [1, 2, 3]) {
      expect(checkHistory(generatedHistory(seed, "illegal")).verdict).toBe("illegal");
      expect(checkHistory(generatedHistory(seed, "ok")).verdict).toBe("ok");
      expect(generatedHistory(seed, "ok")).toEqual(generatedHistory(seed, "ok"));
    }
  });

  it("a step budget too small answers unknown, never a guess", () => {
    const { ops } = parseHistoryText(fixture("002"));
    const s = checkHistory(ops, { maxSteps: 100 });
    expect(s.verdict).toBe("unknown");
    expect(verdictSentence(ops, s)).toMatch(/^Unknown/);
  });
});

describe("pasted Jepsen etcd logs get Porcupine's verdicts", () => {
  it("etcd_000 is not linearizable; etcd_002 is", () => {
    const bad = parseHistoryText(fixture("000"));
    expect(bad.format).toBe("jepsen");
    expect(checkHistory(bad.ops).verdict).toBe("illegal");
    expect(checkHistory(parseHistoryText(fixture("002")).ops).verdict).toBe("ok");
  });

  it("a damaged event line is reported with its line number", () => {
    const lines = fixture("000").split("\n");
    lines[4] = "INFO  jepsen.util - 3\t:invoke\t:cas\t[1 x]";
    expect(() => parseHistoryText(lines.join("\n"))).toThrow(/^line 5: a cas needs \[from to\]/);
  });
});

describe("JSON histories", () => {
  const json = `{ "operations": [
  { "client": 1, "op": "write", "value": 1, "call": 0, "return": 4 },
  { "client": 2, "op": "read", "result": 1, "call": 2, "return": 6 },
  { "client": 3, "op": "cas", "from": 1, "to": 2, "result": "ok", "call": 5, "return": null }
] }`;

  it("reads lists of operations, with pending calls (return null)", () => {
    const { format, ops } = parseHistoryText(json);
    expect(format).toBe("json");
    expect(ops).toHaveLength(3);
    expect(ops[2]).toMatchObject({ op: "cas", ret: null, line: 4 });
    expect(checkHistory(ops).verdict).toBe("ok");
  });

  it("names the line of a malformed operation or a syntax error", () => {
    expect(() => parseHistoryText(json.replace('"call": 2', '"call": "soon"'))).toThrow(/^line 3: "call" must be a whole number/);
    expect(() => parseHistoryText(json.replace('"return": 6 },', '"return": 6 }'))).toThrow(/^line 4: expected "," or "]"/);
    expect(() => parseHistoryText(json.replace('"op": "read"', '"op": "get"'))).toThrow(/^line 3: unknown "op" "get"/);
    expect(() => parseHistoryText(json.replace('"return": 4', '"return": 3, "x": 1').replace('"call": 2', '"call": 2'))).not.toThrow();
    expect(() => parseHistoryText(json.replace('"call": 0, "return": 4', '"call": 5, "return": 4'))).toThrow(/^line 2: returns at 4, before its call at 5/);
  });

  it("refuses a client with two open calls, and text over the size limit", () => {
    const twice = `[{"client":1,"op":"read","result":null,"call":0,"return":5},\n{"client":1,"op":"read","result":null,"call":3,"return":6}]`;
    expect(() => parseHistoryText(twice)).toThrow(/^line 2: client 1 calls at 3 while its read from line 1 is still open/);
    expect(() => parseHistoryText("[" + " ".repeat(MAX_HISTORY_BYTES) + "]")).toThrow(/limit is 256 KB/);
  });

  it("writes back what it reads", () => {
    const { ops } = parseHistoryText(json);
    const again = parseHistoryText(historyToJson(ops)).ops;
    expect(again.map(noLine)).toEqual(ops.map(noLine));
  });
});

describe("share links", () => {
  it("encode and decode a history exactly, and reject damaged text", () => {
    const ops: HistoryOp[] = parseHistoryText(fixture("000")).ops.map(noLine);
    expect(decodeHistory(encodeHistory(ops))).toEqual(ops);
    expect(decodeHistory("1.0.4.r.zz")).toBeNull();
    expect(decodeHistory("1.0.4.q.1")).toBeNull();
    expect(decodeHistory("1.5.4.w.1.o")).toBeNull(); // returns before its call
  });
});
