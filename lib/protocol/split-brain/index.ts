// Split brain: the same leader-based cluster with majority quorums or naive failover.
import { replayActions, type RunPoint } from "../sim/drive";
import { applySplitBrainAction, type SplitBrainAction } from "./actions";
import { SplitBrainCluster } from "./cluster";
import type { SplitBrainConfig } from "./types";

export function createSplitBrainCluster(config: SplitBrainConfig): SplitBrainCluster {
  return new SplitBrainCluster(config);
}

/**
 * Rebuild a run from its seed, config and recorded actions (each at the event it was taken
 * after), then run on to `until` if given: a time, or a run record's exact `end` point.
 */
export function replaySplitBrain(config: SplitBrainConfig, actions: ReadonlyArray<SplitBrainAction>, until?: number | RunPoint): SplitBrainCluster {
  return replayActions(new SplitBrainCluster(config), actions, applySplitBrainAction, until, (m) => new RangeError(m));
}

export { applySplitBrainAction } from "./actions";
export type { SplitBrainAction, SplitBrainRunRecord } from "./actions";

export { SplitBrainCluster } from "./cluster";
export type { SplitBrainSnapshot } from "./cluster";
export type {
  SplitBrainMode,
  SplitBrainConfig,
  SplitBrainNodeView,
  SplitBrainDiagnostics,
  WriteRecord as SplitBrainWrite,
  WriteResult as SplitBrainWriteResult,
  FencedWrite as SplitBrainFencedWrite,
  SplitBrainTraceEntry,
} from "./types";
