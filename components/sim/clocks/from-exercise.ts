// A generated exercise's space-time diagram (lib/protocol's SpaceTimeFigure) as the clocks
// simulator's view: the figure's events replayed as the simulator's actions give the same
// layout, then named as the exercise names them (processes A, B, C; its event and message
// ids). Pure. Only the stamps the figure itself shows (its labels) are drawn: the drawing is
// used with showLamport and showVectors off, and event titles carry no computed stamps.
import type { SpaceTimeFigure } from "@/lib/protocol";
import { buildSpaceTime, clockState, type ClockAction, type SpaceTimeView } from "./view-model";

const processName = (p: number) => "ABCDE"[p - 1] ?? `P${p}`;

export function spaceTimeFigureText(figure: SpaceTimeFigure): string {
  const names = Array.from({ length: figure.processes }, (_, i) => processName(i + 1)).join(", ");
  return `Processes ${names}. ${figure.events.map((e) => `${e.id}: ${e.kind}${e.message ? ` ${e.message}` : ""}${figure.labels[e.id] ? ` (${figure.labels[e.id]})` : ""}`).join("; ")}`;
}

export function spaceTimeFromExercise(figure: SpaceTimeFigure): SpaceTimeView {
  const byId = new Map(figure.events.map((e) => [e.id, e]));
  const receiverOf = new Map(figure.messages.map((m) => [m.id, byId.get(m.to)?.process ?? 0]));
  // The simulator names messages m1, m2... in send order; the figure may name them otherwise.
  const simName = new Map<string, string>();
  const actions: ClockAction[] = figure.events.map((e): ClockAction => {
    if (e.kind === "send") {
      simName.set(e.message!, `m${simName.size + 1}`);
      // A message never received has no receiver in the figure: any other lane will do, as
      // in-flight arrows are not drawn (the figure does not say where they go).
      return { kind: "send", process: e.process, to: receiverOf.get(e.message!) ?? (e.process % figure.processes) + 1 };
    }
    if (e.kind === "receive") return { kind: "receive", message: simName.get(e.message!) ?? e.message! };
    return { kind: "local", process: e.process };
  });
  const view = buildSpaceTime(clockState({ processes: figure.processes, actions }));
  const figureMessage = new Map([...simName].map(([fig, sim]) => [sim, fig]));
  const peer = (message: string | null, self: string) => {
    const m = figure.messages.find((x) => x.id === message);
    const other = m ? byId.get(m.from === self ? m.to : m.from) : undefined;
    return other ? processName(other.process) : "?";
  };
  return {
    ...view,
    lanes: view.lanes.map((l) => ({ ...l, label: processName(l.process) })),
    events: view.events.map((d, k) => {
      const e = figure.events[k];
      const what =
        e.kind === "local" ? "local event" : e.kind === "send" ? `sends ${e.message} to ${peer(e.message, e.id)}` : `receives ${e.message} from ${peer(e.message, e.id)}`;
      const label = figure.labels[e.id] ?? null;
      return { ...d, id: e.id, label, title: `${e.id}: ${processName(e.process)} ${what}${label ? `, ${label}` : ""}` };
    }),
    messages: view.messages.filter((m) => !m.inFlight).map((m) => ({ ...m, message: figureMessage.get(m.message) ?? m.message })),
  };
}
