import { createRng, type Rng } from "../rng";
import {
  byzantineFaultsTolerated, byzantineQuorums, majority, minPhase1Quorum, minReadQuorum,
  nodesForCrashFaults, toleratedCrashFaults,
} from "./arithmetic";

// Seeded numeric drills. Answers come from the arithmetic functions above.

export type QuorumQuestionKind =
  | "majority"
  | "tolerated-crash-faults"
  | "nodes-for-crash-faults"
  | "min-read-quorum"
  | "flexible-paxos-q1"
  | "byzantine-nodes"
  | "byzantine-quorum"
  | "byzantine-tolerated";

export interface QuorumQuestion {
  kind: QuorumQuestionKind;
  params: Record<string, number>;
  prompt: string;
  answer: number;
  explanation: string;
}

export const QUORUM_QUESTION_KINDS: readonly QuorumQuestionKind[] = [
  "majority", "tolerated-crash-faults", "nodes-for-crash-faults", "min-read-quorum",
  "flexible-paxos-q1", "byzantine-nodes", "byzantine-quorum", "byzantine-tolerated",
];

export function quorumQuestion(kind: QuorumQuestionKind, rng: Rng): QuorumQuestion {
  switch (kind) {
    case "majority": {
      const n = rng.int(1, 9);
      return q(kind, { n }, `How many nodes form a majority quorum in a cluster of ${n}?`, majority(n),
        `⌊${n}/2⌋ + 1 = ${majority(n)}: the smallest size at which any two quorums must share a node.`);
    }
    case "tolerated-crash-faults": {
      const n = rng.int(1, 9);
      return q(kind, { n }, `A majority-quorum protocol runs on ${n} nodes. How many may crash while it still makes progress?`,
        toleratedCrashFaults(n), `⌊(${n} − 1)/2⌋ = ${toleratedCrashFaults(n)}; a majority of ${majority(n)} must stay up.${n % 2 === 0 ? ` An even cluster tolerates no more than ${n - 1} nodes would.` : ""}`);
    }
    case "nodes-for-crash-faults": {
      const f = rng.int(1, 4);
      return q(kind, { f }, `How many nodes does a majority-quorum protocol need to survive ${f} crash(es)?`, nodesForCrashFaults(f),
        `2f + 1 = ${nodesForCrashFaults(f)}: after f crashes, f + 1 nodes remain, still a majority.`);
    }
    case "min-read-quorum": {
      const n = rng.int(3, 7);
      const w = rng.int(1, n);
      return q(kind, { n, w }, `N = ${n} replicas, W = ${w}. What is the smallest R with W + R > N?`, minReadQuorum(n, w),
        `R = N − W + 1 = ${minReadQuorum(n, w)}. Overlap means a read meets the last completed write; it is still not linearizable and sloppy quorums break it.`);
    }
    case "flexible-paxos-q1": {
      const n = rng.int(4, 9);
      const q2 = rng.int(1, majority(n) - 1);
      return q(kind, { n, q2 }, `Flexible Paxos with N = ${n} acceptors and phase-2 quorums of ${q2}. What is the smallest phase-1 quorum?`,
        minPhase1Quorum(n, q2), `Every phase-1 quorum must meet every phase-2 quorum: Q1 = N − Q2 + 1 = ${minPhase1Quorum(n, q2)}.`);
    }
    case "byzantine-nodes": {
      const f = rng.int(1, 4);
      const b = byzantineQuorums(f);
      return q(kind, { f }, `How many nodes are needed to tolerate ${f} Byzantine fault(s)?`, b.nodes,
        `n ≥ 3f + 1 = ${b.nodes}: quorums of 2f + 1 = ${b.quorum} then overlap in f + 1 = ${b.overlap} nodes, at least one of them correct.`);
    }
    case "byzantine-quorum": {
      const f = rng.int(1, 4);
      const b = byzantineQuorums(f);
      return q(kind, { f, n: b.nodes }, `A BFT system of ${b.nodes} nodes tolerates f = ${f}. How large is a quorum?`, b.quorum,
        `2f + 1 = ${b.quorum}: two such quorums share f + 1 = ${b.overlap} nodes, so at least one correct node is in both.`);
    }
    case "byzantine-tolerated": {
      const n = rng.int(4, 13);
      return q(kind, { n }, `How many Byzantine faults can ${n} nodes tolerate?`, byzantineFaultsTolerated(n),
        `⌊(${n} − 1)/3⌋ = ${byzantineFaultsTolerated(n)}, since n ≥ 3f + 1.`);
    }
  }
}

/** `count` questions cycling through every kind, in a seeded order. */
export function generateQuorumExercise(seed: number, count = 8): QuorumQuestion[] {
  if (!Number.isInteger(count) || count < 1 || count > 100) throw new RangeError(`count must be 1..100, got ${count}`);
  const rng = createRng(seed);
  const kinds = [...QUORUM_QUESTION_KINDS];
  for (let i = kinds.length - 1; i > 0; i--) {
    const j = rng.int(0, i);
    [kinds[i], kinds[j]] = [kinds[j], kinds[i]];
  }
  return Array.from({ length: count }, (_, i) => quorumQuestion(kinds[i % kinds.length], rng));
}

const q = (kind: QuorumQuestionKind, params: Record<string, number>, prompt: string, answer: number, explanation: string): QuorumQuestion =>
  ({ kind, params, prompt, answer, explanation });
