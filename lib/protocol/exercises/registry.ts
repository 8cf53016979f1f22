import { clocksFamily } from "./clocks";
import { gradeExercise } from "./grade";
import { linearizabilityFamily } from "./linearizability";
import { paxosFamily } from "./paxos";
import { quorumArithmeticFamily } from "./quorum";
import { raftElectionFamily } from "./raft-election";
import { raftLogRepairFamily } from "./raft-log";
import { twoPhaseCommitFamily } from "./two-phase-commit";
import type { Exercise, ExerciseFamily } from "./types";

// The one registry of generated exercises (contract: shared/docs/protocol-api.md). Pure and
// seeded: the same family and seed give the same exercise, byte for byte.

const FAMILIES: readonly ExerciseFamily[] = [
  quorumArithmeticFamily,
  clocksFamily,
  linearizabilityFamily,
  raftLogRepairFamily,
  raftElectionFamily,
  twoPhaseCommitFamily,
  paxosFamily,
];

export const EXERCISE_FAMILIES: readonly string[] = FAMILIES.map((f) => f.id);

/** Title, lesson and sub-kinds per family, for builders and listings. */
export const EXERCISE_FAMILY_INFO: ReadonlyArray<Pick<ExerciseFamily, "id" | "title" | "lesson" | "kinds">> = FAMILIES.map(
  ({ id, title, lesson, kinds }) => ({ id, title, lesson, kinds }),
);

export class ExerciseError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "ExerciseError";
  }
}

export function exerciseFamily(id: string): ExerciseFamily | undefined {
  return FAMILIES.find((f) => f.id === id);
}

/** Seeds are 32-bit unsigned integers (what the generator folds any number into). */
export function generateExercise(family: string, seed: number, kind?: string): Exercise {
  const f = exerciseFamily(family);
  if (!f) throw new ExerciseError(`unknown exercise family "${family}" (one of ${EXERCISE_FAMILIES.join(", ")})`);
  if (!Number.isInteger(seed) || seed < 0 || seed > 0xffffffff) throw new ExerciseError(`seed must be an integer 0..2^32-1, got ${seed}`);
  if (kind !== undefined && !f.kinds.includes(kind)) throw new ExerciseError(`unknown ${family} kind "${kind}" (one of ${f.kinds.join(", ")})`);
  return f.generate(seed, kind);
}

export { gradeExercise };
