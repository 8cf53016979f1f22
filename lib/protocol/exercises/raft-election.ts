import { createRng, type Rng } from "../rng";
import { runElection, type ServerState } from "./raft-engine";
import { fixedChoice, fmtLog } from "./util";
import type { Exercise, ExerciseFamily } from "./types";

// Raft elections (§5.2, §5.4.1): given every server's current term and log, which servers can win
// the next election? Each key comes from running the Raft node's own campaign and RequestVote
// handlers on copies of these states.

const KINDS = ["who-can-win", "voters", "can-win"] as const;

function servers(rng: Rng): ServerState[] {
  const n = rng.chance(0.5) ? 3 : 5;
  const top = rng.int(3, 5);
  return Array.from({ length: n }, () => {
    const len = rng.int(1, 5);
    const log: number[] = [];
    let t = 1;
    for (let i = 0; i < len; i++) {
      if (rng.chance(0.35)) t = Math.min(top, t + rng.int(1, 2));
      log.push(t);
    }
    return { term: t + rng.int(0, 2), log };
  });
}

const lastTerm = (s: ServerState) => (s.log.length ? s.log[s.log.length - 1] : 0);
const name = (i: number) => `S${i}`;

export function generateRaftElection(seed: number, forced?: string): Exercise {
  const rng = createRng(seed);
  const kind: string = forced ?? rng.pick(KINDS);
  let ss: ServerState[] = [];
  let runs: ReturnType<typeof runElection>[] = [];
  // Draw until the answer is not "everyone" or "no one", so the question discriminates.
  for (let attempt = 0; ; attempt++) {
    ss = servers(rng);
    runs = ss.map((_, i) => runElection(ss, i + 1));
    const wins = runs.filter((r) => r.won).length;
    if ((wins > 0 && wins < ss.length) || attempt > 50) break;
  }
  const n = ss.length;
  const ids = ss.map((_, i) => i + 1);
  const base = { family: "raft-election", seed, lesson: "raft" };
  const figure = {
    type: "logs" as const,
    rows: ss.map((s, i) => ({ label: name(i + 1), terms: s.log, note: `current term ${s.term}` })),
  };
  const setup = `${n} Raft servers are all followers (the old leader is gone) and none has voted in its current term. A server that times out adds 1 to its term, votes for itself and asks the others.`;
  const why = (i: number) => {
    const r = runs[i - 1];
    const s = ss[i - 1];
    return `${name(i)} campaigns in term ${r.newTerm} with last entry (index ${s.log.length}, term ${lastTerm(s)}): ${r.voters.length} vote(s) from ${r.voters.map(name).join(", ")}${r.won ? `, a majority of ${n}` : `, short of ${Math.floor(n / 2) + 1}`}.`;
  };
  const refusals = (i: number) => ids.filter((j) => !runs[i - 1].voters.includes(j)).map((j) => {
    const s = ss[j - 1];
    const c = ss[i - 1];
    return s.term > runs[i - 1].newTerm
      ? `${name(j)} is already in term ${s.term}`
      : `${name(j)}'s log (last term ${lastTerm(s)}, length ${s.log.length}) is more up to date than ${name(i)}'s (last term ${lastTerm(c)}, length ${c.log.length})`;
  });

  if (kind === "who-can-win") {
    const key = ids.filter((i) => runs[i - 1].won).map(name);
    return {
      ...base, kind, figure,
      prompt: `${setup} Which servers could win the election if they timed out first?`,
      response: { kind: "set", choices: ids.map((i) => ({ id: name(i), text: name(i) })) },
      answer: key,
      explanation: ids.map(why).join(" "),
    };
  }
  const c = rng.int(1, n);
  if (kind === "voters") {
    return {
      ...base, kind, figure,
      prompt: `${setup} ${name(c)} times out first. Which servers vote for it (its own vote included)?`,
      response: { kind: "set", choices: ids.map((i) => ({ id: name(i), text: name(i) })) },
      answer: runs[c - 1].voters.map(name),
      explanation: `${why(c)}${refusals(c).length ? ` Refused: ${refusals(c).join("; ")}.` : ""}`,
    };
  }
  const { choices, answer } = fixedChoice([`Yes, ${name(c)} can become leader`, `No, ${name(c)} cannot win`], runs[c - 1].won ? `Yes, ${name(c)} can become leader` : `No, ${name(c)} cannot win`);
  return {
    ...base, kind: "can-win", figure,
    prompt: `${setup} ${name(c)} (log ${fmtLog(ss[c - 1].log)}, term ${ss[c - 1].term}) times out first. Can it win this election?`,
    response: { kind: "single", choices },
    answer,
    explanation: `${why(c)}${refusals(c).length ? ` Refused: ${refusals(c).join("; ")}.` : ""}`,
  };
}

export const raftElectionFamily: ExerciseFamily = {
  id: "raft-election",
  title: "Raft elections",
  lesson: "raft",
  kinds: KINDS,
  generate: generateRaftElection,
};
