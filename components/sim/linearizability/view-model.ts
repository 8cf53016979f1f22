// The linearizability simulator's view model: a register history and the checker's answer
// turned into lanes, bars, linearization points, highlights and sentences. Pure: the drawing
// (history-lanes.tsx) and the quiz's generated exercises both take what this returns.
import { casRegisterModel, checkOperations, generateRegisterExercise, type LinearizabilityResult } from "@/lib/protocol";
import type { CasRegisterInput, CasRegisterOutput, RegisterState } from "@/lib/protocol";
import { describeOp, fromEngineOp, historyEnd, toEngineHistory, type HistoryOp } from "./history";

export type Verdict = "ok" | "illegal" | "unknown";

/** What the worker sends back: the engine's result, reduced to plain data about history indexes. */
export interface CheckSummary {
  verdict: Verdict;
  /** Why the answer is "unknown". */
  reason: "timeout" | "step-budget" | "cancelled" | null;
  steps: number;
  explanation: string;
  /** The full linearization (ok) or the longest legal prefix found (illegal). */
  order: { index: number; stateAfter: string }[];
  /** The operation that could not be placed after `order`, with what could have gone next. */
  blocked: { index: number; state: string; candidates: { index: number; legalNow: boolean }[] } | null;
}

type CasResult = LinearizabilityResult<RegisterState, CasRegisterInput, CasRegisterOutput>;

export function summarizeResult(result: CasResult): CheckSummary {
  const part = result.partitions[0];
  return {
    verdict: result.verdict,
    reason: result.reason,
    steps: result.steps,
    explanation: result.explanation,
    order: part ? part.linearization.map((s) => ({ index: s.index, stateAfter: s.stateDescription })) : [],
    blocked: part?.failure
      ? {
          index: part.failure.index,
          state: part.failure.stateDescription,
          candidates: part.failure.candidates.map((c) => ({ index: c.index, legalNow: c.legalNow })),
        }
      : null,
  };
}

/** The check on the main thread (tests, tiny histories); the page uses checker.worker.ts. */
export function checkHistory(ops: HistoryOp[], options: { timeoutMs?: number; maxSteps?: number } = {}): CheckSummary {
  if (ops.length === 0) {
    return { verdict: "ok", reason: null, steps: 0, explanation: "An empty history is linearizable.", order: [], blocked: null };
  }
  return summarizeResult(checkOperations(casRegisterModel, toEngineHistory(ops), options));
}

// ---- presets ----

const w = (client: number, call: number, ret: number | null, value: number): HistoryOp => ({ client, call, ret, op: "write", value, result: "ok" });
const r = (client: number, call: number, ret: number | null, result: number | null): HistoryOp => ({ client, call, ret, op: "read", result });

export const LINEARIZABILITY_PRESETS = {
  // The lesson's figure, times doubled: C's read starts after the write of 1 was acknowledged.
  "stale-read": {
    title: "Stale read",
    text: "Client 3 starts reading after the write of 1 was acknowledged, yet reads the old value 0.",
    history: [w(1, 0, 1, 0), w(1, 2, 6, 1), r(2, 4, 8, 1), r(3, 7, 9, 0)],
  },
  // Shift client 3 to start before the write returns: the same results are legal.
  "overlapping-read": {
    title: "Overlapping read",
    text: "The same results, but client 3's read overlaps the write: it may take effect before it.",
    history: [w(1, 0, 1, 0), w(1, 2, 6, 1), r(2, 4, 8, 1), r(3, 5, 9, 0)],
  },
  // Once any read returned the new value, later reads may not go back to the old one.
  "new-then-old": {
    title: "New then old",
    text: "The write of 1 is still in flight; client 2 reads 1, then client 3, starting later, reads 0.",
    history: [w(1, 0, 1, 0), w(1, 2, 14, 1), r(2, 3, 5, 1), r(3, 7, 9, 0)],
  },
  empty: { title: "Empty (build your own)", text: "No operations yet: add some below.", history: [] as HistoryOp[] },
} as const;

export type LinearizabilityPreset = keyof typeof LINEARIZABILITY_PRESETS;
export const LINEARIZABILITY_PRESET_NAMES = Object.keys(LINEARIZABILITY_PRESETS) as LinearizabilityPreset[];

/** A seeded history from the engine's generator, with the verdict asked for. */
export function generatedHistory(seed: number, verdict: "ok" | "illegal"): HistoryOp[] {
  return generateRegisterExercise({ seed, verdict }).history.map((o) =>
    fromEngineOp({ clientId: o.clientId, call: o.call, return: o.return, input: o.input, output: o.input.op === "read" ? { status: "ok", value: o.output } : { status: "ok" } }),
  );
}

// ---- the drawing ----

export const LANE_HEIGHT = 44;
export const LANE_LABEL = 86;
const BAR_HEIGHT = 24;

export type BarMark = "plain" | "placed" | "blocked" | "candidate" | "unplaced";

export interface BarView {
  index: number;
  client: number;
  x0: number;
  x1: number;
  y: number;
  height: number;
  pending: boolean;
  label: string;
  /** Full sentence for screen readers and the tooltip. */
  title: string;
  mark: BarMark;
  /** Linearization point, when this operation is placed by the current step. */
  point: { x: number; order: number; stateAfter: string } | null;
}

export interface HistoryView {
  width: number;
  height: number;
  lanes: { client: number; label: string; y: number }[];
  bars: BarView[];
  ticks: { x: number; label: string }[];
  /** The linearization so far, as a path through the points in order. */
  path: { x: number; y: number }[];
  x(t: number): number;
}

/** Times at which each placed operation takes effect: in order, inside each interval. */
export function linearizationPoints(ops: HistoryOp[], order: number[]): number[] {
  const end = historyEnd(ops);
  const points: number[] = [];
  let prev = -Infinity;
  for (const i of order) {
    const o = ops[i];
    const hi = o.ret ?? end;
    // A little after the previous point when the interval allows, so the order reads left to right.
    let p = Math.max(o.call, prev + 0.3);
    if (p > hi) p = Math.max(o.call, prev);
    points.push(p);
    prev = p;
  }
  return points;
}

/**
 * Lays out `ops` (sorted by call) with the first `step` operations of the summary's order placed.
 * step = order.length + 1 also marks the blocked operation (a failing history's last step).
 */
export function buildHistoryView(ops: HistoryOp[], summary: CheckSummary | null, step: number, opts: { pxPerUnit?: number; minWidth?: number } = {}): HistoryView {
  const clients = [...new Set(ops.map((o) => o.client))].sort((a, b) => a - b);
  const laneOf = new Map(clients.map((c, i) => [c, i]));
  const t0 = ops.length ? Math.min(...ops.map((o) => o.call)) : 0;
  const end = ops.length ? historyEnd(ops) : 10;
  const span = Math.max(1, end - t0);
  const minWidth = opts.minWidth ?? 560;
  const unit = opts.pxPerUnit ?? Math.max(6, Math.min(60, (minWidth - LANE_LABEL - 20) / span));
  const x = (t: number) => LANE_LABEL + 10 + (t - t0) * unit;
  const width = Math.max(minWidth, x(end) + 20);
  const order = summary?.order ?? [];
  const placedCount = Math.max(0, Math.min(step, order.length));
  const points = linearizationPoints(ops, order.slice(0, placedCount).map((s) => s.index));
  const placedAt = new Map(order.slice(0, placedCount).map((s, k) => [s.index, { x: x(points[k]), order: k + 1, stateAfter: s.stateAfter }]));
  const showBlocked = summary?.blocked && step > order.length;
  const candidates = new Set(showBlocked ? summary!.blocked!.candidates.filter((c) => c.index !== summary!.blocked!.index).map((c) => c.index) : []);
  const finished = summary !== null && step > order.length;
  const bars: BarView[] = ops.map((o, index) => {
    const lane = laneOf.get(o.client)!;
    const pending = o.ret === null;
    const mark: BarMark =
      showBlocked && index === summary!.blocked!.index
        ? "blocked"
        : candidates.has(index)
          ? "candidate"
          : placedAt.has(index)
            ? "placed"
            : finished && summary!.verdict === "illegal"
              ? "unplaced"
              : "plain";
    const label = describeOp(o);
    const when = pending ? `called at ${o.call}, never returned` : `called at ${o.call}, returned at ${o.ret}`;
    return {
      index,
      client: o.client,
      x0: x(o.call),
      x1: x(o.ret ?? end),
      y: lane * LANE_HEIGHT + (LANE_HEIGHT - BAR_HEIGHT) / 2 + 18,
      height: BAR_HEIGHT,
      pending,
      label,
      title: `Client ${o.client}: ${label}, ${when}`,
      mark,
      point: placedAt.get(index) ?? null,
    };
  });
  const stepT = span <= 20 ? 1 : span <= 60 ? 5 : span <= 200 ? 10 : 50;
  const ticks: HistoryView["ticks"] = [];
  for (let t = Math.ceil(t0 / stepT) * stepT; t <= end; t += stepT) ticks.push({ x: x(t), label: String(t) });
  const path = order
    .slice(0, placedCount)
    .map((s, k) => ({ x: x(points[k]), y: bars[s.index].y + BAR_HEIGHT / 2 }));
  return {
    width,
    height: clients.length * LANE_HEIGHT + 36,
    lanes: clients.map((c, i) => ({ client: c, label: `client ${c}`, y: i * LANE_HEIGHT + 18 })),
    bars,
    ticks,
    path,
    x,
  };
}

/** One operation's part in the verdict, for the selected bar. */
export function describeBar(b: BarView): string {
  const role =
    b.mark === "blocked"
      ? "it cannot be placed: no order of the operations before it makes its result legal"
      : b.mark === "candidate"
        ? "it could have gone next instead, but that leads to a dead end too"
        : b.point
          ? `it takes effect ${ordinal(b.point.order)}; the register then holds ${b.point.stateAfter}`
          : b.mark === "unplaced"
            ? "it is never reached: the search fails before it"
            : "not placed yet at this step";
  return `${b.title}: ${role}.`;
}

const ordinal = (n: number) => `${n}${n % 10 === 1 && n % 100 !== 11 ? "st" : n % 10 === 2 && n % 100 !== 12 ? "nd" : n % 10 === 3 && n % 100 !== 13 ? "rd" : "th"}`;

// ---- the steps and the words ----

/** Steps of the replay: one per placed operation, plus the verdict. */
export function stepCount(summary: CheckSummary | null): number {
  if (!summary) return 0;
  return summary.order.length + 1;
}

/** The event log after `step` steps: what took effect, in words. */
export function logLines(ops: HistoryOp[], summary: CheckSummary | null, step: number): string[] {
  if (!summary) return [];
  const lines: string[] = [];
  const points = linearizationPoints(ops, summary.order.map((s) => s.index));
  summary.order.slice(0, step).forEach((s, k) => {
    const o = ops[s.index];
    lines.push(`${k + 1}. Client ${o.client}'s ${describeOp(o)} takes effect at t≈${round(points[k])}; the register holds ${s.stateAfter}.`);
  });
  if (step > summary.order.length) lines.push(verdictSentence(ops, summary));
  return lines;
}

const round = (t: number) => Math.round(t * 10) / 10;

export function verdictTitle(summary: CheckSummary | null, running = false): string {
  if (running) return "Checking…";
  if (!summary) return "Not checked yet";
  if (summary.verdict === "ok") return "Linearizable";
  if (summary.verdict === "illegal") return "Not linearizable";
  return summary.reason === "cancelled" ? "Unknown: check cancelled" : summary.reason === "timeout" ? "Unknown: time limit reached" : "Unknown: step budget used up";
}

/** The checker's explanation, in words about this history's clients and times. */
export function verdictSentence(ops: HistoryOp[], summary: CheckSummary): string {
  if (summary.verdict === "ok") {
    return `Linearizable: all ${ops.length} operations take effect one at a time, each inside its own interval, and every read returns the value written last.`;
  }
  if (summary.verdict === "unknown") {
    return summary.reason === "cancelled"
      ? "Unknown: the check was cancelled before it reached a verdict."
      : `Unknown: the search stopped (${summary.reason === "timeout" ? "time limit" : "step budget"}) after ${summary.steps.toLocaleString("en")} steps without a verdict. That is not a "no".`;
  }
  const b = summary.blocked;
  if (!b) return summary.explanation;
  const o = ops[b.index];
  const placed = summary.order.length;
  const others = b.candidates.filter((c) => c.index !== b.index).map((c) => `client ${ops[c.index].client}'s ${describeOp(ops[c.index])}`);
  const need = o.op === "read" ? `it needs the register to hold ${o.result === null ? "null" : o.result}` : `it does not fit the value ${b.state}`;
  return (
    `Not linearizable: client ${o.client}'s ${describeOp(o)} returned at ${o.ret ?? "the end"}, so it must take effect by then. ` +
    `After the longest legal order of the earlier operations (${placed} placed), the register holds ${b.state}, and ${need}. ` +
    (others.length
      ? `Trying ${others.join(", ")} first does not help: every order still leaves it impossible.`
      : "No other operation was open that could go first.")
  );
}
