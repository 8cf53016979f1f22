import type { PaxosCluster } from "./cluster";
import type { PaxosMessage } from "./types";

/** User actions, recorded with their time so (seed, config, actions) replays the run exactly. */
export type PaxosAction =
  | { at: number; kind: "propose"; proposer: number; value: string }
  | { at: number; kind: "crash"; id: number }
  | { at: number; kind: "restart"; id: number }
  | { at: number; kind: "partition"; groups: number[][] }
  | { at: number; kind: "heal" }
  | { at: number; kind: "setDropRate"; p: number }
  | { at: number; kind: "dropMessage"; messageId: number }
  | { at: number; kind: "delayMessage"; messageId: number; ms: number };

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
    case "partition": c.partition(a.groups); break;
    case "heal": c.heal(); break;
    case "setDropRate": c.setDropRate(a.p); break;
    case "dropMessage": c.dropMessage(a.messageId); break;
    case "delayMessage": c.delayMessage(a.messageId, a.ms); break;
  }
}

export function describeAction(a: PaxosAction): string {
  switch (a.kind) {
    case "propose": return `client asks P${a.proposer} to propose "${a.value}"`;
    case "partition": return `partition ${a.groups.map((g) => `{${g.join(",")}}`).join(" ")}`;
    case "setDropRate": return `drop rate set to ${a.p}`;
    case "dropMessage": return `message #${a.messageId} dropped`;
    case "delayMessage": return `message #${a.messageId} delayed ${a.ms} ms`;
    default: return `${a.kind}${"id" in a ? ` node ${a.id}` : ""}`;
  }
}
