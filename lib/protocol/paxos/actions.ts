import { applyNetworkAction, describeNetworkAction, type ActionTime, type NetworkAction } from "../sim/network-actions";
import type { PaxosCluster } from "./cluster";
import type { PaxosConfig, PaxosMessage } from "./types";

/**
 * User actions, recorded with their time and event count so (seed, config, actions) replays the
 * run exactly. `events` may be left out of a hand-written action (see ActionTime).
 */
export type PaxosAction =
  | (ActionTime & (
    | { kind: "propose"; proposer: number; value: string }
    | { kind: "crash"; id: number }
    | { kind: "restart"; id: number }
  ))
  | NetworkAction; // partition, heal, setDropRate, dropMessage, delayMessage

/** Everything needed to rebuild a run: replayPaxos(r.config, r.actions, r.end). */
export interface PaxosRunRecord {
  config: PaxosConfig;
  actions: PaxosAction[];
  end: { time: number; events: number };
}

export interface PaxosTraceEntry {
  time: number;
  kind: "deliver" | "lost" | "timer" | "action";
  text: string;
  from?: number;
  to?: number;
  msg?: PaxosMessage;
}

/** Apply one recorded action to a cluster (its `at` is the caller's business). */
export function applyPaxosAction(c: PaxosCluster, a: PaxosAction): void {
  switch (a.kind) {
    case "propose": c.propose(a.proposer, a.value); break;
    case "crash": c.crash(a.id); break;
    case "restart": c.restart(a.id); break;
    default: applyNetworkAction(c, a);
  }
}

export function describeAction(a: PaxosAction): string {
  switch (a.kind) {
    case "propose": return `client asks P${a.proposer} to propose "${a.value}"`;
    case "crash":
    case "restart": return `${a.kind} node ${a.id}`;
    default: return describeNetworkAction(a);
  }
}
