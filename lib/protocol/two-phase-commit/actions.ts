import { applyNetworkAction, describeNetworkAction, type ActionTime, type NetworkAction } from "../sim/network-actions";
import type { TwoPhaseCommit } from "./cluster";
import type { CrashPoint, TpcConfig, TpcMessage } from "./types";

/**
 * User actions, recorded with their time and event count so (seed, config, actions) replays the
 * run exactly. `events` may be left out of a hand-written action (see ActionTime).
 */
export type TpcAction =
  | (ActionTime & (
    | { kind: "begin" }
    | { kind: "crash" | "restart"; id: number }
    | { kind: "inject-crash"; node: number; point: CrashPoint }
  ))
  | NetworkAction; // partition, heal, setDropRate, dropMessage, delayMessage

/** Everything needed to rebuild a run: replayTwoPhaseCommit(r.config, r.actions, r.end). */
export interface TpcRunRecord {
  config: TpcConfig;
  actions: TpcAction[];
  end: { time: number; events: number };
}

export interface TpcTraceEntry {
  time: number;
  kind: "deliver" | "lost" | "timer" | "action" | "crash";
  text: string;
  from?: number;
  to?: number;
  msg?: TpcMessage;
}

/** Apply one recorded action (its `at` is the caller's business). */
export function applyTpcAction(c: TwoPhaseCommit, a: TpcAction): void {
  switch (a.kind) {
    case "begin": c.begin(); break;
    case "crash": c.crash(a.id); break;
    case "restart": c.restart(a.id); break;
    case "inject-crash": c.injectCrash(a.node, a.point); break;
    default: applyNetworkAction(c, a);
  }
}

export function describeAction(a: TpcAction): string {
  switch (a.kind) {
    case "begin": return "client asks the coordinator to commit";
    case "inject-crash": return `crash armed: node ${a.node} at ${a.point}`;
    case "crash":
    case "restart": return `${a.kind} node ${a.id}`;
    default: return describeNetworkAction(a);
  }
}
