/**
 * Single-decree Paxos (Lamport, "Paxos Made Simple", 2001) on the shared simulated network.
 *
 * ```ts
 * const c = createPaxosCluster({ seed: 1, proposers: 2, acceptors: 3 }); // P1, P2 = nodes 1-2; acceptors 3-5
 * c.propose(1, "x");                        // the user picks who proposes what, and when
 * c.advance(5); c.propose(2, "y");
 * c.runUntil((k) => k.chosen() !== null, 1000);
 * c.chosen();      // { ballot: { round, proposer }, value, at }: accepted by a majority in one ballot
 * c.decisions();   // what each proposer (as learner) has learned
 * c.violations();  // [] unless two values were chosen or a learner disagrees (checked after every event)
 * c.inFlight(); c.dropMessage(id); c.delayMessage(id, 30);   // BeatPaxos-style message control
 * loadPaxosPreset("dueling-livelock", 1);   // ballots climb, nothing chosen (§2.4)
 * replayPaxos(config, c.actions, c.time);   // same seed + config + actions = same run
 * const r = c.runRecord(); replayPaxos(r.config, r.actions, r.end); // ... to the exact event
 * ```
 *
 * Acceptors keep promised/accepted across crashes (stable storage); proposers keep only their
 * highest round. A proposer retries with a higher ballot after `retryTimeout` or a nack, plus a
 * seeded random `backoff`; `bugs` switches on deliberately broken rules for teaching and tests.
 */
export { applyPaxosAction, describeAction as describePaxosAction, type PaxosAction, type PaxosRunRecord, type PaxosTraceEntry } from "./actions";
export { createPaxosCluster, PaxosCluster, replayPaxos, type PaxosSnapshot } from "./cluster";
export { type ResolvedPaxosConfig } from "./config";
export { type ChosenValue } from "./safety";
export {
  ballotKey, compareBallots, PaxosError,
  type AcceptedProposal, type Ballot, type PaxosBugs, type PaxosConfig, type PaxosMessage, type ProposerPhase,
} from "./types";
export { describeMessage, type PaxosNodeView } from "./view";
export { loadPaxosPreset, PAXOS_PRESETS, type PaxosPreset } from "./presets";
