import { applyNetworkAction, describeNetworkAction, type NetworkAction } from "../sim/network-actions";
import type { PaxosCluster } from "./cluster";
import type { PaxosMessage } from "./types";

/** User actions, recorded with their time so (seed, config, actions) replays the run exactly. */
export type PaxosAction =
  | { at: number; kind: "propose"; proposer: number; value: string }
  | { at: number; kind: "crash"; id: number }
  | { at: number; kind: "restart"; id: number }
  | NetworkAction; // partition, heal, setDropRate, dropMessage, delayMessage

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
