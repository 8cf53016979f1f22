import { createRng, type Rng } from "../rng";
import { analyzeTrace, type ClockAnalysis } from "./analyze";
import type { StampedEvent, Trace, TraceEvent } from "./types";

// Seeded practice traces. Every answer comes from analyzeTrace, never from the generator's own
// bookkeeping, so the exercise and the simulator cannot disagree.

export type ClockQuestion =
  | { kind: "lamport"; eventId: string; prompt: string; answer: number; explanation: string }
  | { kind: "vector"; eventId: string; prompt: string; answer: number[]; explanation: string }
  | { kind: "happens-before"; a: string; b: string; prompt: string; answer: boolean; explanation: string }
  | { kind: "concurrent-with"; eventId: string; prompt: string; answer: string[]; explanation: string };

export interface ClockExercise {
  seed: number;
  trace: Trace;
  questions: ClockQuestion[];
}

export interface ClockExerciseOptions {
  processes?: number; // 2..4, default seeded
  events?: number; // total events, default seeded (about 3 per process)
}

const LETTERS = "ABCD";
/** Event labels as textbooks draw them: process letter + position, e.g. "B3". */
export const eventLabel = (process: number, index: number) => `${LETTERS[process - 1]}${index}`;


const pick = <T>(rng: Rng, xs: readonly T[]): T => xs[rng.int(0, xs.length - 1)];

export function generateClockTrace(seed: number, options: ClockExerciseOptions = {}): Trace {
  const rng = createRng(seed);
  const n = options.processes ?? rng.int(2, 4);
  if (!Number.isInteger(n) || n < 2 || n > 4) throw new RangeError(`processes must be 2..4, got ${n}`);
  const total = options.events ?? rng.int(3 * n - 1, 3 * n + 2);
  if (!Number.isInteger(total) || total < 2 || total > 40) throw new RangeError(`events must be 2..40, got ${total}`);
  const counts = new Array<number>(n + 1).fill(0);
  const pending: { message: string; to: number }[] = [];
  const events: TraceEvent[] = [];
  let messages = 0;
  const add = (e: TraceEvent extends infer T ? (T extends unknown ? Omit<T, "id"> : never) : never) => {
    counts[e.process] += 1;
    events.push({ ...e, id: eventLabel(e.process, counts[e.process]) } as TraceEvent);
  };
  const send = (p: number) => {
    const to = pick(rng, Array.from({ length: n }, (_, i) => i + 1).filter((q) => q !== p));
    const message = `m${++messages}`;
    pending.push({ message, to });
    add({ process: p, kind: "send", to, message });
  };
  const receive = (p: number) => {
    const mine = pending.filter((m) => m.to === p);
    const m = pick(rng, mine); // any order: the network need not be FIFO
    pending.splice(pending.indexOf(m), 1);
    add({ process: p, kind: "receive", message: m.message });
  };
  // Open with a send so that there is always a message to receive by the last event.
  send(rng.int(1, n));
  while (events.length < total) {
    const p = rng.int(1, n);
    const canReceive = pending.some((m) => m.to === p);
    // The last event should, if it can, be a receive so that the trace has at least one message.
    const mustReceive = events.length === total - 1 && !events.some((e) => e.kind === "receive");
    if (mustReceive && pending.length > 0) receive(pending[0].to);
    else if (canReceive && rng.next() < 0.45) receive(p);
    else if (rng.next() < 0.55 && events.length < total - 1) send(p);
    else add({ process: p, kind: "local" });
  }
  return { processes: n, events };
}

export function generateClockExercise(seed: number, options: ClockExerciseOptions = {}): ClockExercise {
  const trace = generateClockTrace(seed, options);
  const a = analyzeTrace(trace);
  const rng = createRng(seed ^ 0x5eed);
  const questions: ClockQuestion[] = [];

  const receives = a.events.filter((e) => e.kind === "receive");
  const target = receives.length > 0 ? pick(rng, receives) : pick(rng, a.events);
  questions.push({
    kind: "lamport", eventId: target.id,
    prompt: `What is the Lamport timestamp of event ${target.id}?`,
    answer: target.lamport, explanation: explainLamport(a, target),
  });

  const v = pick(rng, a.events);
  questions.push({
    kind: "vector", eventId: v.id,
    prompt: `What is the vector timestamp of event ${v.id}? (one entry per process, ${LETTERS.slice(0, a.processes).split("").join(", ")})`,
    answer: [...v.vector], explanation: explainVector(a, v),
  });

  questions.push(happensBeforeQuestion(a, rng));

  const withConcurrency = a.events.filter((e) => a.concurrentWith(e.id).length > 0);
  const c = withConcurrency.length > 0 ? pick(rng, withConcurrency) : pick(rng, a.events);
  const answer = a.concurrentWith(c.id);
  questions.push({
    kind: "concurrent-with", eventId: c.id,
    prompt: `Which events are concurrent with ${c.id}?`,
    answer,
    explanation: answer.length === 0
      ? `Every event is causally related to ${c.id}: each vector timestamp is ≤ or ≥ ${fmt(c.vector)}.`
      : `An event e is concurrent with ${c.id} when neither vector dominates the other. ${c.id} = ${fmt(c.vector)}; ${answer
          .map((id) => `${id} = ${fmt(a.event(id).vector)}`)
          .join(", ")}.`,
  });
  return { seed, trace, questions };
}

function happensBeforeQuestion(a: ClockAnalysis, rng: Rng): ClockQuestion {
  // Prefer the lesson most people get wrong: ordered Lamport timestamps on concurrent events.
  const pairs: [StampedEvent, StampedEvent][] = [];
  for (const x of a.events) for (const y of a.events) if (x.lamport < y.lamport && a.concurrent(x.id, y.id)) pairs.push([x, y]);
  if (pairs.length > 0 && rng.next() < 0.7) {
    const [x, y] = pick(rng, pairs);
    return {
      kind: "happens-before", a: x.id, b: y.id,
      prompt: `L(${x.id}) = ${x.lamport} and L(${y.id}) = ${y.lamport}. Does ${x.id} happen before ${y.id}?`,
      answer: false,
      explanation: `No. L(a) < L(b) does not imply a → b. The vector timestamps ${fmt(x.vector)} and ${fmt(y.vector)} are incomparable, so the events are concurrent: no chain of program order and messages leads from ${x.id} to ${y.id}.`,
    };
  }
  const crossProcess = a.events.flatMap((x) => a.events.filter((y) => y.process !== x.process).map((y) => [x, y] as const));
  const [x, y] = crossProcess.length > 0 ? pick(rng, crossProcess) : [a.events[0], a.events[a.events.length - 1]];
  const hb = a.happensBefore(x.id, y.id);
  return {
    kind: "happens-before", a: x.id, b: y.id,
    prompt: `Does ${x.id} happen before ${y.id}?`,
    answer: hb,
    explanation: hb
      ? `Yes: ${fmt(x.vector)} ≤ ${fmt(y.vector)} in every entry and they differ, so a chain of program order and messages leads from ${x.id} to ${y.id}.`
      : `No: ${fmt(x.vector)} is not ≤ ${fmt(y.vector)} in every entry (${a.happensBefore(y.id, x.id) ? `in fact ${y.id} → ${x.id}` : "they are concurrent"}).`,
  };
}

function explainLamport(a: ClockAnalysis, e: StampedEvent): string {
  const prev = a.events.find((x) => x.process === e.process && x.indexInProcess === e.indexInProcess - 1);
  const before = prev ? prev.lamport : 0;
  if (e.kind !== "receive") return `${e.kind === "send" ? "A send" : "A local event"} ticks the clock: ${before} + 1 = ${e.lamport}.`;
  const send = a.event(e.sendEventId!);
  return `A receive takes max(own clock, message timestamp) + 1 = max(${before}, L(${send.id}) = ${send.lamport}) + 1 = ${e.lamport}.`;
}

function explainVector(a: ClockAnalysis, e: StampedEvent): string {
  const who = LETTERS[e.process - 1];
  if (e.kind !== "receive") return `Copy the previous vector on ${who} and add 1 to ${who}'s entry: ${fmt(e.vector)}.`;
  const send = a.event(e.sendEventId!);
  return `Take the entry-wise max of ${who}'s previous vector and ${send.id}'s ${fmt(send.vector)}, then add 1 to ${who}'s entry: ${fmt(e.vector)}.`;
}

const fmt = (v: ReadonlyArray<number>) => `[${v.join(",")}]`;
