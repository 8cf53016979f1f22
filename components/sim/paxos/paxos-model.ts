// The Paxos simulator's SimModel over lib/protocol's single-decree Paxos (BeatPaxos framing:
// try to get two different values chosen). Presets are the engine's own (PAXOS_PRESETS).

import { PAXOS_PRESETS, replayPaxos, type PaxosAction, type PaxosBugs, type PaxosCluster, type PaxosSnapshot } from "@/lib/protocol/paxos";
import { applyCommon, engineRun, invariantsFrom, isInt, matches, parseMessageAction, parseNodeAction, traceLog } from "../shared/engine-model";
import type { InvariantState, LogLine, Question, SimModel } from "../shared/model";

type C = PaxosCluster;

export interface PaxosSimConfig {
  proposers: number;
  acceptors: number;
  bugs: Partial<PaxosBugs>;
}

/** The value each proposer's client asks for. */
export const PAXOS_VALUES = ["x", "y", "z", "w", "v"] as const;

export const PAXOS_INVARIANTS = ["At most one value is chosen", "Acceptors keep their promises", "Learners learn only the chosen value"] as const;

const preset = (name: string) => PAXOS_PRESETS.find((p) => p.name === name) ?? PAXOS_PRESETS[0];

export function paxosDefaultConfig(name: string): PaxosSimConfig {
  const p = preset(name).config;
  return { proposers: p.proposers ?? 2, acceptors: p.acceptors ?? 3, bugs: {} };
}


function parseConfig(raw: unknown, name: string): PaxosSimConfig | null {
  if (typeof raw !== "object" || raw === null) return null;
  const r = raw as Record<string, unknown>;
  const d = paxosDefaultConfig(name);
  const proposers = r.proposers ?? d.proposers;
  const acceptors = r.acceptors ?? d.acceptors;
  const bugs = (r.bugs ?? {}) as Record<string, unknown>;
  if (!isInt(proposers, 1, 5) || !isInt(acceptors, 1, 9) || typeof bugs !== "object" || bugs === null) return null;
  const b: Partial<PaxosBugs> = {};
  for (const [k, v] of Object.entries(bugs)) {
    if (!["acceptorIgnoresPromises", "proposerIgnoresAcceptedValues"].includes(k) || typeof v !== "boolean") return null;
    b[k as keyof PaxosBugs] = v;
  }
  return { proposers, acceptors, bugs: b };
}

function parseAction(raw: unknown): PaxosAction | null {
  if (typeof raw !== "object" || raw === null) return null;
  const a = raw as Record<string, unknown>;
  const at = 0; // the controller keeps the real point; the engine's own record is rebuilt on replay
  switch (a.kind) {
    case "propose":
      return isInt(a.proposer, 1, 5) && typeof a.value === "string" && a.value.length > 0 && a.value.length <= 20 ? { at, kind: "propose", proposer: a.proposer, value: a.value } : null;
    default:
      return parseNodeAction(a, 14) ?? parseMessageAction(a);
  }
}

function apply(c: C, a: PaxosAction): void {
  if (a.kind === "propose") c.propose(a.proposer, a.value);
  else applyCommon(c, a);
}

function create(seed: number, name: string, cfg: PaxosSimConfig): C {
  const p = preset(name);
  const ids = cfg.proposers + cfg.acceptors;
  // Preset actions that name nodes this configuration lacks are left out.
  const actions = p.actions.filter((a) => (a.kind === "propose" ? a.proposer <= cfg.proposers : a.kind === "crash" || a.kind === "restart" ? a.id <= ids : true));
  return replayPaxos({ ...p.config, proposers: cfg.proposers, acceptors: cfg.acceptors, bugs: cfg.bugs, seed }, actions);
}

function invariants(c: C): InvariantState[] {
  return invariantsFrom(PAXOS_INVARIANTS, c.violations(), [matches(/two values chosen|carries two values/), matches(/^acceptor \d+ accepted/), matches(/decided/)]);
}

function log(c: C): LogLine[] {
  return traceLog(c.trace);
}

const valueChoices = (c: C) => [
  ...c.proposerIds.map((id) => ({ id: PAXOS_VALUES[id - 1], text: `"${PAXOS_VALUES[id - 1]}"` })),
  { id: "none", text: "Nothing, for now" },
];

function chosenWithin(f: C, ms: number): string {
  f.runUntil((k) => k.chosen() !== null, ms);
  return f.chosen()?.value ?? "none";
}

export function paxosQuestions(name: string): Question<C>[] {
  const qs: Question<C>[] = [];
  if (name === "competing-proposers") {
    qs.push({
      id: "which-value",
      at: 0,
      ask: (c) => (c.chosen() === null ? { prompt: 'P1 is part-way through ballot 1 with "x"; P2 has just started a higher ballot with "y". Which value will be chosen within a second?', choices: valueChoices(c) } : null),
      resolve: (f) => {
        const v = chosenWithin(f, 1000);
        const ch = f.chosen();
        return {
          answer: [v],
          explanation: ch
            ? `"${ch.value}" was chosen at ballot ${ch.ballot.round}.${ch.ballot.proposer} (t=${ch.at}). ${ch.ballot.proposer === 2 && ch.value === "x" ? 'P2 won the ballot but adopted "x": a promise reported it as accepted, and phase 2 must propose the highest accepted value.' : "The other ballot was cut short by higher promises."}`
            : "Nothing was chosen within a second: the proposers kept pre-empting each other.",
        };
      },
    });
  }
  if (name === "dueling-livelock" || name === "dueling-with-backoff") {
    qs.push({
      id: "duel-progress",
      at: 150,
      ask: (c) =>
        c.chosen() === null
          ? {
              prompt: `Ballots have climbed to round ${c.maxRound()} and nothing is chosen. Will a value be chosen in the next second?`,
              choices: [{ id: "yes", text: "Yes" }, { id: "no", text: "No" }],
            }
          : null,
      resolve: (f) => {
        const before = f.maxRound();
        const v = chosenWithin(f, 1000);
        return {
          answer: [v === "none" ? "no" : "yes"],
          explanation:
            v === "none"
              ? `No: ballots climbed from round ${before} to ${f.maxRound()}. Each prepare arrives just before the other proposer's accept, so every accept is refused (§2.4). Safety holds; progress does not.`
              : `Yes: "${v}" was chosen. A random pause before a retry let one ballot finish both phases before the other interrupted it.`,
        };
      },
    });
  }
  if (name === "dueling-with-backoff") {
    qs.push({
      id: "duel-winner",
      at: 0,
      ask: (c) => ({ prompt: "Two proposers with the same timing, but each retry waits a random extra pause. Which value will be chosen?", choices: valueChoices(c) }),
      resolve: (f) => {
        const v = chosenWithin(f, 3000);
        return { answer: [v], explanation: v === "none" ? "Nothing was chosen within 3 s." : `"${v}" was chosen at ${f.chosen()!.at} ms: the seeded backoff decided who got through.` };
      },
    });
  }
  if (name === "acceptor-minority-crash" || name === "single-proposer") {
    qs.push({
      id: "minority-down",
      at: 0,
      ask: (c) => {
        const down = c.nodes().filter((n) => n.role === "acceptor" && !n.alive).length;
        return {
          prompt: `${down} of ${c.acceptorIds.length} acceptors are down. Will "x" be chosen?`,
          choices: [{ id: "x", text: "Yes" }, { id: "none", text: "No" }],
        };
      },
      resolve: (f) => {
        const v = chosenWithin(f, 1000);
        const up = f.nodes().filter((n) => n.role === "acceptor" && n.alive).length;
        return {
          answer: [v === "x" ? "x" : "none"],
          explanation: `${up} of ${f.acceptorIds.length} acceptors are up and a quorum is ${f.quorum}: ${up >= f.quorum ? `"x" was chosen once ${f.quorum} accepted ballot ${f.chosen()?.ballot.round ?? 1}.` : "no ballot can gather a majority, so nothing is chosen."}`,
        };
      },
    });
  }
  return qs;
}

export const paxosModel: SimModel<C, PaxosAction, PaxosSimConfig> = {
  name: "paxos",
  msPerSecond: 60,
  defaultConfig: paxosDefaultConfig,
  parseConfig,
  parseAction,
  create,
  ...engineRun<C, PaxosSnapshot>(),
  apply,
  invariants,
  log,
  bugs: [
    { key: "acceptorIgnoresPromises", label: "acceptors ignore their promises", explains: "an acceptor accepts a ballot below one it promised" },
    { key: "proposerIgnoresAcceptedValues", label: "proposers ignore accepted values", explains: "phase 2 proposes its own value even when a promise reported an accepted one" },
  ],
  questions: paxosQuestions,
  describeAction: (a) => (a.kind === "propose" ? `client asks P${a.proposer} to propose "${a.value}"` : a.kind),
};
