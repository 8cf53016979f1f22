import { createRng } from "../rng";
import { analyzeFlexiblePaxos, analyzeReplicaQuorums } from "../quorum/arithmetic";
import { QUORUM_QUESTION_KINDS, quorumQuestion, type QuorumQuestionKind } from "../quorum/exercise";
import { fixedChoice } from "./util";
import type { Exercise, ExerciseFamily, QuorumFigure } from "./types";

// Quorum arithmetic: the engine's numeric drills (majorities, faults tolerated, R + W > N,
// Flexible Paxos Q1, Byzantine 3f + 1 / 2f + 1) plus two yes/no overlap judgements.

const KINDS = [...QUORUM_QUESTION_KINDS, "read-write-overlap", "flexible-paxos-safe"] as const;
const YES_NO = ["Yes", "No"];

function figureFor(kind: string, p: Record<string, number>): QuorumFigure {
  switch (kind) {
    case "min-read-quorum":
      return { type: "quorum", n: p.n, groups: [{ label: "W", size: p.w }], caption: `N = ${p.n}, W = ${p.w}, R = ?` };
    case "flexible-paxos-q1":
      return { type: "quorum", n: p.n, groups: [{ label: "Q2", size: p.q2 }], caption: `N = ${p.n}, Q2 = ${p.q2}, Q1 = ?` };
    case "nodes-for-crash-faults":
    case "byzantine-nodes":
      return { type: "quorum", n: 0, groups: [], caption: `f = ${p.f}, N = ?` };
    default:
      return { type: "quorum", n: p.n ?? 0, groups: [], caption: p.n ? `N = ${p.n}` : "" };
  }
}

export function generateQuorumArithmetic(seed: number, forced?: string): Exercise {
  const rng = createRng(seed);
  const kind = forced ?? rng.pick(KINDS);
  const base = { family: "quorum-arithmetic", kind, seed, lesson: "quorums-smr" };
  if (kind === "read-write-overlap") {
    const n = rng.int(3, 7);
    const w = rng.int(1, n);
    const r = rng.int(1, n);
    const a = analyzeReplicaQuorums({ n, w, r });
    const { choices, answer } = fixedChoice(YES_NO, a.readWriteOverlap ? "Yes" : "No");
    return {
      ...base,
      prompt: `A Dynamo-style store keeps N = ${n} replicas, writes to W = ${w} and reads from R = ${r} (strict quorums, no failures). Must every read quorum overlap the last completed write quorum?`,
      figure: { type: "quorum", n, groups: [{ label: "W", size: w }, { label: "R", size: r }], caption: `N = ${n}, W = ${w}, R = ${r}` },
      response: { kind: "single", choices },
      answer,
      explanation: `${a.readWriteOverlap ? a.guarantees[0] : a.doesNotGuarantee[0]} Even with overlap, this is not linearizability (reads concurrent with a write can disagree).`,
    };
  }
  if (kind === "flexible-paxos-safe") {
    const n = rng.int(4, 9);
    const q1 = rng.int(1, n);
    const q2 = rng.int(1, n);
    const a = analyzeFlexiblePaxos({ n, q1, q2 });
    const { choices, answer } = fixedChoice(YES_NO, a.safe ? "Yes" : "No");
    return {
      ...base,
      prompt: `Flexible Paxos with N = ${n} acceptors, phase-1 quorums of Q1 = ${q1} and phase-2 quorums of Q2 = ${q2}. Is this safe (can never choose two values)?`,
      figure: { type: "quorum", n, groups: [{ label: "Q1", size: q1 }, { label: "Q2", size: q2 }], caption: `N = ${n}, Q1 = ${q1}, Q2 = ${q2}` },
      response: { kind: "single", choices },
      answer,
      explanation: a.explanation,
    };
  }
  if (!(QUORUM_QUESTION_KINDS as readonly string[]).includes(kind)) throw new RangeError(`unknown quorum-arithmetic kind "${kind}"`);
  const q = quorumQuestion(kind as QuorumQuestionKind, rng);
  return {
    ...base,
    prompt: q.prompt,
    figure: figureFor(kind, q.params),
    response: { kind: "numeric", tolerance: 0, unit: "nodes" },
    answer: q.answer,
    explanation: q.explanation,
  };
}

export const quorumArithmeticFamily: ExerciseFamily = {
  id: "quorum-arithmetic",
  title: "Quorum arithmetic",
  lesson: "quorums-smr",
  kinds: KINDS,
  generate: generateQuorumArithmetic,
};
