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

export const SIM_CATALOG: readonly SimInfo[] = [
  {
    name: "raft",
    title: "Raft",
    blurb: "Servers elect a leader and replicate a log; crash them, cut the network and watch the safety properties hold.",
    defaultPreset: "normal",
    presets: [
      { name: "normal", title: "Normal operation", description: "Five servers elect a leader on the first try; client requests replicate to a majority and commit." },
      { name: "split-vote", title: "Split vote", description: "Every server times out at the same moment and votes for itself, so nobody wins; randomized timeouts break the tie in a later term." },
      { name: "leader-crash", title: "Leader crash mid-commit", description: "The leader crashes after its newest entry reached only some followers; the next leader must still hold every committed entry." },
      { name: "figure-8", title: "Figure 8", description: "The Raft paper's Figure 8: an old-term entry on a majority is not yet committed; switch on the bug to commit it by counting replicas and watch it get overwritten." },
      { name: "partition", title: "Partitioned leader", description: "The leader is cut off with one follower; the majority side elects a new leader while the old one keeps trying." },
    ],
  },
  {
    name: "paxos",
    title: "Paxos",
    blurb: "Proposers and acceptors run single-decree Paxos: try to make two acceptors decide different values.",
    defaultPreset: "competing-proposers",
    presets: [
      { name: "single-proposer", title: "One proposer", description: "One proposer, three acceptors: prepare, promise, accept, accepted; the value is chosen after two round trips." },
      { name: "competing-proposers", title: "Two proposers, one value", description: "A second proposer starts a higher ballot mid-way; it learns the accepted value in phase 1 and adopts it." },
      { name: "dueling-livelock", title: "Dueling proposers", description: "Each new prepare arrives just before the other proposer's accept: ballots climb and nothing is chosen. Safety holds, progress does not." },
      { name: "dueling-with-backoff", title: "Dueling with random backoff", description: "The same duel with a seeded random pause before each retry: the symmetry breaks and one ballot completes." },
      { name: "acceptor-minority-crash", title: "Two of five acceptors down", description: "A majority of acceptors is still up, so a value is still chosen." },
    ],
  },
  {
    name: "two-phase-commit",
    title: "Two-phase commit",
    blurb: "A coordinator collects votes and decides; crash it at the wrong moment and participants that voted yes are stuck.",
    defaultPreset: "happy-path",
    presets: [
      { name: "happy-path", title: "Everyone votes yes", description: "Every participant votes yes, the coordinator logs COMMIT and tells everyone." },
      { name: "participant-votes-no", title: "One participant votes no", description: "One no vote is enough: the coordinator aborts and every participant rolls back." },
      { name: "coordinator-crash", title: "Coordinator crash after the votes", description: "The coordinator logs its decision and crashes before sending it: participants that voted yes are blocked, holding locks." },
      { name: "mid-broadcast", title: "Crash mid-broadcast", description: "The decision reaches one participant before the coordinator crashes: the others stay in doubt until it recovers." },
    ],
  },
  {
    name: "split-brain",
    title: "Split brain",
    blurb: "Cut a cluster in two and compare naive failover, majority quorums and fencing tokens: who accepts writes, and which survive.",
    defaultPreset: "naive-failover",
    presets: [
      { name: "naive-failover", title: "Naive failover", description: "A standby promotes itself when the primary goes quiet, while the old primary keeps acknowledging writes." },
      { name: "partition", title: "Majority quorum under a partition", description: "The same partition with majority quorums: the minority side stops accepting writes, the majority side goes on." },
      { name: "fencing", title: "Fencing tokens", description: "Naive failover, but the storage rejects writes carrying an older token: the stale primary is fenced off." },
      { name: "cross-dc", title: "Two data centres", description: "Five voters, two in one data centre and three in the other: cut the link and only the side holding the majority keeps committing." },
    ],
  },
  {
    name: "clocks",
    title: "Clocks",
    blurb: "A space-time diagram with Lamport and vector timestamps: add events and messages, then ask which happened before which.",
    defaultPreset: "three-processes",
    presets: [
      { name: "three-processes", title: "Three processes", description: "Three processes exchanging messages, with Lamport and vector timestamps on every event." },
      { name: "concurrent-writes", title: "Concurrent writes", description: "Two writes that no clock can order: they are concurrent and need a merge rule." },
      { name: "empty", title: "Blank diagram", description: "Three processes and no events: add local events, sends and receives yourself." },
    ],
  },
  {
    name: "reconcile",
    title: "Log reconciliation",
    blurb: "A Raft leader brings divergent follower logs back into line, one AppendEntries at a time.",
    defaultPreset: "figure-7",
    presets: [
      { name: "figure-7", title: "Figure 7", description: "The follower logs (a)–(f) of the Raft paper's Figure 7, repaired against the leader's log." },
      { name: "fast-backoff", title: "Figure 7, conflict-term hints", description: "The same logs with the §5.3 optimisation: the follower names its conflicting term, and the leader skips it in one round trip." },
    ],
  },
  {
    name: "linearizability",
    title: "Linearizability",
    blurb: "Draw or paste a history of concurrent operations and check it: the verdict, and the operations that break it.",
    defaultPreset: "stale-read",
    presets: [
      { name: "stale-read", title: "Stale read", description: "A read returns an old value after a newer write completed: not linearizable." },
      { name: "overlapping-read", title: "Overlapping read", description: "The same results, but the late read overlaps the write, so it may take effect before it: linearizable." },
      { name: "new-then-old", title: "New then old", description: "While a write is in flight one read sees the new value and a later read the old one: not linearizable." },
      { name: "empty", title: "Your own history", description: "No operations: build a history by hand, generate one, or paste a Jepsen etcd log or a JSON history." },
    ],
  },
  {
    name: "quorum",
    title: "Quorums",
    blurb: "Pick N, R and W (or phase-1 and phase-2 sizes): see which quorums overlap and how many failures each choice survives.",
    defaultPreset: "majority",
    presets: [
      { name: "majority", title: "Majority quorums", description: "N replicas, reads and writes each to a majority: every read quorum meets every write quorum." },
      { name: "stale-reads", title: "W + R ≤ N", description: "N = 3 with W = R = 1: fast, and a read quorum can miss the last write entirely." },
      { name: "epaxos", title: "EPaxos fast path", description: "EPaxos fast-path quorums, and when a conflicting command forces the slow path." },
      { name: "flexible-paxos", title: "Flexible Paxos", description: "Phase-1 and phase-2 quorums that need only intersect each other." },
      { name: "byzantine", title: "Byzantine quorums", description: "3f + 1 replicas, where any two quorums share an honest node." },
    ],
  },
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
