import { createRng } from "../rng";
import { analyzeTrace, type ClockAnalysis } from "../clocks/analyze";
import { generateClockTrace } from "../clocks/exercise";
import type { StampedEvent, Trace } from "../clocks/types";
import { fixedChoice, fmtVector, singleChoice } from "./util";
import type { Exercise, ExerciseFamily, SpaceTimeFigure } from "./types";

// Lamport and vector stamps on a space-time diagram. The trace is drawn from the seed; every key
// and explanation comes from analyzeTrace (the same code the clocks simulator runs).

const KINDS = ["lamport", "vector", "happens-before", "concurrent-with"] as const;

function figureOf(trace: Trace, labels: Record<string, string> = {}): SpaceTimeFigure {
  const sends = new Map<string, string>();
  const messages: SpaceTimeFigure["messages"] = [];
  for (const e of trace.events) {
    if (e.kind === "send") sends.set(e.message, e.id);
    if (e.kind === "receive") messages.push({ id: e.message, from: sends.get(e.message)!, to: e.id });
  }
  return {
    type: "space-time",
    processes: trace.processes,
    events: trace.events.map((e) => ({ id: e.id, process: e.process, kind: e.kind, message: e.kind === "local" ? null : e.message })),
    messages,
    labels,
  };
}

const procName = (p: number) => "ABCD"[p - 1];

function lamportWhy(a: ClockAnalysis, e: StampedEvent): string {
  const prev = a.events.find((x) => x.process === e.process && x.indexInProcess === e.indexInProcess - 1);
  const before = prev ? prev.lamport : 0;
  if (e.kind !== "receive") return `${e.id} is a ${e.kind === "send" ? "send" : "local event"}: the clock ticks from ${before} to ${e.lamport}.`;
  const s = a.event(e.sendEventId!);
  return `${e.id} receives ${s.id}'s message: max(own clock ${before}, message stamp ${s.lamport}) + 1 = ${e.lamport}.`;
}

function chain(a: ClockAnalysis, e: StampedEvent): string {
  const steps: string[] = [];
  for (const x of a.events) {
    if (x.process !== e.process || x.indexInProcess > e.indexInProcess) continue;
    steps.push(`${x.id} ${fmtVector(x.vector)}${x.kind === "receive" ? ` (merges ${x.sendEventId})` : ""}`);
  }
  return steps.join(" → ");
}

export function generateClocks(seed: number, forced?: string): Exercise {
  const rng = createRng(seed);
  const trace = generateClockTrace(rng.int(0, 2 ** 31 - 1), { processes: rng.int(2, 3) });
  const a = analyzeTrace(trace);
  let kind: string = forced ?? rng.pick(KINDS);
  const withConcurrency = a.events.filter((e) => a.concurrentWith(e.id).length > 0);
  if (kind === "concurrent-with" && withConcurrency.length === 0) kind = "lamport";
  if (kind === "happens-before" && withConcurrency.length === 0 && rng.chance(0.5)) kind = "vector";
  const base = { family: "clocks", kind, seed, lesson: "time-ordering" };
  const names = Array.from({ length: a.processes }, (_, i) => procName(i + 1)).join(", ");

  if (kind === "lamport") {
    const receives = a.events.filter((e) => e.kind === "receive");
    const e = receives.length ? rng.pick(receives) : rng.pick(a.events);
    return {
      ...base,
      prompt: `Every process starts its Lamport clock at 0. What is the Lamport timestamp of event ${e.id}?`,
      figure: figureOf(trace),
      response: { kind: "numeric", tolerance: 0 },
      answer: e.lamport,
      explanation: `${lamportWhy(a, e)} Along ${procName(e.process)}: ${a.events.filter((x) => x.process === e.process && x.indexInProcess <= e.indexInProcess).map((x) => `${x.id}=${x.lamport}`).join(", ")}.`,
    };
  }
  if (kind === "vector") {
    const pool = a.events.filter((x) => x.kind === "receive").concat(rng.chance(0.3) ? a.events : []);
    const e = rng.pick(pool.length ? pool : a.events);
    const key = fmtVector(e.vector);
    const own = e.process - 1;
    const prev = a.events.find((x) => x.process === e.process && x.indexInProcess === e.indexInProcess - 1);
    const noMerge = prev ? prev.vector.slice() : new Array<number>(a.processes).fill(0);
    noMerge[own] += 1;
    const extraTick = e.vector.slice();
    extraTick[own] += 1;
    const noTick = e.vector.slice();
    noTick[own] -= 1;
    const lamportish = e.vector.map((_, i) => (i === own ? e.lamport : e.vector[i]));
    const others = e.vector.map((v, i) => (i === own ? v : v + 1));
    const { choices, answer } = singleChoice(rng, key, [noMerge, noTick, extraTick, lamportish, others].map(fmtVector));
    return {
      ...base,
      prompt: `What is the vector timestamp of event ${e.id}? (entries in process order: ${names})`,
      figure: figureOf(trace),
      response: { kind: "single", choices },
      answer,
      explanation: `Each event adds 1 to its own process's entry; a receive first takes the entry-wise max with the message's vector. On ${procName(e.process)}: ${chain(a, e)}.`,
    };
  }
  if (kind === "happens-before") {
    const pairs: [StampedEvent, StampedEvent][] = [];
    for (const x of a.events) for (const y of a.events) if (x.process !== y.process && x.id < y.id) pairs.push([x, y]);
    const concurrentPairs = pairs.filter(([x, y]) => a.concurrent(x.id, y.id));
    const [x, y] = concurrentPairs.length && rng.chance(0.5) ? rng.pick(concurrentPairs) : rng.pick(pairs);
    const rel = a.happensBefore(x.id, y.id) ? `${x.id} → ${y.id}` : a.happensBefore(y.id, x.id) ? `${y.id} → ${x.id}` : "concurrent";
    const { choices, answer } = fixedChoice([`${x.id} → ${y.id}`, `${y.id} → ${x.id}`, "concurrent"], rel);
    const labels = { [x.id]: `L=${x.lamport}`, [y.id]: `L=${y.lamport}` };
    return {
      ...base,
      prompt: `L(${x.id}) = ${x.lamport} and L(${y.id}) = ${y.lamport}. How are ${x.id} and ${y.id} related by happens-before?`,
      figure: figureOf(trace, labels),
      response: { kind: "single", choices },
      answer,
      explanation: `V(${x.id}) = ${fmtVector(x.vector)} and V(${y.id}) = ${fmtVector(y.vector)}. ${rel === "concurrent"
        ? "Neither vector is ≤ the other in every entry, so no chain of program order and messages links them: concurrent, whatever their Lamport stamps say."
        : `One vector is ≤ the other in every entry, so ${rel}: a chain of program order and messages leads there.`}`,
    };
  }
  // concurrent-with
  const e = rng.pick(withConcurrency);
  const key = a.concurrentWith(e.id);
  return {
    ...base,
    kind: "concurrent-with",
    prompt: `Select every event that is concurrent with ${e.id}.`,
    figure: figureOf(trace),
    response: { kind: "set", choices: a.events.filter((x) => x.id !== e.id).map((x) => ({ id: x.id, text: x.id })) },
    answer: key,
    explanation: `An event is concurrent with ${e.id} = ${fmtVector(e.vector)} when neither vector dominates: ${key.map((id) => `${id} = ${fmtVector(a.event(id).vector)}`).join(", ")}. Every other event is linked to ${e.id} by program order and messages.`,
  };
}

export const clocksFamily: ExerciseFamily = {
  id: "clocks",
  title: "Lamport and vector clocks",
  lesson: "time-ordering",
  kinds: KINDS,
  generate: generateClocks,
};
