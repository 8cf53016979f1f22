// Public shapes of the Raft cluster driver (contract: shared/docs/protocol-api.md)
// plus the extras a step-through UI needs: trace, in-flight messages, run records.

import type { Entry, RaftBugs, RaftMessage, Role } from "./types";

export interface RaftConfig {
  nodes: number; // 1..9
  seed: number;
  electionTimeout?: [number, number]; // default [150, 300]
  heartbeatInterval?: number; // default 50
  latency?: [number, number]; // one-way message delay range, default [10, 20]
  dropRate?: number; // 0..1, default 0
  /** Check Figure 3's properties after every event (default true). */
  checkInvariants?: boolean;
  /** How many recent events trace() keeps (default 1000; 0 turns tracing off). */
  traceLimit?: number;
  /** Cap on entries per AppendEntries (default 64). */
  maxEntriesPerMessage?: number;
  /**
   * Back off a whole conflicting term per rejected AppendEntries (§5.3's optimisation)
   * instead of one entry (Figure 2). Default false.
   */
  fastBackup?: boolean;
  /** Deliberate bugs, for tests that prove the checker can fail. */
  bugs?: Partial<RaftBugs>;
}

export type ProposeResult = { ok: true; leader: number; index: number } | { ok: false; reason: string };

export interface RaftNodeView {
  id: number;
  alive: boolean;
  role: Role;
  term: number;
  votedFor: number | null;
  log: ReadonlyArray<Entry>; // log[0] is index 1; a copy
  commitIndex: number;
  // Extras for a UI.
  leaderId: number | null;
  electionDeadline: number; // Infinity when not waiting for an election
  nextIndex: ReadonlyArray<number>; // leaders only, indexed by node id (entry 0 unused)
  matchIndex: ReadonlyArray<number>;
}

export interface RaftCluster {
  readonly time: number;
  advance(ms: number): void;
  runUntil(pred: (c: RaftCluster) => boolean, maxMs: number): boolean;
  propose(command: string, to?: number): ProposeResult;
  crash(id: number): void;
  restart(id: number): void;
  partition(groups: number[][]): void; // messages flow only inside a group; unlisted nodes are alone
  heal(): void;
  setDropRate(p: number): void;
  nodes(): ReadonlyArray<RaftNodeView>;
  leader(): number | null;
  violations(): string[];
}

/** A user action, as recorded for replay. */
export type RaftAction =
  | { type: "propose"; command: string; to?: number }
  | { type: "crash"; id: number }
  | { type: "restart"; id: number }
  | { type: "partition"; groups: number[][] }
  | { type: "heal" }
  | { type: "dropRate"; p: number }
  | { type: "latency"; range: [number, number] }
  | { type: "timeout"; id: number }
  | { type: "dropMessage"; id: number };

/** An action and exactly when it happened: the clock and how many events had run. */
export interface TimedAction {
  at: number;
  events: number;
  action: RaftAction;
}

/** Everything needed to reproduce a run: replay(record) rebuilds it event for event. */
export interface RaftRunRecord {
  config: RaftConfig;
  actions: TimedAction[];
  end: { time: number; events: number };
}

export type RaftTraceEntry =
  | { n: number; time: number; kind: "deliver"; node: number; msg: RaftMessage; sent: RaftMessage[] }
  | { n: number; time: number; kind: "timer"; node: number; sent: RaftMessage[] }
  | { n: number; time: number; kind: "lost"; node: number; msg: RaftMessage; reason: "crashed" | "partitioned" }
  | { n: number; time: number; kind: "action"; action: RaftAction; sent: RaftMessage[] };

export interface InFlightMessage {
  id: number;
  from: number;
  to: number;
  sentAt: number;
  at: number;
  msg: RaftMessage;
}
