import { createRng, type Rng } from "../rng";
import { acceptorStep, proposerStep, type RoleEnv } from "../paxos/roles";
import { compareBallots, type AcceptedProposal, type AcceptorState, type Ballot, type ProposerState } from "../paxos/types";
import { fixedChoice, shuffled } from "./util";
import type { Exercise, ExerciseFamily } from "./types";

// Paxos phase 1 (Lamport 2001, §2.2): given the acceptors' state, what must a proposer propose?
// The promises come from the engine's acceptor step and the value from its proposer step.

const KINDS = ["value", "free-choice", "promisers"] as const;
const VALUES = ["x", "y", "z"];
const OWN = "w";

function acceptors(rng: Rng, count: number): AcceptorState[] {
  // A ballot's proposer sends one value in its accept messages, so one ballot carries one value.
  const valueOf = new Map<string, string>();
  const valueFor = (b: Ballot) => {
    const k = `${b.round}.${b.proposer}`;
    if (!valueOf.has(k)) valueOf.set(k, rng.pick(VALUES));
    return valueOf.get(k)!;
  };
  return Array.from({ length: count }, (_, i) => {
    const id = i + 10;
    if (rng.chance(0.25)) return { id, promised: null, accepted: null };
    const promised: Ballot = { round: rng.int(1, 4), proposer: rng.int(1, 3) };
    let accepted: AcceptedProposal | null = null;
    if (rng.chance(0.65)) {
      const round = rng.int(1, promised.round);
      const ballot = { round, proposer: round === promised.round ? promised.proposer : rng.int(1, 3) };
      accepted = { ballot, value: valueFor(ballot) };
    }
    return { id, promised, accepted };
  });
}

const aName = (id: number) => `A${id - 9}`;
const bText = (b: Ballot) => `(${b.round}, P${b.proposer})`;

export function generatePaxos(seed: number, forced?: string): Exercise {
  const rng = createRng(seed);
  const kind: string = forced ?? rng.pick(KINDS);
  const count = rng.chance(0.5) ? 3 : 5;
  const accs = acceptors(rng, count);
  const quorum = Math.floor(count / 2) + 1;
  const env = (out: RoleEnv["out"]): RoleEnv => ({
    acceptors: accs.map((a) => a.id), learners: [], quorum, out, retry: () => {},
    bugs: { acceptorIgnoresPromises: false, proposerIgnoresAcceptedValues: false },
  });
  const base = { family: "paxos", seed, lesson: "paxos" };
  const maxRound = Math.max(0, ...accs.map((a) => a.promised?.round ?? 0));
  const state = (a: AcceptorState) =>
    `${aName(a.id)}: promised ${a.promised ? bText(a.promised) : "nothing"}, accepted ${a.accepted ? `"${a.accepted.value}" at ${bText(a.accepted.ballot)}` : "nothing"}`;

  if (kind === "promisers") {
    const promisersOf = (ballot: Ballot) => accs.filter((a) => {
      const out: RoleEnv["out"] = [];
      acceptorStep({ ...a }, 4, { type: "prepare", ballot }, env(out));
      return out[0]?.msg.type === "promise";
    }).map((a) => a.id);
    let ballot: Ballot = { round: rng.int(1, Math.max(2, maxRound)), proposer: 4 };
    // Someone must promise (P4 outranks every proposer at the highest round seen).
    if (promisersOf(ballot).length === 0) ballot = { round: Math.max(1, maxRound), proposer: 4 };
    const promisers = promisersOf(ballot);
    return {
      ...base, kind,
      figure: { type: "paxos", ballot: bText(ballot), acceptors: accs.map((a) => fig(a, true)) },
      prompt: `Proposer P4 sends prepare with ballot ${bText(ballot)} (ballots compare by round, then proposer id) to every acceptor. Which acceptors answer with a promise?`,
      response: { kind: "set", choices: accs.map((a) => ({ id: aName(a.id), text: aName(a.id) })) },
      answer: promisers.map(aName),
      explanation: `An acceptor promises a ballot at least as high as the one it last promised, and refuses a lower one. ${accs.map(state).join("; ")}.`
        + (promisers.length === 0 ? " Nobody promises: P4 must retry with a higher ballot." : ""),
    };
  }

  // P4 prepares above every ballot seen, and a majority answers.
  const ballot: Ballot = { round: maxRound + 1, proposer: 4 };
  // The proposer acts on the first majority of promises (later ones are stale), so exactly a quorum answers.
  const responders = shuffled(rng, accs).slice(0, quorum).sort((a, b) => a.id - b.id);
  const p: ProposerState = {
    id: 4, maxRound: ballot.round, value: OWN, phase: "preparing", ballot, promises: {}, proposedValue: null, attempts: 1, heard: {}, decided: null,
  };
  const figure = { type: "paxos" as const, ballot: bText(ballot), acceptors: accs.map((a) => fig(a, responders.includes(a))) };
  for (const a of responders) {
    const out: RoleEnv["out"] = [];
    acceptorStep({ ...a }, 4, { type: "prepare", ballot }, env(out));
    for (const o of out) proposerStep(p, a.id, o.msg, env([]));
  }
  const value = p.proposedValue!;
  const reported = responders.filter((a) => a.accepted).sort((a, b) => compareBallots(b.accepted!.ballot, a.accepted!.ballot));
  const why = reported.length
    ? `The promises from ${responders.map((a) => aName(a.id)).join(", ")} report ${reported.map((a) => `"${a.accepted!.value}" at ${bText(a.accepted!.ballot)}`).join(", ")}; the highest-numbered is ${bText(reported[0].accepted!.ballot)}, so P4 must propose "${value}" (it may already be chosen).`
    : `None of ${responders.map((a) => aName(a.id)).join(", ")} has accepted anything, so no value can have been chosen by a quorum that overlaps them: P4 is free to propose its own "${OWN}".`;
  const setup = `Proposer P4 wants to propose "${OWN}". It sends prepare ${bText(ballot)} and the first majority to answer, ${responders.map((a) => aName(a.id)).join(", ")}, reply with promises, reporting what they have accepted.`;
  if (kind === "free-choice") {
    const { choices, answer } = fixedChoice(["Yes, it may propose its own value", "No, it must propose a value an acceptor reported"], value === OWN ? "Yes, it may propose its own value" : "No, it must propose a value an acceptor reported");
    return { ...base, kind, figure, answer, response: { kind: "single", choices }, prompt: `${setup} Is P4 free to propose "${OWN}" in phase 2?`, explanation: why };
  }
  const texts = [...VALUES.map((v) => `"${v}"`), `"${OWN}" (its own value)`];
  const { choices, answer } = fixedChoice(texts, value === OWN ? texts[3] : `"${value}"`);
  return { ...base, kind: "value", figure, answer, response: { kind: "single", choices }, prompt: `${setup} Which value must P4 send in its accept (phase 2a) messages?`, explanation: why };
}

function fig(a: AcceptorState, responds: boolean) {
  return {
    id: aName(a.id),
    promised: a.promised ? bText(a.promised) : null,
    accepted: a.accepted ? { ballot: bText(a.accepted.ballot), value: a.accepted.value } : null,
    responds,
  };
}

export const paxosFamily: ExerciseFamily = {
  id: "paxos",
  title: "Paxos after phase 1",
  lesson: "paxos",
  kinds: KINDS,
  generate: generatePaxos,
};
