// Shapes for the split-brain demo: one leader-based replicated log, run either with
// majority quorums (Raft's rules) or with naive failover (promote yourself when the
// leader goes quiet, acknowledge writes locally).

import type { Entry } from "../raft/types";

/**
 * "naive": promote yourself when the leader goes quiet, acknowledge writes locally.
 * "majority": Raft's rules (elections and writes need a majority).
 * "fencing": naive failover, but writes go to one shared storage that remembers the highest
 * token (the writer's epoch) it has seen and refuses older ones (Kleppmann's fencing tokens).
 */
export type SplitBrainMode = "majority" | "naive" | "fencing";

export interface SplitBrainConfig {
  mode: SplitBrainMode;
  seed: number;
  nodes?: number; // 2..9, default 3
  /** How long a node waits without hearing a leader before acting, ms (default [150, 300]). */
  failoverTimeout?: [number, number];
  heartbeatInterval?: number; // default 50
  latency?: [number, number]; // default [10, 20]
  dropRate?: number; // default 0
}

export interface SplitBrainNodeView {
  id: number;
  alive: boolean;
  role: "follower" | "candidate" | "leader";
  epoch: number; // Raft's term in majority mode
  leaderId: number | null;
  log: ReadonlyArray<Entry>; // log[0] is slot 1; entries are writes
  commitIndex: number;
}

/** A client write and what became of it. */
export interface WriteRecord {
  id: number;
  value: string;
  node: number; // the leader that accepted it
  epoch: number;
  slot: number; // log index it was accepted at
  submittedAt: number;
  /** When the client was told "done": at once in naive mode, after a majority stores it otherwise. */
  ackedAt: number | null;
}

export type WriteResult =
  | { ok: true; id: number; node: number; slot: number; acked: boolean }
  | { ok: false; reason: string };

/** A write the fenced storage refused: its writer's token was older than one already seen. */
export interface FencedWrite {
  value: string;
  node: number;
  token: number;
  highest: number;
  at: number;
}

/** One event of a split-brain run, in words. */
export interface SplitBrainTraceEntry {
  time: number;
  kind: "deliver" | "timer" | "lost" | "action";
  text: string;
}

export interface SplitBrainDiagnostics {
  /** Live nodes that currently believe they are leader. */
  leaders: Array<{ id: number; epoch: number }>;
  /** The most nodes that believed they led at the same moment, so far. */
  maxSimultaneousLeaders: number;
  acknowledged: number;
  /** Slots where two different acknowledged writes were accepted: clients saw divergent histories. */
  conflictingSlots: Array<{ slot: number; writes: WriteRecord[] }>;
  /** Acknowledged writes that are no longer in any node's log. */
  lostWrites: WriteRecord[];
  divergent: boolean;
}

/** What a node implementation must provide; the driver is the same for both modes. */
export interface NodeEnv<M> {
  now: number;
  out: M[];
  electionTimeout(): number;
}

export interface Behaviour<S, M extends { from: number; to: number }> {
  create(id: number, env: NodeEnv<M>): S;
  step(s: S, m: M, env: NodeEnv<M>): void;
  tick(s: S, env: NodeEnv<M>): void;
  /** Accept a client write if this node believes it leads; returns its slot or null. */
  propose(s: S, value: string, env: NodeEnv<M>): number | null;
  crash(s: S): void;
  restart(s: S, env: NodeEnv<M>): void;
  wake(s: S): number;
  clone(s: S): S;
  view(s: S): Omit<SplitBrainNodeView, "id" | "alive">;
}
