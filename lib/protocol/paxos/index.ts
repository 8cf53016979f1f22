export { applyPaxosAction, describeAction as describePaxosAction, type PaxosAction, type PaxosTraceEntry } from "./actions";
export { createPaxosCluster, PaxosCluster, replayPaxos, type PaxosSnapshot } from "./cluster";
export { type ResolvedPaxosConfig } from "./config";
export { type ChosenValue } from "./safety";
export {
  ballotKey, compareBallots, PaxosError,
  type AcceptedProposal, type Ballot, type PaxosBugs, type PaxosConfig, type PaxosMessage, type ProposerPhase,
} from "./types";
export { describeMessage, type PaxosNodeView } from "./view";
export { loadPaxosPreset, PAXOS_PRESETS, type PaxosPreset } from "./presets";
