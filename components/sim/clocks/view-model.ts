// The clocks simulator's view model: the learner's actions (a local event, a send, a receive)
// become an engine trace; analyzeTrace stamps it; this turns the stamps into a space-time
// diagram (one lane per process, events left to right in trace order, messages as arrows) and
// answers "does a happen before b?" in words. Pure: the quiz draws its traces with it too.
import { analyzeTrace, compareVectors, type ClockAnalysis, type StampedEvent, type Trace, type TraceEvent } from "@/lib/protocol";

export type ClockAction =
  | { kind: "local"; process: number; label?: string }
  | { kind: "send"; process: number; to: number }
  | { kind: "receive"; message: string };

export interface ClockScenario {
  processes: number;
  actions: ClockAction[];
}

export const MAX_PROCESSES = 5;
export const MAX_EVENTS = 60;

export const CLOCK_PRESETS = {
  // content/09-time-ordering: the table e1..e10.
  "three-processes": {
    title: "Three processes",
    text: "The lesson's ten events: two messages into P2, one back to P1.",
    scenario: {
      processes: 3,
      actions: [
        { kind: "local", process: 1 },
        { kind: "send", process: 1, to: 2 },
        { kind: "local", process: 3 },
        { kind: "send", process: 3, to: 2 },
        { kind: "receive", message: "m1" },
        { kind: "local", process: 2 },
        { kind: "receive", message: "m2" },
        { kind: "send", process: 2, to: 1 },
        { kind: "local", process: 3 },
        { kind: "receive", message: "m3" },
      ],
    },
  },
  // content/12-choosing-a-model: two replicas take a write each, then exchange them.
  "concurrent-writes": {
    title: "Concurrent writes",
    text: "Two replicas each accept a write, then send it to the other: no clock can order the writes.",
    scenario: {
      processes: 2,
      actions: [
        { kind: "local", process: 1, label: "write x=1" },
        { kind: "local", process: 2, label: "write x=2" },
        { kind: "send", process: 1, to: 2 },
        { kind: "send", process: 2, to: 1 },
        { kind: "receive", message: "m1" },
        { kind: "receive", message: "m2" },
      ],
    },
  },
  empty: { title: "Empty (build your own)", text: "Three processes, no events yet.", scenario: { processes: 3, actions: [] } },
} as const satisfies Record<string, { title: string; text: string; scenario: ClockScenario }>;

export type ClockPreset = keyof typeof CLOCK_PRESETS;
export const CLOCK_PRESET_NAMES = Object.keys(CLOCK_PRESETS) as ClockPreset[];

export function presetScenario(name: ClockPreset): ClockScenario {
  const s = CLOCK_PRESETS[name].scenario;
  return { processes: s.processes, actions: s.actions.map((a) => ({ ...a })) };
}

/** Event ids e1, e2… in trace order; message names m1, m2… in send order. */
export function toTrace(s: ClockScenario): { trace: Trace; labels: Map<string, string> } {
  const events: TraceEvent[] = [];
  const labels = new Map<string, string>();
  let sends = 0;
  s.actions.forEach((a, k) => {
    const id = `e${k + 1}`;
    if (a.kind === "local") {
      events.push({ id, process: a.process, kind: "local" });
      if (a.label) labels.set(id, a.label);
    } else if (a.kind === "send") {
      events.push({ id, process: a.process, kind: "send", to: a.to, message: `m${++sends}` });
    } else {
      const send = events.find((e) => e.kind === "send" && e.message === a.message);
      events.push({ id, process: send && send.kind === "send" ? send.to : 0, kind: "receive", message: a.message });
    }
  });
  return { trace: { processes: s.processes, events }, labels };
}

export interface ClockState {
  scenario: ClockScenario;
  analysis: ClockAnalysis;
  labels: Map<string, string>;
  /** Messages sent and not yet received (by the shown step). */
  inFlight: { message: string; from: number; to: number; sendId: string }[];
}

/** The scenario after its first `step` actions (all of them by default), stamped by the engine. */
export function clockState(s: ClockScenario, step = s.actions.length): ClockState {
  const shown = { processes: s.processes, actions: s.actions.slice(0, step) };
  const { trace, labels } = toTrace(shown);
  const analysis = analyzeTrace(trace);
  const received = new Set(analysis.events.filter((e) => e.kind === "receive").map((e) => e.message));
  const inFlight = analysis.events
    .filter((e) => e.kind === "send" && !received.has(e.message))
    .map((e) => ({ message: e.message!, from: e.process, to: e.peer!, sendId: e.id }));
  return { scenario: shown, analysis, labels, inFlight };
}

/** Why an action cannot be taken now, or null. */
export function refuseAction(s: ClockScenario, a: ClockAction): string | null {
  if (s.actions.length >= MAX_EVENTS) return `A diagram holds at most ${MAX_EVENTS} events.`;
  const n = s.processes;
  if (a.kind === "local" && (a.process < 1 || a.process > n)) return `There is no process P${a.process}.`;
  if (a.kind === "send") {
    if (a.process < 1 || a.process > n || a.to < 1 || a.to > n) return "Pick a sender and a receiver among the processes.";
    if (a.process === a.to) return "A process does not send messages to itself.";
  }
  if (a.kind === "receive" && !clockState(s).inFlight.some((m) => m.message === a.message)) {
    return `Message ${a.message} is not in flight.`;
  }
  return null;
}

// ---- describing events and pairs ----

export function eventName(e: StampedEvent, labels: Map<string, string>): string {
  const label = labels.get(e.id);
  switch (e.kind) {
    case "local":
      return `${e.id} (P${e.process} ${label ?? "local event"})`;
    case "send":
      return `${e.id} (P${e.process} sends ${e.message} to P${e.peer})`;
    case "receive":
      return `${e.id} (P${e.process} receives ${e.message} from P${e.peer})`;
  }
}

const vec = (v: ReadonlyArray<number>) => `[${v.join(",")}]`;

/** The event log: one sentence per event with both stamps, as the rules compute them. */
export function clockLogLines(state: ClockState): string[] {
  return state.analysis.events.map((e) => {
    const stamps = `Lamport ${e.lamport}, vector ${vec(e.vector)}`;
    if (e.kind === "receive") {
      const send = state.analysis.event(e.sendEventId!);
      return `${eventName(e, state.labels)}: Lamport max(own, ${send.lamport}) + 1 = ${e.lamport}; vector merged with ${vec(send.vector)} = ${vec(e.vector)}.`;
    }
    return `${eventName(e, state.labels)}: ${stamps}.`;
  });
}

/** A chain of program-order steps and messages from a to b (a → b), or null. */
export function causalChain(state: ClockState, a: string, b: string): string[] | null {
  const events = state.analysis.events;
  const next = new Map<string, string[]>();
  const add = (x: string, y: string) => next.set(x, [...(next.get(x) ?? []), y]);
  const lastOn = new Map<number, string>();
  for (const e of events) {
    const prev = lastOn.get(e.process);
    if (prev) add(prev, e.id);
    lastOn.set(e.process, e.id);
    if (e.kind === "receive") add(e.sendEventId!, e.id);
  }
  const from = new Map<string, string>();
  const queue = [a];
  const seen = new Set([a]);
  while (queue.length) {
    const x = queue.shift()!;
    if (x === b && x !== a) break;
    for (const y of next.get(x) ?? []) {
      if (seen.has(y)) continue;
      seen.add(y);
      from.set(y, x);
      queue.push(y);
    }
  }
  if (!from.has(b)) return null;
  const chain = [b];
  while (chain[0] !== a) chain.unshift(from.get(chain[0])!);
  return chain;
}

export type PairRelation = "before" | "after" | "concurrent" | "same";

export interface PairAnswer {
  relation: PairRelation;
  headline: string;
  because: string[];
}

/** "Does a happen before b?": the engine's answer, then why, from the vectors and a chain. */
export function comparePair(state: ClockState, a: string, b: string): PairAnswer {
  const ea = state.analysis.event(a);
  const eb = state.analysis.event(b);
  if (a === b) return { relation: "same", headline: `${a} is one event: pick two different events.`, because: [] };
  const order = compareVectors(ea.vector, eb.vector);
  const lam = `Lamport stamps: L(${a}) = ${ea.lamport}, L(${b}) = ${eb.lamport}.`;
  if (state.analysis.happensBefore(a, b) || state.analysis.happensBefore(b, a)) {
    const [x, y] = state.analysis.happensBefore(a, b) ? [ea, eb] : [eb, ea];
    const chain = causalChain(state, x.id, y.id) ?? [x.id, y.id];
    return {
      relation: x === ea ? "before" : "after",
      headline: `${x.id} happens before ${y.id} (${x.id} → ${y.id}).`,
      because: [
        `Chain: ${chain.join(" → ")}.`,
        `Vectors: ${vec(x.vector)} ≤ ${vec(y.vector)} in every slot and they differ, so ${x.id} → ${y.id}.`,
        `${lam} As the clock condition promises, L(${x.id}) < L(${y.id}).`,
      ],
    };
  }
  const slots = ea.vector.map((v, i) => ({ i, v, w: eb.vector[i] }));
  const aMore = slots.find((s) => s.v > s.w)!;
  const bMore = slots.find((s) => s.w > s.v)!;
  const lamNote =
    ea.lamport === eb.lamport
      ? "Equal Lamport stamps: Lamport clocks cannot tell concurrent events apart from ordered ones in general."
      : `L(${ea.lamport < eb.lamport ? a : b}) is smaller, yet that does not mean it happened first.`;
  return {
    relation: "concurrent",
    headline: `${a} and ${b} are concurrent (${a} ∥ ${b}): neither happens before the other.`,
    because: [
      `Vectors ${vec(ea.vector)} and ${vec(eb.vector)} are incomparable (${order}): ${a} has more of P${aMore.i + 1} (${aMore.v} > ${aMore.w}), ${b} has more of P${bMore.i + 1} (${bMore.w} > ${bMore.v}).`,
      `No chain of program order and messages leads from one to the other.`,
      `${lam} ${lamNote}`,
    ],
  };
}

/** The invariant banner: both clock properties, checked over every pair against the causal graph. */
export function clockInvariants(state: ClockState): { name: string; holds: boolean; detail: string }[] {
  const events = state.analysis.events;
  let lamportBad: string | null = null;
  let vectorBad: string | null = null;
  for (const a of events) {
    for (const b of events) {
      if (a === b) continue;
      const causal = causalChain(state, a.id, b.id) !== null;
      if (causal && !(a.lamport < b.lamport) && !lamportBad) lamportBad = `${a.id} → ${b.id} but L(${a.id}) = ${a.lamport} ≥ L(${b.id}) = ${b.lamport}`;
      if (causal !== state.analysis.happensBefore(a.id, b.id) && !vectorBad) vectorBad = `${a.id}, ${b.id}`;
    }
  }
  return [
    {
      name: "Clock condition: a → b implies L(a) < L(b)",
      holds: lamportBad === null,
      detail: lamportBad ?? `holds for all ${events.length} events`,
    },
    {
      name: "Vector clocks: a → b exactly when V(a) < V(b)",
      holds: vectorBad === null,
      detail: vectorBad ? `differs for ${vectorBad}` : "holds for every pair",
    },
  ];
}

// ---- the space-time diagram ----

export const CLOCK_LANE = 70;
const LEFT = 56;
const DX = 64;

export interface DiagramEvent {
  id: string;
  process: number;
  kind: StampedEvent["kind"];
  x: number;
  y: number;
  lamport: number;
  vector: string;
  label: string | null;
  /** Sentence for screen readers. */
  title: string;
}

export interface SpaceTimeView {
  width: number;
  height: number;
  /** label: the lane's name when it is not "P<process>" (the quiz names processes A, B, C). */
  lanes: { process: number; y: number; label?: string }[];
  events: DiagramEvent[];
  messages: { message: string; x1: number; y1: number; x2: number; y2: number; inFlight: boolean }[];
}

export function buildSpaceTime(state: ClockState): SpaceTimeView {
  const n = state.scenario.processes;
  const laneY = (p: number) => 30 + (p - 1) * CLOCK_LANE;
  const events: DiagramEvent[] = state.analysis.events.map((e, k) => ({
    id: e.id,
    process: e.process,
    kind: e.kind,
    x: LEFT + 30 + k * DX,
    y: laneY(e.process),
    lamport: e.lamport,
    vector: vec(e.vector),
    label: state.labels.get(e.id) ?? null,
    title: `${eventName(e, state.labels)}, Lamport ${e.lamport}, vector ${vec(e.vector)}`,
  }));
  const byId = new Map(events.map((e) => [e.id, e]));
  const end = LEFT + 30 + events.length * DX;
  const messages: SpaceTimeView["messages"] = [];
  for (const e of state.analysis.events) {
    if (e.kind !== "receive") continue;
    const s = byId.get(e.sendEventId!)!;
    const r = byId.get(e.id)!;
    messages.push({ message: e.message!, x1: s.x, y1: s.y, x2: r.x, y2: r.y, inFlight: false });
  }
  for (const m of state.inFlight) {
    const s = byId.get(m.sendId)!;
    // Still travelling: drawn half way towards the receiver's lane, at the diagram's edge.
    const y2 = laneY(m.to);
    messages.push({ message: m.message, x1: s.x, y1: s.y, x2: end, y2: (s.y + y2) / 2, inFlight: true });
  }
  return {
    width: Math.max(480, end + 40),
    height: 30 + (n - 1) * CLOCK_LANE + 50,
    lanes: Array.from({ length: n }, (_, i) => ({ process: i + 1, y: laneY(i + 1) })),
    events,
    messages,
  };
}

// ---- share links: the actions as a short token list ----

/** "l1", "l1:write x=1" (label URI-encoded), "s1-2", "rm3", joined by "."; processes first. */
export function encodeScenario(s: ClockScenario): string {
  const tokens = s.actions.map((a) =>
    a.kind === "local" ? `l${a.process}${a.label ? `:${encodeURIComponent(a.label)}` : ""}` : a.kind === "send" ? `s${a.process}-${a.to}` : `r${a.message}`,
  );
  return [String(s.processes), ...tokens].join(".");
}

export function decodeScenario(text: string): ClockScenario | null {
  const [head, ...tokens] = text.split(".");
  const processes = Number(head);
  if (!Number.isInteger(processes) || processes < 1 || processes > MAX_PROCESSES || tokens.length > MAX_EVENTS) return null;
  const s: ClockScenario = { processes, actions: [] };
  for (const t of tokens) {
    let a: ClockAction | null = null;
    let m: RegExpExecArray | null;
    if ((m = /^l(\d)(?::(.*))?$/.exec(t))) {
      let label: string | undefined;
      try {
        label = m[2] === undefined ? undefined : decodeURIComponent(m[2]).slice(0, 40);
      } catch {
        return null;
      }
      a = { kind: "local", process: Number(m[1]), ...(label ? { label } : {}) };
    } else if ((m = /^s(\d)-(\d)$/.exec(t))) a = { kind: "send", process: Number(m[1]), to: Number(m[2]) };
    else if ((m = /^r(m\d+)$/.exec(t))) a = { kind: "receive", message: m[1] };
    if (!a || refuseAction(s, a) !== null) return null;
    s.actions.push(a);
  }
  return s;
}
