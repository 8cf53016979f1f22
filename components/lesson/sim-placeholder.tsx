/**
 * Where a lesson embeds a simulator (`[[sim:NAME?preset=…]]`). The simulator screens are a later
 * issue; until then the reader sees which one goes here, with which preset, and what it will show.
 */

const SIMULATORS: Record<string, { title: string; shows: string }> = {
  raft: { title: "Raft simulator", shows: "Five Raft servers electing a leader and replicating a log, with crashes, restarts, partitions and dropped messages." },
  paxos: { title: "Paxos simulator", shows: "Proposers and acceptors running single-decree Paxos: try to make two nodes decide different values." },
  "two-phase-commit": { title: "Two-phase commit simulator", shows: "A coordinator and participants voting, committing and aborting, and what happens when one of them crashes." },
  "split-brain": { title: "Split-brain simulator", shows: "A cluster cut by a partition, where two sides may each believe they lead, and what fencing and quorums change." },
  clocks: { title: "Clocks simulator", shows: "Processes exchanging messages with Lamport and vector clocks, showing happens-before and concurrent events." },
  reconcile: { title: "Log reconciliation simulator", shows: "A Raft leader repairing divergent follower logs one AppendEntries back-off at a time." },
  linearizability: { title: "Linearizability checker", shows: "A history of concurrent reads and writes, checked for a legal linearization (or the read that breaks it)." },
  quorum: { title: "Quorum explorer", shows: "Read and write quorums over N replicas: which sets must overlap, and how many failures each choice survives." },
};

/** Preset-specific lines where the lesson names one; otherwise the simulator's general line is shown. */
const PRESETS: Record<string, string> = {
  "raft?normal": "A leader elected on the first try, then entries replicated to a majority and committed.",
  "raft?split-vote": "Two candidates time out together and split the vote; randomized timeouts break the tie in a later term.",
  "raft?leader-crash": "The leader crashes mid-commit; the new leader must hold every committed entry.",
  "raft?figure-8": "Figure 8 of the Raft paper: why a leader never commits an old-term entry by counting replicas.",
  "reconcile?figure-7": "The follower logs (a)–(f) of the Raft paper's Figure 7, brought in line with the leader's.",
  "paxos?competing-proposers": "Two proposers with different values: the second learns the accepted value in phase 1 and adopts it.",
  "paxos?dueling-livelock": "Proposers preempting each other's ballots forever: safety holds, progress does not.",
  "two-phase-commit?happy-path": "Every participant votes yes and the coordinator commits.",
  "two-phase-commit?coordinator-crash": "The coordinator crashes after the votes: participants that voted yes are blocked.",
  "split-brain?naive-failover": "A failover driven by a timeout alone, promoting a second primary while the first still serves.",
  "split-brain?partition": "A partition forcing the choice between consistency and availability on the minority side.",
  "split-brain?cross-dc": "Voters spread over regions: where the majority sits sets commit latency and who can stop the cluster.",
  "linearizability?stale-read": "A read that returns an old value after a newer write completed: not linearizable.",
  "clocks?three-processes": "Three processes exchanging messages, with Lamport and vector timestamps on every event.",
  "clocks?concurrent-writes": "Two writes that no clock can order: they are concurrent and need a merge rule.",
  "quorum?epaxos": "EPaxos fast-path quorums and when a conflicting command forces the slow path.",
  "quorum?flexible-paxos": "Flexible Paxos: phase-1 and phase-2 quorums that need only intersect each other.",
  "quorum?byzantine": "Byzantine quorums of 3f + 1 replicas, where any two quorums share an honest node.",
};

const humanize = (s: string) => s.replace(/-/g, " ");

export function SimPlaceholder({ name, preset, index }: { name: string; preset: string | null; index: number }) {
  const sim = SIMULATORS[name] ?? { title: `${humanize(name)} simulator`, shows: "An interactive simulation of this section." };
  const line = (preset && PRESETS[`${name}?${preset}`]) ?? sim.shows;
  const id = `sim-${index}`;
  return (
    <figure aria-labelledby={`${id}-caption`} className="my-6 rounded-lg border-2 border-dashed border-zinc-400 p-4 dark:border-zinc-600" data-sim={name} data-preset={preset ?? undefined}>
      <figcaption id={`${id}-caption`} className="font-semibold">
        {sim.title}
        {preset ? <span className="font-normal"> · preset “{humanize(preset)}”</span> : null}
      </figcaption>
      <p className="mt-1">{line}</p>
      <p className="mt-2 text-xs text-zinc-600 dark:text-zinc-400">
        <span aria-hidden="true">▢ </span>Placeholder: the interactive simulator comes in a later release.
      </p>
    </figure>
  );
}
