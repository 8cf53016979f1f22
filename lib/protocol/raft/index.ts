// Raft (Ongaro & Ousterhout 2014): node logic, cluster driver, invariant checker.
// Re-exported from lib/protocol/index.ts, so generic names carry a Raft prefix.
import { replayActions } from "../sim/drive";
import { RaftClusterSim } from "./cluster";
import type { RaftConfig, RaftRunRecord } from "./cluster-types";

export function createRaftCluster(config: RaftConfig): RaftClusterSim {
  return new RaftClusterSim(config);
}

/** Rebuild a run from its record: same config, same actions at the same points. */
export function replayRaft(record: RaftRunRecord): RaftClusterSim {
  return replayActions(new RaftClusterSim(record.config), record.actions, (c, a) => c.apply(a.action), record.end, (m) => new RangeError(m));
}

export { RaftClusterSim } from "./cluster";
export type { RaftSnapshot } from "./cluster";
export type {
  RaftConfig,
  RaftCluster,
  RaftNodeView,
  ProposeResult,
  RaftAction,
  TimedAction,
  RaftRunRecord,
  RaftTraceEntry,
  InFlightMessage,
} from "./cluster-types";
export { RaftInvariants } from "./invariants";
export { chaosSchedule as raftChaosSchedule } from "./chaos";
export type { ChaosStep as RaftChaosStep, ChaosOptions as RaftChaosOptions } from "./chaos";
export { step as raftStep } from "./step";
export {
  createNode as createRaftNode,
  cloneNode as cloneRaftNode,
  tick as raftTick,
  propose as raftPropose,
  campaign as raftCampaign,
  crashNode as crashRaftNode,
  restartNode as restartRaftNode,
  nextWake as raftNextWake,
} from "./node";
export type {
  Role as RaftRole,
  Entry as RaftEntry,
  RaftMessage,
  RequestVote,
  RequestVoteReply,
  AppendEntries,
  AppendEntriesReply,
  RaftBugs,
  RaftNodeConfig,
  RaftNodeState,
  RaftEnv,
} from "./types";
export { describeMessage as describeRaftMessage, describeTraceEntry as describeRaftTraceEntry } from "./describe";
