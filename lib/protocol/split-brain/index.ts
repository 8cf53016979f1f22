// Split brain: the same leader-based cluster with majority quorums or naive failover.
import { SplitBrainCluster } from "./cluster";
import type { SplitBrainConfig } from "./types";

export function createSplitBrainCluster(config: SplitBrainConfig): SplitBrainCluster {
  return new SplitBrainCluster(config);
}

export { SplitBrainCluster } from "./cluster";
export type { SplitBrainSnapshot } from "./cluster";
export type {
  SplitBrainMode,
  SplitBrainConfig,
  SplitBrainNodeView,
  SplitBrainDiagnostics,
  WriteRecord as SplitBrainWrite,
  WriteResult as SplitBrainWriteResult,
} from "./types";
