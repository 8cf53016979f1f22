// The network faults and message controls that the Paxos and 2PC simulators record for replay
// (same seed + config + actions = same run). Each protocol's action union adds its own client
// and crash actions to these. Internal: not re-exported from ./index.

/** A recorded network action; `at` is the simulated time it was taken. */
export type NetworkAction =
  | { at: number; kind: "partition"; groups: number[][] }
  | { at: number; kind: "heal" }
  | { at: number; kind: "setDropRate"; p: number }
  | { at: number; kind: "dropMessage"; messageId: number }
  | { at: number; kind: "delayMessage"; messageId: number; ms: number };

/** What a driver offers to replay a NetworkAction. */
export interface NetworkControls {
  partition(groups: number[][]): void;
  heal(): void;
  setDropRate(p: number): void;
  dropMessage(messageId: number): boolean;
  delayMessage(messageId: number, ms: number): number | null;
}

/** Apply one recorded network action (its `at` is the caller's business). */
export function applyNetworkAction(c: NetworkControls, a: NetworkAction): void {
  switch (a.kind) {
    case "partition": c.partition(a.groups); break;
    case "heal": c.heal(); break;
    case "setDropRate": c.setDropRate(a.p); break;
    case "dropMessage": c.dropMessage(a.messageId); break;
    case "delayMessage": c.delayMessage(a.messageId, a.ms); break;
  }
}

export function describeNetworkAction(a: NetworkAction): string {
  switch (a.kind) {
    case "partition": return `partition ${a.groups.map((g) => `{${g.join(",")}}`).join(" ")}`;
    case "setDropRate": return `drop rate set to ${a.p}`;
    case "dropMessage": return `message #${a.messageId} dropped`;
    case "delayMessage": return `message #${a.messageId} delayed ${a.ms} ms`;
    default: return a.kind; // "heal"
  }
}
