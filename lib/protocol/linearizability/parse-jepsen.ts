// Parsers for the recorded Jepsen histories in shared/fixtures/porcupine (see its README).
// Time is the 1-based line number of the event: the file order is the real-time order.
// A call that never returns stays pending: its return is one past the last event's line,
// so it is concurrent with everything after its call, and its output is "unknown".
import type { CasRegisterInput, CasRegisterOutput } from "./register-models";
import type { KvInput, KvOutput } from "./kv-models";
import type { Operation } from "./types";

export class HistoryParseError extends Error {
  constructor(
    readonly line: number,
    message: string,
  ) {
    super(`line ${line}: ${message}`);
    this.name = "HistoryParseError";
  }
}

interface Pending<I, O> {
  op: Operation<I, O>;
  f: string;
}

/** Shared bookkeeping: one open call per process, returns matched to it. */
function tracker<I, O>(pendingOutput: O) {
  const ops: Operation<I, O>[] = [];
  const open = new Map<number, Pending<I, O>>();
  const abandoned: Operation<I, O>[] = [];
  let lastLine = 0;
  return {
    seen(line: number) {
      lastLine = line;
    },
    invoke(line: number, process: number, f: string, input: I) {
      const prev = open.get(process);
      if (prev) {
        throw new HistoryParseError(line, `process ${process} invokes :${f} while its :${prev.f} from line ${prev.op.call} is still open`);
      }
      const op: Operation<I, O> = { clientId: process, input, call: line, output: pendingOutput, return: Infinity };
      ops.push(op);
      open.set(process, { op, f });
    },
    complete(line: number, process: number, f: string): Operation<I, O> {
      const pending = open.get(process);
      if (!pending) throw new HistoryParseError(line, `process ${process} completes :${f} but has no open call`);
      if (pending.f !== f) {
        throw new HistoryParseError(line, `process ${process} completes :${f} but its open call (line ${pending.op.call}) is :${pending.f}`);
      }
      open.delete(process);
      pending.op.return = line;
      return pending.op;
    },
    drop(op: Operation<I, O>) {
      ops.splice(ops.indexOf(op), 1);
    },
    /** `:info`: the outcome will never be known; the call stays open to the end, while
     *  the process (Jepsen retires it) frees its slot. */
    abandon(line: number, process: number, f: string) {
      const pending = open.get(process);
      if (!pending || pending.f !== f) return;
      open.delete(process);
      abandoned.push(pending.op);
    },
    finish(): Operation<I, O>[] {
      for (const { op } of open.values()) op.return = lastLine + 1;
      for (const op of abandoned) op.return = lastLine + 1;
      return ops;
    },
  };
}

const INT = /^-?\d+$/;
const CAS_ARG = /^\[\s*(-?\d+)\s+(-?\d+)\s*\]$/;
const ETCD_EVENT = /^INFO\s+jepsen\.util\s+-\s+(\S+)\s+:(\S+)\s+:(\S+)\s*(.*?)\s*$/;

/** Jepsen's etcd log (one event per line) to operations for casRegisterModel. */
export function parseJepsenEtcdLog(text: string): Operation<CasRegisterInput, CasRegisterOutput>[] {
  const t = tracker<CasRegisterInput, CasRegisterOutput>({ status: "unknown" });
  text.split(/\r?\n/).forEach((raw, i) => {
    const line = i + 1;
    if (!/^INFO\s+jepsen\.util\s+-\s+/.test(raw)) return; // not an event line
    const m = ETCD_EVENT.exec(raw);
    if (!m) throw new HistoryParseError(line, `cannot read this Jepsen event: ${raw.trim()}`);
    const [, proc, type, f, arg] = m;
    if (!INT.test(proc)) return; // e.g. ":nemesis" events: faults injected, not client calls
    const process = Number(proc);
    t.seen(line);
    const bad = (what: string) => new HistoryParseError(line, `${what} (got "${arg}")`);
    if (type === "info") return t.abandon(line, process, f); // outcome unknown: stays pending
    if (f !== "read" && f !== "write" && f !== "cas") throw new HistoryParseError(line, `unsupported operation :${f}`);
    if (type === "invoke") {
      if (f === "read") {
        if (arg !== "nil") throw bad("a read is invoked with nil");
        t.invoke(line, process, f, { op: "read" });
      } else if (f === "write") {
        if (!INT.test(arg)) throw bad("a write needs an integer value");
        t.invoke(line, process, f, { op: "write", value: Number(arg) });
      } else {
        const c = CAS_ARG.exec(arg);
        if (!c) throw bad("a cas needs [from to]");
        t.invoke(line, process, f, { op: "cas", from: Number(c[1]), to: Number(c[2]) });
      }
    } else if (type === "ok") {
      if (f === "read" && arg !== "nil" && !INT.test(arg)) throw bad("a read returns nil or an integer");
      if (f !== "read" && !(f === "write" ? INT.test(arg) : CAS_ARG.test(arg))) throw bad(`malformed :${f} result`);
      const op = t.complete(line, process, f);
      op.output = f === "read" ? { status: "ok", value: arg === "nil" ? null : Number(arg) } : { status: "ok" };
    } else if (type === "fail") {
      if (f === "read" && arg === ":timed-out") {
        t.complete(line, process, f).output = { status: "unknown" };
      } else if (f === "cas" && CAS_ARG.test(arg)) {
        t.complete(line, process, f).output = { status: "fail" };
      } else {
        throw bad(`unsupported :fail :${f}`);
      }
    } else {
      throw new HistoryParseError(line, `unknown event type :${type}`);
    }
  });
  return t.finish();
}

const KV_EVENT =
  /^\{:process (\d+), :type :(\w+), :f :(\w+), :key "((?:[^"\\]|\\.)*)", :value (nil|"((?:[^"\\]|\\.)*)")\}$/;

/** The EDN-like kv histories (one map per line) to operations for kvModel / kvMapModel.
 *  `:info` leaves the call pending; `:fail` means it did not happen, so it is dropped. */
export function parseJepsenKvLog(text: string): Operation<KvInput, KvOutput>[] {
  const t = tracker<KvInput, KvOutput>(null);
  text.split(/\r?\n/).forEach((raw, i) => {
    const line = i + 1;
    const trimmed = raw.trim();
    if (trimmed === "") return;
    const m = KV_EVENT.exec(trimmed);
    if (!m) throw new HistoryParseError(line, `expected {:process N, :type :T, :f :F, :key "K", :value V}, got: ${trimmed}`);
    const [, proc, type, f, rawKey, rawValue, quoted] = m;
    const unquote = (s: string) => {
      try {
        return JSON.parse(`"${s}"`) as string;
      } catch {
        throw new HistoryParseError(line, `bad string escape in "${s}"`);
      }
    };
    const process = Number(proc);
    const key = unquote(rawKey);
    const value = rawValue === "nil" ? null : unquote(quoted);
    t.seen(line);
    if (f !== "get" && f !== "put" && f !== "append") throw new HistoryParseError(line, `unsupported operation :${f}`);
    if (type === "invoke") {
      if (f === "get") t.invoke(line, process, f, { op: "get", key });
      else if (value === null) throw new HistoryParseError(line, `:${f} needs a string value`);
      else t.invoke(line, process, f, { op: f, key, value });
    } else if (type === "ok") {
      const op = t.complete(line, process, f);
      if (op.input.key !== key) throw new HistoryParseError(line, `completes key "${key}" but the call (line ${op.call}) was on key "${op.input.key}"`);
      op.output = f === "get" ? (value ?? "") : null;
    } else if (type === "fail") {
      t.drop(t.complete(line, process, f));
    } else if (type === "info") {
      t.abandon(line, process, f);
    } else {
      throw new HistoryParseError(line, `unknown event type :${type}`);
    }
  });
  return t.finish();
}
