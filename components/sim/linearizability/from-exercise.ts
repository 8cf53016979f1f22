// A generated exercise's history (lib/protocol's HistoryFigure) as the simulator's lanes view.
// Pure. No check summary goes in, so every bar is drawn plain: no linearization points, no ✗,
// since the quiz asks the learner for the verdict. Bars carry the exercise's own names
// ("op3: read → 2"), which its choices and explanation refer to.
import type { HistoryFigure } from "@/lib/protocol";
import type { HistoryOp } from "./history";
import { buildHistoryView, type HistoryView } from "./view-model";

function toHistoryOp(o: HistoryFigure["ops"][number]): HistoryOp {
  const n = /(-?\d+)\s*\)?\s*$/.exec(o.label);
  if (o.label.startsWith("write")) return { client: o.client, call: o.call, ret: o.ret, op: "write", value: n ? Number(n[1]) : 0, result: "ok" };
  return { client: o.client, call: o.call, ret: o.ret, op: "read", result: o.label.endsWith("?") ? "unknown" : n ? Number(n[1]) : null };
}

/** One sentence per operation: what the drawing says, for its text alternative. */
export function historyFigureText(figure: HistoryFigure): string {
  return figure.ops.map((o) => `${o.id}, client ${o.client}: ${o.label}, from ${o.call} to ${o.ret}`).join("; ");
}

export function historyViewFromExercise(figure: HistoryFigure): HistoryView {
  const view = buildHistoryView(figure.ops.map(toHistoryOp), null, 0);
  return {
    ...view,
    bars: view.bars.map((b) => {
      const o = figure.ops[b.index];
      return { ...b, label: `${o.id}: ${o.label}`, title: `${o.id}, client ${o.client}: ${o.label}, called at ${o.call}, returned at ${o.ret}` };
    }),
  };
}
