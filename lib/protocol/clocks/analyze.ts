import { ClockTraceError, type StampedEvent, type Trace } from "./types";

export interface ClockAnalysis {
  readonly processes: number;
  /** Events in trace order, each with its Lamport and vector timestamps. */
  readonly events: ReadonlyArray<StampedEvent>;
  event(id: string): StampedEvent;
  /** a → b: a is before b on one process, or a chain of program order and messages leads from a to b. */
  happensBefore(a: string, b: string): boolean;
  /** Neither a → b nor b → a (an event is not concurrent with itself). */
  concurrent(a: string, b: string): boolean;
  /** Every event concurrent with `id`, in trace order. */
  concurrentWith(id: string): string[];
  /**
   * Lamport's total order "⇒" (1978, §3): by timestamp, ties broken by process id. Every node that
   * knew all events would agree on it, and it extends happens-before; but an earlier position
   * does NOT mean causally earlier (errata E61).
   */
  totalOrder(): string[];
}

export type VectorOrder = "before" | "after" | "equal" | "concurrent";

/** Compare two vector timestamps component-wise (Mattern 1989, Def. 5). */
export function compareVectors(a: ReadonlyArray<number>, b: ReadonlyArray<number>): VectorOrder {
  if (a.length !== b.length) throw new RangeError("vectors have different lengths");
  let less = false;
  let greater = false;
  for (let i = 0; i < a.length; i++) {
    if (a[i] < b[i]) less = true;
    else if (a[i] > b[i]) greater = true;
  }
  if (less && greater) return "concurrent";
  if (less) return "before";
  if (greater) return "after";
  return "equal";
}

/** Validates a trace and stamps every event with both clocks. Throws ClockTraceError. */
export function analyzeTrace(trace: Trace): ClockAnalysis {
  const n = trace.processes;
  if (!Number.isInteger(n) || n < 1) {
    throw new ClockTraceError("bad-process-count", `a trace needs a whole number of processes ≥ 1, got ${n}`);
  }
  const lamport = new Array<number>(n).fill(0);
  const vector: number[][] = Array.from({ length: n }, () => new Array<number>(n).fill(0));
  const counts = new Array<number>(n).fill(0);
  const byId = new Map<string, StampedEvent>();
  const sends = new Map<string, { event: StampedEvent; to: number; received: boolean }>();
  const stamped: StampedEvent[] = [];

  for (const e of trace.events) {
    if (typeof e.id !== "string" || e.id === "") {
      throw new ClockTraceError("bad-event-id", "every event needs a non-empty string id");
    }
    if (byId.has(e.id)) throw new ClockTraceError("duplicate-event-id", `event id "${e.id}" is used twice`, e.id);
    if (!Number.isInteger(e.process) || e.process < 1 || e.process > n) {
      throw new ClockTraceError("bad-process", `event "${e.id}" is on process ${e.process}, but processes are 1..${n}`, e.id);
    }
    const p = e.process - 1;
    // Lamport IR1 / vector rule: tick before every event; a receive first merges the sender's clock.
    const v = vector[p].slice();
    let l = lamport[p];
    let peer: number | null = null;
    let message: string | null = null;
    let sendEventId: string | null = null;
    if (e.kind === "send") {
      if (!Number.isInteger(e.to) || e.to < 1 || e.to > n) {
        throw new ClockTraceError("bad-process", `send "${e.id}" goes to process ${e.to}, but processes are 1..${n}`, e.id);
      }
      if (e.to === e.process) throw new ClockTraceError("send-to-self", `send "${e.id}" goes to its own process`, e.id);
      if (sends.has(e.message)) {
        throw new ClockTraceError("duplicate-message", `message "${e.message}" is sent twice (at "${sends.get(e.message)!.event.id}" and "${e.id}")`, e.id);
      }
      peer = e.to;
      message = e.message;
    } else if (e.kind === "receive") {
      const send = sends.get(e.message);
      if (!send) {
        throw new ClockTraceError("unmatched-receive", `receive "${e.id}" has no earlier send of message "${e.message}"`, e.id);
      }
      if (send.to !== e.process) {
        throw new ClockTraceError("wrong-receiver", `message "${e.message}" was sent to process ${send.to}, but "${e.id}" receives it on process ${e.process}`, e.id);
      }
      if (send.received) throw new ClockTraceError("message-received-twice", `message "${e.message}" is received twice`, e.id);
      send.received = true;
      // IR2: on receipt, the clock jumps past the message's timestamp.
      l = Math.max(l, send.event.lamport);
      for (let i = 0; i < n; i++) v[i] = Math.max(v[i], send.event.vector[i]);
      peer = send.event.process;
      message = e.message;
      sendEventId = send.event.id;
    } else if (e.kind !== "local") {
      throw new ClockTraceError("bad-event-kind", `event "${(e as { id: string }).id}" has kind "${(e as { kind: string }).kind}"; use local, send or receive`, (e as { id: string }).id);
    }
    l += 1;
    v[p] += 1;
    counts[p] += 1;
    lamport[p] = l;
    vector[p] = v;
    const s: StampedEvent = {
      id: e.id, process: e.process, kind: e.kind, indexInProcess: counts[p],
      peer, message, sendEventId, lamport: l, vector: Object.freeze(v.slice()),
    };
    byId.set(e.id, s);
    stamped.push(s);
    if (e.kind === "send") sends.set(e.message, { event: s, to: e.to, received: false });
  }

  const get = (id: string): StampedEvent => {
    const s = byId.get(id);
    if (!s) throw new ClockTraceError("unknown-event", `there is no event "${id}" in this trace`, id);
    return s;
  };
  // Vector clocks characterise happens-before exactly: a → b iff V(a) < V(b) (Mattern 1989, Thm 10).
  const happensBefore = (a: string, b: string) => compareVectors(get(a).vector, get(b).vector) === "before";
  const concurrent = (a: string, b: string) => compareVectors(get(a).vector, get(b).vector) === "concurrent";

  return {
    processes: n,
    events: stamped,
    event: get,
    happensBefore,
    concurrent,
    concurrentWith: (id) => {
      get(id);
      return stamped.filter((s) => concurrent(id, s.id)).map((s) => s.id);
    },
    totalOrder: () =>
      stamped
        .slice()
        .sort((x, y) => x.lamport - y.lamport || x.process - y.process)
        .map((s) => s.id),
  };
}
