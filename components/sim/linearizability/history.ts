// The register history the linearizability simulator edits, checks and shares: one shape for
// hand-built, generated, pasted-JSON and Jepsen histories, converted to the engine's
// casRegisterModel operations for checking. Format documented in README ("JSON history").
import {
  HistoryParseError,
  parseJepsenEtcdLog,
  type CasRegisterInput,
  type CasRegisterOutput,
  type Operation,
} from "@/lib/protocol";
import { HistoryInputError, parseLocatedJson, type Located } from "./json-lines";

export { HistoryInputError };

/** Input limits: larger pastes are refused before parsing, longer histories before checking. */
export const MAX_HISTORY_BYTES = 256 * 1024;
export const MAX_OPERATIONS = 2000;
export const MAX_CLIENTS = 64;

export type HistoryOp = {
  client: number;
  call: number;
  /** null: the call never returned (pending to the end of the history). */
  ret: number | null;
  /** Source line, when the operation came from pasted text. */
  line?: number;
} & (
  | { op: "read"; result: number | null | "unknown" }
  | { op: "write"; value: number; result: "ok" | "unknown" }
  | { op: "cas"; from: number; to: number; result: "ok" | "fail" | "unknown" }
);

export type EngineOp = Operation<CasRegisterInput, CasRegisterOutput>;

const isInt = (v: unknown): v is number => typeof v === "number" && Number.isInteger(v);

/** Sorts by call time and checks what the checker and the lanes rely on. */
export function validateHistory(ops: HistoryOp[]): HistoryOp[] {
  if (ops.length > MAX_OPERATIONS) {
    throw new HistoryInputError(ops[MAX_OPERATIONS].line ?? 1, `more than ${MAX_OPERATIONS} operations (the limit); cut the history down`);
  }
  const sorted = ops.slice().sort((a, b) => a.call - b.call || a.client - b.client);
  const open = new Map<number, HistoryOp>();
  const clients = new Set<number>();
  for (const op of sorted) {
    const where = op.line ?? 1;
    if (op.ret !== null && op.ret < op.call) throw new HistoryInputError(where, `returns at ${op.ret}, before its call at ${op.call}`);
    clients.add(op.client);
    if (clients.size > MAX_CLIENTS) throw new HistoryInputError(where, `more than ${MAX_CLIENTS} clients (the limit)`);
    const prev = open.get(op.client);
    // A client is sequential: its next call starts after its previous one returned.
    if (prev && (prev.ret === null || prev.ret >= op.call)) {
      throw new HistoryInputError(
        where,
        `client ${op.client} calls at ${op.call} while its ${prev.op} from ${prev.line ? `line ${prev.line}` : `time ${prev.call}`} is still open`,
      );
    }
    open.set(op.client, op);
  }
  return sorted;
}

function field(obj: Extract<Located, { kind: "object" }>, name: string): Located | undefined {
  return obj.fields.get(name);
}

function intField(obj: Extract<Located, { kind: "object" }>, name: string, what: string): number {
  const v = field(obj, name);
  if (!v || v.kind !== "number" || !Number.isInteger(v.value)) {
    throw new HistoryInputError(v?.line ?? obj.line, `"${name}" must be a whole number (${what})`);
  }
  return v.value;
}

function readOp(item: Located): HistoryOp {
  if (item.kind !== "object") throw new HistoryInputError(item.line, "each operation must be an object like {\"client\": 1, \"op\": \"read\", …}");
  const line = item.line;
  const client = intField(item, "client", "the client's number");
  if (client < 0) throw new HistoryInputError(line, `"client" must be 0 or more, got ${client}`);
  const call = intField(item, "call", "the time of the call");
  const r = field(item, "return");
  let ret: number | null;
  if (!r || r.kind === "null") ret = null;
  else if (r.kind === "number" && Number.isInteger(r.value)) ret = r.value;
  else throw new HistoryInputError(r.line, `"return" must be a whole number, or null for a call that never returned`);
  const kind = field(item, "op");
  if (!kind || kind.kind !== "string") throw new HistoryInputError(line, `"op" must be "read", "write" or "cas"`);
  const result = field(item, "result");
  const base = { client, call, ret, line };
  switch (kind.value) {
    case "read": {
      if (!result) return { ...base, op: "read", result: "unknown" };
      if (result.kind === "null") return { ...base, op: "read", result: null };
      if (result.kind === "number" && Number.isInteger(result.value)) return { ...base, op: "read", result: result.value };
      if (result.kind === "string" && result.value === "unknown") return { ...base, op: "read", result: "unknown" };
      throw new HistoryInputError(result.line, `a read's "result" is the value read: a whole number, null (never written) or "unknown"`);
    }
    case "write": {
      const value = intField(item, "value", "the value written");
      if (result && !(result.kind === "string" && (result.value === "ok" || result.value === "unknown"))) {
        throw new HistoryInputError(result.line, `a write's "result" is "ok" (the default) or "unknown"`);
      }
      const status = result?.kind === "string" && result.value === "unknown" ? "unknown" : "ok";
      return { ...base, op: "write", value, result: status };
    }
    case "cas": {
      const from = intField(item, "from", "the expected value");
      const to = intField(item, "to", "the new value");
      if (!result || result.kind !== "string" || !["ok", "fail", "unknown"].includes(result.value)) {
        throw new HistoryInputError(result?.line ?? line, `a cas needs "result": "ok", "fail" or "unknown"`);
      }
      return { ...base, op: "cas", from, to, result: result.value as "ok" | "fail" | "unknown" };
    }
    default:
      throw new HistoryInputError(kind.line, `unknown "op" "${kind.value}": use "read", "write" or "cas"`);
  }
}

/** A JSON history: either a list of operations or { "operations": [...] }. */
export function parseJsonHistory(text: string): HistoryOp[] {
  const doc = parseLocatedJson(text);
  let list: Located | undefined = doc;
  if (doc.kind === "object") {
    list = doc.fields.get("operations");
    if (!list) throw new HistoryInputError(doc.line, `expected a list of operations or an object with "operations"`);
  }
  if (list.kind !== "array") throw new HistoryInputError(list.line, `"operations" must be a list`);
  if (list.items.length > MAX_OPERATIONS) {
    throw new HistoryInputError(list.items[MAX_OPERATIONS].line, `more than ${MAX_OPERATIONS} operations (the limit); cut the history down`);
  }
  return validateHistory(list.items.map(readOp));
}

export function fromEngineOp(o: EngineOp, line?: number): HistoryOp {
  const ret = o.return === Infinity ? null : o.return;
  const base = { client: o.clientId, call: o.call, ret, ...(line === undefined ? {} : { line }) };
  const out = o.output;
  switch (o.input.op) {
    case "read":
      return { ...base, op: "read", result: out.status === "ok" ? (out.value ?? null) : "unknown" };
    case "write":
      return { ...base, op: "write", value: o.input.value, result: out.status === "ok" ? "ok" : "unknown" };
    case "cas":
      return { ...base, op: "cas", from: o.input.from, to: o.input.to, result: out.status };
  }
}

/** The engine's casRegisterModel operation for one history operation. */
export function toEngineOp(op: HistoryOp, end: number): EngineOp {
  const call = op.call;
  const ret = op.ret ?? end;
  switch (op.op) {
    case "read":
      return { clientId: op.client, call, return: ret, input: { op: "read" }, output: op.result === "unknown" ? { status: "unknown" } : { status: "ok", value: op.result } };
    case "write":
      return { clientId: op.client, call, return: ret, input: { op: "write", value: op.value }, output: { status: op.result } };
    case "cas":
      return { clientId: op.client, call, return: ret, input: { op: "cas", from: op.from, to: op.to }, output: { status: op.result } };
  }
}

/** Where a pending call ends: one past the last event, so it overlaps everything after its call. */
export function historyEnd(ops: HistoryOp[]): number {
  return ops.reduce((m, o) => Math.max(m, o.call, o.ret ?? o.call), 0) + 1;
}

export function toEngineHistory(ops: HistoryOp[]): EngineOp[] {
  const end = historyEnd(ops);
  return ops.map((o) => toEngineOp(o, end));
}

export type PastedFormat = "json" | "jepsen";

/** Guesses the format: Jepsen logs have "jepsen.util" event lines; anything else is JSON. */
export function detectFormat(text: string): PastedFormat {
  return /^\s*INFO\s+jepsen\.util\b/m.test(text) ? "jepsen" : "json";
}

/** Pasted or uploaded text to a history; throws HistoryInputError naming the line. */
export function parseHistoryText(text: string): { format: PastedFormat; ops: HistoryOp[] } {
  const bytes = new TextEncoder().encode(text).length;
  if (bytes > MAX_HISTORY_BYTES) {
    throw new HistoryInputError(1, `the text is ${Math.ceil(bytes / 1024)} KB; the limit is ${MAX_HISTORY_BYTES / 1024} KB`);
  }
  if (text.trim() === "") throw new HistoryInputError(1, "nothing to check: paste a JSON history or a Jepsen etcd log");
  const format = detectFormat(text);
  if (format === "json") return { format, ops: parseJsonHistory(text) };
  let engineOps: EngineOp[];
  try {
    engineOps = parseJepsenEtcdLog(text);
  } catch (e) {
    if (e instanceof HistoryParseError) throw new HistoryInputError(e.line, e.message.replace(/^line \d+: /, ""));
    throw e;
  }
  if (engineOps.length === 0) throw new HistoryInputError(1, "the log has no client operations (no :invoke lines)");
  // Jepsen time is the line number; a pending call's return is past the end, which we show as pending.
  // The parser ends pending calls one past the last client event line.
  let last = 0;
  text.split(/\r?\n/).forEach((l, i) => {
    if (/^INFO\s+jepsen\.util\s+-\s+\d+\s/.test(l)) last = i + 1;
  });
  const ops = engineOps.map((o) => fromEngineOp(o.return > last ? { ...o, return: Infinity } : o, o.call));
  return { format, ops: validateHistory(ops) };
}

/** The JSON history format, written back (for "copy as JSON" and the editor). */
export function historyToJson(ops: HistoryOp[]): string {
  const lines = ops.map((o) => {
    const base: Record<string, unknown> = { client: o.client, op: o.op };
    if (o.op === "write") base.value = o.value;
    if (o.op === "cas") Object.assign(base, { from: o.from, to: o.to });
    if (!(o.op === "write" && o.result === "ok")) base.result = o.result;
    Object.assign(base, { call: o.call, return: o.ret });
    return "  " + JSON.stringify(base);
  });
  return `{ "operations": [\n${lines.join(",\n")}\n] }\n`;
}

// ---- share links: a compact, URL-safe encoding of a history ----

const RESULT_CODE = { ok: "o", fail: "f", unknown: "u" } as const;

/** One token per operation: client.kind.args.call.return, joined by "~". */
export function encodeHistory(ops: HistoryOp[]): string {
  return ops
    .map((o) => {
      const ret = o.ret === null ? "p" : String(o.ret);
      const head = `${o.client}.${o.call}.${ret}`;
      if (o.op === "read") return `${head}.r.${o.result === null ? "n" : o.result === "unknown" ? "u" : o.result}`;
      if (o.op === "write") return `${head}.w.${o.value}.${RESULT_CODE[o.result]}`;
      return `${head}.c.${o.from}.${o.to}.${RESULT_CODE[o.result]}`;
    })
    .join("~");
}

const RESULT_NAME: Record<string, "ok" | "fail" | "unknown"> = { o: "ok", f: "fail", u: "unknown" };

/** Inverse of encodeHistory; null when the text does not decode to a valid history. */
export function decodeHistory(text: string): HistoryOp[] | null {
  if (text === "") return [];
  const tokens = text.split("~");
  if (tokens.length > MAX_OPERATIONS) return null;
  const int = (s: string | undefined) => (s !== undefined && /^-?\d+$/.test(s) ? Number(s) : NaN);
  const ops: HistoryOp[] = [];
  for (const t of tokens) {
    const [c, call, ret, kind, a, b, r] = t.split(".");
    const base = { client: int(c), call: int(call), ret: ret === "p" ? null : int(ret) };
    if (!isInt(base.client) || !isInt(base.call) || (base.ret !== null && !isInt(base.ret))) return null;
    if (kind === "r") {
      const result = a === "n" ? null : a === "u" ? "unknown" : int(a);
      if (result !== null && result !== "unknown" && !isInt(result)) return null;
      ops.push({ ...base, op: "read", result });
    } else if (kind === "w") {
      const result = RESULT_NAME[b];
      if (!isInt(int(a)) || (result !== "ok" && result !== "unknown")) return null;
      ops.push({ ...base, op: "write", value: int(a), result });
    } else if (kind === "c") {
      const result = RESULT_NAME[r];
      if (!isInt(int(a)) || !isInt(int(b)) || !result) return null;
      ops.push({ ...base, op: "cas", from: int(a), to: int(b), result });
    } else return null;
  }
  try {
    return validateHistory(ops);
  } catch {
    return null;
  }
}

/** Words for one operation, as the event log and the bars say it. */
export function describeOp(o: HistoryOp): string {
  const v = (x: number | null | "unknown") => (x === null ? "null" : String(x));
  switch (o.op) {
    case "read":
      return `read() → ${v(o.result)}`;
    case "write":
      return `write(${o.value})${o.result === "unknown" ? " → unknown" : ""}`;
    case "cas":
      return `cas(${o.from}, ${o.to}) → ${o.result}`;
  }
}
