import { createRng } from "../rng";
import { createTwoPhaseCommit, type TwoPhaseCommit } from "../two-phase-commit/cluster";
import type { CrashPoint, Vote } from "../two-phase-commit/types";
import { fixedChoice } from "./util";
import type { Exercise, ExerciseFamily } from "./types";

// Two-phase commit with one crash: the outcome and who is blocked. Each variant is a real run of
// the engine's 2PC (coordinator node 1, participants 2..n+1) with the crash injected where stated.

const KINDS = ["outcome", "blocked", "after-recovery"] as const;

const CRASH_TEXT: Record<CrashPoint, string> = {
  "before-prepare": "right after the transaction begins, before sending any PREPARE",
  "after-votes": "as soon as the votes settle the outcome, before logging a decision",
  "after-decision-logged": "right after forcing its decision to its log, before sending it",
  "mid-broadcast": "while sending its decision: only the first participant receives it",
  "before-vote": "on receiving PREPARE, before logging or sending its vote",
  "after-vote": "right after logging and sending its vote",
};

const OUTCOMES = ["Committed at every participant", "Aborted at every participant", "Blocked: some participants are in doubt", "Some commit and some abort"];
const outcomeText = (o: string) => (o === "committed" ? OUTCOMES[0] : o === "aborted" ? OUTCOMES[1] : o === "in-doubt" ? OUTCOMES[2] : OUTCOMES[3]);
const label = (id: number) => (id === 1 ? "C" : `P${id}`);

export function generateTwoPhaseCommit(seed: number, forced?: string): Exercise {
  const rng = createRng(seed);
  let kind: string = forced ?? rng.pick(KINDS);
  const participants = rng.int(2, 3);
  const votes: Vote[] = Array.from({ length: participants }, () => "yes");
  if (rng.chance(0.35)) votes[rng.int(0, participants - 1)] = "no";
  const coordinatorCrash = rng.chance(0.65);
  const node = coordinatorCrash ? 1 : rng.int(2, participants + 1);
  const at: CrashPoint = coordinatorCrash
    ? rng.pick(["before-prepare", "after-votes", "after-decision-logged", "mid-broadcast"] as const)
    : rng.pick(["before-vote", "after-vote"] as const);
  const run = () => {
    // Short timers keep the run small: votes time out at 200 ms, an unprepared participant gives up at 400 ms.
    const t = createTwoPhaseCommit({ seed, participants, votes, crashes: [{ node, at }], workTimeout: 400, inquiryInterval: 200, resendInterval: 200 });
    t.begin();
    t.advance(1000);
    return t;
  };
  const t = run();
  const { outcome, blocked } = settle(t);
  if (kind === "blocked" && blocked.length === 0) kind = "outcome";
  const base = { family: "two-phase-commit", seed, lesson: "atomic-commit" };
  const figure = {
    type: "two-phase-commit" as const,
    participants: votes.map((v, i) => ({ id: label(i + 2), vote: v })),
    crash: { node: label(node), at, description: CRASH_TEXT[at] },
  };
  const setup = `A coordinator C runs two-phase commit with participants ${votes.map((v, i) => `${label(i + 2)} (votes ${v.toUpperCase()})`).join(", ")}. ${label(node)} crashes ${CRASH_TEXT[at]}, and stays down. No cooperative termination.`;
  const state = t.participants().map((p) => `${label(p.id)}: ${p.inDoubt ? "in doubt (voted YES, holds its locks)" : p.status}${p.alive ? "" : " (crashed)"}`).join("; ");
  const runExplained = `In the engine's run, after 1 s: ${state}.${t.coordinator().decision ? ` The coordinator's log says ${t.coordinator().decision!.toUpperCase()}.` : " The coordinator logged no decision."}`;

  if (kind === "outcome") {
    const { choices, answer } = fixedChoice(OUTCOMES, outcomeText(outcome));
    return {
      ...base, kind, figure, answer, response: { kind: "single", choices },
      prompt: `${setup} What is the state of the transaction at the participants that are up, a second later?`,
      explanation: `${runExplained} A participant that voted YES may neither commit nor abort alone; one that voted NO (or never voted) aborts on its own.`,
    };
  }
  if (kind === "blocked") {
    return {
      ...base, kind, figure, answer: blocked.map(label),
      response: { kind: "set", choices: votes.map((_, i) => ({ id: label(i + 2), text: label(i + 2) })) },
      prompt: `${setup} Which participants that are up are blocked (in doubt, holding their locks) a second later?`,
      explanation: `${runExplained} Blocked are exactly those that voted YES and have not learned the decision.`,
    };
  }
  // after-recovery: the crashed node restarts and recovers from its write-ahead log.
  const r = run();
  r.restart(node);
  r.advance(1000);
  const after = settle(r).outcome;
  const { choices, answer } = fixedChoice(OUTCOMES, outcomeText(after));
  return {
    ...base, kind: "after-recovery", figure, answer, response: { kind: "single", choices },
    prompt: `${setup.replace(", and stays down.", ".")} A second later ${label(node)} restarts and recovers from its write-ahead log. What is the final outcome?`,
    explanation: `Before the restart: ${state}. After ${label(node)} recovers, the engine ends ${after}: ${node === 1
      ? (t.coordinator().decision ? `the coordinator re-sends the ${t.coordinator().decision!.toUpperCase()} it had logged.` : "with no decision in its log, the coordinator aborts (presumed abort).")
      : "the participant asks for the decision it missed (or aborts if it never voted)."}`,
  };
}

/**
 * The transaction as the participants that are up see it: blocked if any of them is in doubt,
 * else committed or aborted (2PC's safety rules out a mix; a crashed participant is down, not blocked).
 */
function settle(t: TwoPhaseCommit): { outcome: string; blocked: number[] } {
  const up = t.participants().filter((p) => p.alive);
  const blocked = up.filter((p) => p.inDoubt).map((p) => p.id);
  const outcome = blocked.length ? "in-doubt" : up.every((p) => p.status === "committed") ? "committed" : up.every((p) => p.status === "aborted") ? "aborted" : "mixed";
  return { outcome, blocked };
}

export const twoPhaseCommitFamily: ExerciseFamily = {
  id: "two-phase-commit",
  title: "Two-phase commit under a crash",
  lesson: "atomic-commit",
  kinds: KINDS,
  generate: generateTwoPhaseCommit,
};
