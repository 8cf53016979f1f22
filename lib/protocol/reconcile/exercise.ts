// Seeded reconciliation exercises: a divergent leader/follower pair and questions
// whose answers come from running the engine, never from a hand-written key.

import { generateDivergentLogs, type GenerateOptions } from "./logs";
import { reconcile, type ReconcileResult } from "./reconcile";

export type ReconcileQuestionKey = "matchPoint" | "deleted" | "appended" | "roundTrips" | "roundTripsFast";

export interface ReconcileQuestion {
  key: ReconcileQuestionKey;
  prompt: string;
  answer: number;
}

export interface ReconcileExercise {
  seed: number;
  leaderTerm: number;
  leader: number[];
  follower: number[];
  questions: ReconcileQuestion[];
  solution: ReconcileResult; // one-step back-off, step by step
  fastSolution: ReconcileResult; // with the conflict-term optimisation
}

export function generateReconcileExercise(seed: number, o: GenerateOptions = {}): ReconcileExercise {
  const { leader, follower, leaderTerm } = generateDivergentLogs(seed, o);
  const solution = reconcile(leader, follower, { leaderTerm });
  const fastSolution = reconcile(leader, follower, { leaderTerm, backoff: "conflict-term" });
  const questions: ReconcileQuestion[] = [
    {
      key: "matchPoint",
      prompt: "Up to which index do the two logs agree? (the prevLogIndex of the first AppendEntries the follower accepts)",
      answer: solution.matchPoint,
    },
    { key: "deleted", prompt: "How many entries does the follower delete?", answer: solution.deleted.length },
    { key: "appended", prompt: "How many of the leader's entries does the follower append?", answer: solution.appended.length },
    {
      key: "roundTrips",
      prompt: "Starting from nextIndex = leader's last index + 1 and backing off one entry per rejection (Figure 2), how many AppendEntries round trips until the follower accepts?",
      answer: solution.roundTrips,
    },
    {
      key: "roundTripsFast",
      prompt: "With the §5.3 optimisation (the follower reports its conflicting term and that term's first index), how many round trips?",
      answer: fastSolution.roundTrips,
    },
  ];
  return { seed, leaderTerm, leader, follower, questions, solution, fastSolution };
}
