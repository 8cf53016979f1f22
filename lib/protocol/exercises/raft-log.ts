import { createRng } from "../rng";
import { generateDivergentLogs, lastSharedIndex } from "../reconcile/logs";
import { describeReconcileStep, reconcile } from "../reconcile/reconcile";
import { leaderCommitIndex } from "./raft-engine";
import { fmtLog, shuffled, singleChoice } from "./util";
import type { Exercise, ExerciseFamily } from "./types";

// Raft log repair (§5.3, Figure 7): a leader and a divergent follower from the engine's generator,
// keys from reconcile() (step by step), and the commit index from the Raft node's own rule.

const KINDS = ["log-after", "match-point", "deleted", "round-trips", "round-trips-fast", "committed"] as const;

export function generateRaftLogRepair(seed: number, forced?: string): Exercise {
  const rng = createRng(seed);
  let kind: string = forced ?? rng.pick(KINDS);
  const { leader, follower, leaderTerm } = generateDivergentLogs(rng.int(0, 2 ** 31 - 1), { maxLength: 10 });
  const slow = reconcile(leader, follower, { leaderTerm });
  const fast = reconcile(leader, follower, { leaderTerm, backoff: "conflict-term" });
  if (kind === "deleted" && slow.deleted.length === 0) kind = "match-point";
  const base = { family: "raft-log-repair", seed, lesson: "raft" };
  const rows = [
    { label: "Leader", terms: leader, note: `term ${leaderTerm}` },
    { label: "Follower", terms: follower, note: "" },
  ];
  const figure = { type: "logs" as const, rows };
  const steps = (r: typeof slow) => r.steps.filter((s) => s.kind !== "send").map(describeReconcileStep).join(" ");
  const intro = `The leader of term ${leaderTerm} and one follower hold these logs (each box is an entry, labelled with its term).`;

  switch (kind) {
    case "log-after": {
      const key = fmtLog(slow.follower);
      const appendOnly = follower.concat(leader.slice(follower.length));
      const { choices, answer } = singleChoice(rng, key, [
        fmtLog(appendOnly), fmtLog(follower), fmtLog(leader.slice(0, slow.matchPoint)), fmtLog(leader.slice(0, -1)), fmtLog(follower.concat(leader.slice(-1))),
      ]);
      return {
        ...base, kind, figure, answer, response: { kind: "single", choices },
        prompt: `${intro} What is the follower's log once the leader has repaired it?`,
        explanation: `${steps(slow)} The follower ends with exactly the leader's log, ${key}: Log Matching makes the repaired prefix identical.`,
      };
    }
    case "match-point":
      return {
        ...base, kind, figure, answer: slow.matchPoint, response: { kind: "numeric", tolerance: 0 },
        prompt: `${intro} Up to which index do the two logs agree (the prevLogIndex of the first AppendEntries the follower accepts; 0 if none)?`,
        explanation: steps(slow),
      };
    case "deleted":
      return {
        ...base, kind, figure, answer: slow.deleted.map((e) => `i${e.index}`),
        response: { kind: "set", choices: follower.map((t, i) => ({ id: `i${i + 1}`, text: `index ${i + 1} (term ${t})` })) },
        prompt: `${intro} Which of the follower's entries does the repair delete?`,
        explanation: `${steps(slow)} Only entries that conflict with the leader's (same index, different term) and everything after them are deleted.`,
      };
    case "round-trips":
      return {
        ...base, kind, figure, answer: slow.roundTrips, response: { kind: "numeric", tolerance: 0 },
        prompt: `${intro} The leader starts with nextIndex = ${leader.length + 1} and backs off one entry per rejection (Figure 2). How many AppendEntries round trips until the follower accepts?`,
        explanation: steps(slow),
      };
    case "round-trips-fast":
      return {
        ...base, kind, figure, answer: fast.roundTrips, response: { kind: "numeric", tolerance: 0 },
        prompt: `${intro} With the §5.3 optimisation (a rejection reports the follower's conflicting term and the first index it holds for that term), how many round trips until the follower accepts?`,
        explanation: `${steps(fast)} (One entry at a time would take ${slow.roundTrips}.)`,
      };
    default: {
      // A five-server cluster: the divergent follower plus three that hold prefixes of the leader's log.
      const others = [0, 0, 0].map(() => leader.slice(0, rng.int(Math.max(0, slow.matchPoint - 1), leader.length)));
      const followers = shuffled(rng, [follower, ...others]);
      const match = followers.map((f) => lastSharedIndex(leader, f));
      const commit = leaderCommitIndex(leader, leaderTerm, match);
      const logRows = [
        { label: "S1 (leader)", terms: leader, note: `term ${leaderTerm}` },
        ...followers.map((f, i) => ({ label: `S${i + 2}`, terms: f, note: `matches up to ${match[i]}` })),
      ];
      const stored = (i: number) => 1 + match.filter((m) => m >= i).length;
      const majorityIdx = Math.max(0, ...leader.map((_, i) => i + 1).filter((i) => stored(i) >= 3));
      return {
        ...base, kind: "committed", figure: { type: "logs", rows: logRows }, answer: commit, response: { kind: "numeric", tolerance: 0 },
        prompt: `S1 has just become leader of term ${leaderTerm} (its commit index starts at 0) and learns how far each follower's log matches its own. Up to which index can it now mark entries committed? (0 if none)`,
        explanation: commit > 0
          ? `Index ${commit} holds a term-${leaderTerm} entry stored on ${stored(commit)} of 5 servers, a majority; committing it commits every entry before it.`
          : `The highest index on a majority is ${majorityIdx}${majorityIdx ? `, but its entry is from term ${leader[majorityIdx - 1]}` : ""}. A leader counts replicas only for entries of its own term (§5.4.2, Figure 8), so nothing is committed yet.`,
      };
    }
  }
}

export const raftLogRepairFamily: ExerciseFamily = {
  id: "raft-log-repair",
  title: "Raft log repair and commitment",
  lesson: "raft",
  kinds: KINDS,
  generate: generateRaftLogRepair,
};
