import { createRng } from "../rng";
import { checkOperations } from "../linearizability/checker";
import { generateRegisterExercise, type RegisterOperation } from "../linearizability/exercise";
import { registerModel, type RegisterOutput } from "../linearizability/register-models";
import { fixedChoice } from "./util";
import type { Exercise, ExerciseFamily, HistoryFigure } from "./types";

// Is this register history linearizable, and if not, which operation cannot be placed? Histories
// come from the engine's generator; every key is the checker's verdict on the history (or on the
// history with one operation removed or one read's result changed).

const KINDS = ["verdict", "culprit", "read-values"] as const;

const opLabel = (o: RegisterOperation) => (o.input.op === "write" ? `write(${o.input.value})` : `read → ${o.output ?? "nil"}`);
const opName = (o: RegisterOperation, i: number) => `op${i + 1}`;

function figureOf(history: RegisterOperation[], clients: number, hide?: number): HistoryFigure {
  return {
    type: "history",
    clients,
    ops: history.map((o, i) => ({ id: opName(o, i), client: o.clientId, call: o.call, ret: o.return, label: i === hide ? "read → ?" : opLabel(o) })),
  };
}

const describe = (o: RegisterOperation, i: number) => `${opName(o, i)} (client ${o.clientId}: ${opLabel(o)}, ${o.call}–${o.return})`;
const verdictOf = (h: RegisterOperation[]) => checkOperations(registerModel, h).verdict;

export function generateLinearizability(seed: number, forced?: string): Exercise {
  const rng = createRng(seed);
  let kind: string = forced ?? rng.pick(KINDS);
  const verdict = kind === "culprit" ? "illegal" : kind === "read-values" ? "ok" : rng.chance(0.5) ? "ok" : "illegal";
  const ex = generateRegisterExercise({ seed: rng.int(0, 2 ** 31 - 1), verdict, operations: rng.int(4, 6), clients: rng.int(2, 3) });
  const h = ex.history;
  const base = { family: "linearizability", seed, lesson: "consistency-models" };
  const reads = h.map((o, i) => i).filter((i) => h[i].input.op === "read");
  if (kind === "read-values" && reads.length === 0) kind = "verdict";

  if (kind === "verdict") {
    const { choices, answer } = fixedChoice(["Linearizable", "Not linearizable"], ex.check.verdict === "ok" ? "Linearizable" : "Not linearizable");
    const order = ex.check.partitions[0]?.linearization.map((s) => opName(s.operation, s.index)).join(", ");
    return {
      ...base, kind,
      prompt: "The register starts empty (nil). Each bar is one operation from its call to its return. Is this history linearizable?",
      figure: figureOf(h, ex.clients),
      response: { kind: "single", choices },
      answer,
      explanation: ex.check.verdict === "ok"
        ? `Yes: the checker places every operation at one instant inside its bar, in the order ${order}, and every read returns the latest write before it.`
        : ex.check.explanation,
    };
  }
  if (kind === "culprit") {
    // Every operation whose removal alone leaves a linearizable history.
    const key = h.map((_, i) => i).filter((i) => verdictOf(h.filter((__, j) => j !== i)) === "ok").map((i) => opName(h[i], i));
    const f = ex.check.partitions.find((p) => p.failure)?.failure;
    return {
      ...base, kind,
      prompt: "This register history is not linearizable. Select every operation that, removed on its own, would leave a linearizable history.",
      figure: figureOf(h, ex.clients),
      response: { kind: "set", choices: h.map((o, i) => ({ id: opName(o, i), text: describe(o, i) })) },
      answer: key,
      explanation: `${f ? `The checker cannot place ${describe(f.operation, f.index)}: after the longest linearizable prefix the register holds ${f.stateDescription}. ` : ""}Removing ${key.join(" or ")} lets the checker linearize the rest; removing any other operation leaves it illegal.`,
    };
  }
  // read-values: which results could this read return, everything else as shown?
  const target = rng.pick(reads);
  const values: RegisterOutput[] = [null, ...h.flatMap((o) => (o.input.op === "write" ? [o.input.value] : []))];
  const idOf = (v: RegisterOutput) => (v === null ? "nil" : `v${v}`);
  const key = values.filter((v) => verdictOf(h.map((o, j) => (j === target ? { ...o, output: v } : o))) === "ok").map(idOf);
  return {
    ...base, kind: "read-values",
    prompt: `${opName(h[target], target)} is a read by client ${h[target].clientId}. Keeping every other result as shown, which values could it return in a linearizable history?`,
    figure: figureOf(h, ex.clients, target),
    response: { kind: "multi", choices: values.map((v) => ({ id: idOf(v), text: v === null ? "nil (the initial value)" : String(v) })) },
    answer: key,
    explanation: `The checker accepts the history with ${opName(h[target], target)} returning ${key.map((k) => (k === "nil" ? "nil" : k.slice(1))).join(" or ")}, and rejects every other value: a read may return any write that can be linearized just before it, given the writes that overlap its bar.`,
  };
}

export const linearizabilityFamily: ExerciseFamily = {
  id: "linearizability",
  title: "Linearizability of a history",
  lesson: "consistency-models",
  kinds: KINDS,
  generate: generateLinearizability,
};
