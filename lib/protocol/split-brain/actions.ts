// The split-brain demo's user actions, recorded so (seed, config, actions) replays a run exactly,
// like the Raft, Paxos and 2PC drivers: each carries its time and the events run before it.

import type { ActionTime, NetworkAction } from "../sim/network-actions";
import type { SplitBrainCluster } from "./cluster";
import type { SplitBrainConfig } from "./types";

export type SplitBrainAction =
  | (ActionTime & (
    | { kind: "write"; value: string; to?: number }
    | { kind: "crash" | "restart"; id: number }
  ))
  | Extract<NetworkAction, { kind: "partition" | "heal" | "setDropRate" }>;

/** Everything needed to rebuild a run: replaySplitBrain(r.config, r.actions, r.end). */
export interface SplitBrainRunRecord {
  config: SplitBrainConfig;
  actions: SplitBrainAction[];
  end: { time: number; events: number };
}

/** Apply one recorded action (its `at` and `events` are the caller's business). */
export function applySplitBrainAction(c: SplitBrainCluster, a: SplitBrainAction): void {
  switch (a.kind) {
    case "write": c.write(a.value, a.to); break;
    case "crash": c.crash(a.id); break;
    case "restart": c.restart(a.id); break;
    case "partition": c.partition(a.groups); break;
    case "heal": c.heal(); break;
    case "setDropRate": c.setDropRate(a.p); break;
  }
}
