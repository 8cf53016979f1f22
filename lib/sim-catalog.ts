// The simulators and their presets, as plain data: what `/sim` lists, what a lesson's
// `[[sim:NAME?preset=…]]` may name (content:check reads this), and what the registry in
// components/sim/registry.ts must provide a component for. No React, no DOM: lib/content
// imports it. Add a simulator or preset here first, then its engine set-up and component.

export interface SimPresetInfo {
  name: string;
  title: string;
  /** One sentence: the state the preset starts from and what to watch. */
  description: string;
}

export interface SimInfo {
  name: string;
  title: string;
  /** One line for the /sim index. */
  blurb: string;
  /** The preset a bare `[[sim:NAME]]` or `/sim/NAME` starts with. */
  defaultPreset: string;
  presets: readonly SimPresetInfo[];
}

/** One simulator from plain rows: [name, title, description] per preset; the default preset is the first unless named. */
type PresetRow = readonly [name: string, title: string, description: string];

function sim(name: string, title: string, blurb: string, rows: readonly PresetRow[], defaultPreset = rows[0][0]): SimInfo {
  return { name, title, blurb, defaultPreset, presets: rows.map(([name, title, description]) => ({ name, title, description })) };
}

export const SIM_CATALOG: readonly SimInfo[] = [
  sim("raft", "Raft", "Servers elect a leader and replicate a log; crash them, cut the network and watch the safety properties hold.", [
    ["normal", "Normal operation", "Five servers elect a leader on the first try; client requests replicate to a majority and commit."],
    ["split-vote", "Split vote", "Every server times out at the same moment and votes for itself, so nobody wins; randomized timeouts break the tie in a later term."],
    ["leader-crash", "Leader crash mid-commit", "The leader crashes after its newest entry reached only some followers; the next leader must still hold every committed entry."],
    ["figure-8", "Figure 8", "The Raft paper's Figure 8: an old-term entry on a majority is not yet committed; switch on the bug to commit it by counting replicas and watch it get overwritten."],
    ["partition", "Partitioned leader", "The leader is cut off with one follower; the majority side elects a new leader while the old one keeps trying."],
  ]),
  sim("paxos", "Paxos", "Proposers and acceptors run single-decree Paxos: try to make two acceptors decide different values.", [
    ["single-proposer", "One proposer", "One proposer, three acceptors: prepare, promise, accept, accepted; the value is chosen after two round trips."],
    ["competing-proposers", "Two proposers, one value", "A second proposer starts a higher ballot mid-way; it learns the accepted value in phase 1 and adopts it."],
    ["dueling-livelock", "Dueling proposers", "Each new prepare arrives just before the other proposer's accept: ballots climb and nothing is chosen. Safety holds, progress does not."],
    ["dueling-with-backoff", "Dueling with random backoff", "The same duel with a seeded random pause before each retry: the symmetry breaks and one ballot completes."],
    ["acceptor-minority-crash", "Two of five acceptors down", "A majority of acceptors is still up, so a value is still chosen."],
  ], "competing-proposers"),
  sim("two-phase-commit", "Two-phase commit", "A coordinator collects votes and decides; crash it at the wrong moment and participants that voted yes are stuck.", [
    ["happy-path", "Everyone votes yes", "Every participant votes yes, the coordinator logs COMMIT and tells everyone."],
    ["participant-votes-no", "One participant votes no", "One no vote is enough: the coordinator aborts and every participant rolls back."],
    ["coordinator-crash", "Coordinator crash after the votes", "The coordinator logs its decision and crashes before sending it: participants that voted yes are blocked, holding locks."],
    ["mid-broadcast", "Crash mid-broadcast", "The decision reaches one participant before the coordinator crashes: the others stay in doubt until it recovers."],
  ]),
  sim("split-brain", "Split brain", "Cut a cluster in two and compare naive failover, majority quorums and fencing tokens: who accepts writes, and which survive.", [
    ["naive-failover", "Naive failover", "A standby promotes itself when the primary goes quiet, while the old primary keeps acknowledging writes."],
    ["partition", "Majority quorum under a partition", "The same partition with majority quorums: the minority side stops accepting writes, the majority side goes on."],
    ["fencing", "Fencing tokens", "Naive failover, but the storage rejects writes carrying an older token: the stale primary is fenced off."],
    ["cross-dc", "Two data centres", "Five voters, two in one data centre and three in the other: cut the link and only the side holding the majority keeps committing."],
  ]),
  sim("clocks", "Clocks", "A space-time diagram with Lamport and vector timestamps: add events and messages, then ask which happened before which.", [
    ["three-processes", "Three processes", "Three processes exchanging messages, with Lamport and vector timestamps on every event."],
    ["concurrent-writes", "Concurrent writes", "Two writes that no clock can order: they are concurrent and need a merge rule."],
    ["empty", "Blank diagram", "Three processes and no events: add local events, sends and receives yourself."],
  ]),
  sim("reconcile", "Log reconciliation", "A Raft leader brings divergent follower logs back into line, one AppendEntries at a time.", [
    ["figure-7", "Figure 7", "The follower logs (a)–(f) of the Raft paper's Figure 7, repaired against the leader's log."],
    ["fast-backoff", "Figure 7, conflict-term hints", "The same logs with the §5.3 optimisation: the follower names its conflicting term, and the leader skips it in one round trip."],
  ]),
  sim("linearizability", "Linearizability", "Draw or paste a history of concurrent operations and check it: the verdict, and the operations that break it.", [
    ["stale-read", "Stale read", "A read returns an old value after a newer write completed: not linearizable."],
    ["overlapping-read", "Overlapping read", "The same results, but the late read overlaps the write, so it may take effect before it: linearizable."],
    ["new-then-old", "New then old", "While a write is in flight one read sees the new value and a later read the old one: not linearizable."],
    ["empty", "Your own history", "No operations: build a history by hand, generate one, or paste a Jepsen etcd log or a JSON history."],
  ]),
  sim("quorum", "Quorums", "Pick N, R and W (or phase-1 and phase-2 sizes): see which quorums overlap and how many failures each choice survives.", [
    ["majority", "Majority quorums", "N replicas, reads and writes each to a majority: every read quorum meets every write quorum."],
    ["stale-reads", "W + R ≤ N", "N = 3 with W = R = 1: fast, and a read quorum can miss the last write entirely."],
    ["epaxos", "EPaxos fast path", "EPaxos fast-path quorums, and when a conflicting command forces the slow path."],
    ["flexible-paxos", "Flexible Paxos", "Phase-1 and phase-2 quorums that need only intersect each other."],
    ["byzantine", "Byzantine quorums", "3f + 1 replicas, where any two quorums share an honest node."],
  ]),
];

export const SIM_NAMES: readonly string[] = SIM_CATALOG.map((s) => s.name);

export function simInfo(name: string): SimInfo | undefined {
  return SIM_CATALOG.find((s) => s.name === name);
}

/** The preset entry, or undefined when the simulator or the preset is unknown. */
export function simPreset(name: string, preset: string): SimPresetInfo | undefined {
  return simInfo(name)?.presets.find((p) => p.name === preset);
}

/**
 * Why a `[[sim:NAME?QUERY]]` embed is wrong, or null when it names a known simulator and
 * (if it has one) a known preset. QUERY is the text after "?", e.g. "preset=figure-8".
 */
export function simEmbedProblem(name: string, query: string | undefined): string | null {
  const info = simInfo(name);
  if (!info) return `unknown simulator "${name}" (known: ${SIM_NAMES.join(", ")})`;
  const params = new URLSearchParams(query ?? "");
  for (const key of params.keys()) if (key !== "preset") return `unknown simulator option "${key}" (only preset=… is allowed)`;
  const preset = params.get("preset");
  if (preset === null) return null;
  if (!info.presets.some((p) => p.name === preset)) {
    return `unknown preset "${preset}" for simulator "${name}" (known: ${info.presets.map((p) => p.name).join(", ")})`;
  }
  return null;
}
