import type { TwoPhaseCommit } from "./cluster";
import type { CrashPoint, TpcMessage } from "./types";

/** User actions, recorded with their time so (seed, config, actions) replays the run exactly. */
export type TpcAction =
  | { at: number; kind: "begin" }
  | { at: number; kind: "crash" | "restart"; id: number }
  | { at: number; kind: "inject-crash"; node: number; point: CrashPoint }
  | { at: number; kind: "partition"; groups: number[][] }
  | { at: number; kind: "heal" }
  | { at: number; kind: "setDropRate"; p: number }
  | { at: number; kind: "dropMessage"; messageId: number }
  | { at: number; kind: "delayMessage"; messageId: number; ms: number };

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
    case "partition": c.partition(a.groups); break;
    case "heal": c.heal(); break;
    case "setDropRate": c.setDropRate(a.p); break;
    case "dropMessage": c.dropMessage(a.messageId); break;
    case "delayMessage": c.delayMessage(a.messageId, a.ms); break;
  }
}

export function describeAction(a: TpcAction): string {
  switch (a.kind) {
    case "begin": return "client asks the coordinator to commit";
    case "inject-crash": return `crash armed: node ${a.node} at ${a.point}`;
    case "partition": return `partition ${a.groups.map((g) => `{${g.join(",")}}`).join(" ")}`;
    case "setDropRate": return `drop rate set to ${a.p}`;
    case "dropMessage": return `message #${a.messageId} dropped`;
    case "delayMessage": return `message #${a.messageId} delayed ${a.ms} ms`;
    default: return `${a.kind}${"id" in a ? ` node ${a.id}` : ""}`;
  }
}
