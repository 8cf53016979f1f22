// The network faults and message controls that the Paxos and 2PC simulators record for replay
// (same seed + config + actions = same run). Each protocol's action union adds its own client
// and crash actions to these. Internal: not re-exported from ./index.

/**
 * When a recorded action was taken: `at` is the simulated time and `events` how many events
 * (Sim.events) had run by then. Both are needed, because runUntil can stop between two events of
 * the same millisecond. Drivers always record `events`; a hand-written action (a preset) may
 * leave it out, and is then replayed after every event due at `at`.
 */
export interface ActionTime {
  at: number;
  events?: number;
}

/** A recorded network action. */
export type NetworkAction = ActionTime & (
  | { kind: "partition"; groups: number[][] }
  | { kind: "heal" }
  | { kind: "setDropRate"; p: number }
  | { kind: "dropMessage"; messageId: number }
  | { kind: "delayMessage"; messageId: number; ms: number }
);

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
