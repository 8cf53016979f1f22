// Data shapes of the simulated network (see index.ts for the model).

import type { Rng } from "../rng";
import type { EventQueue } from "./event-queue";

/** A message on the wire. Immutable once sent; `msg` is the protocol's plain data. */
export interface Envelope<M> {
  readonly kind: "message";
  readonly id: number; // unique per sim, for a UI to name ("drop message 17")
  readonly seq: number; // tie-breaker among events due at the same time
  readonly from: number;
  readonly to: number;
  readonly sentAt: number;
  readonly at: number; // delivery time
  readonly msg: M;
}

/** A node's alarm. A node has at most one pending timer per key. */
export interface TimerEvent {
  readonly kind: "timer";
  readonly seq: number;
  readonly at: number;
  readonly node: number;
  readonly key: string;
}

/** A message that reached its delivery time but could not be delivered. */
export interface LostEvent<M> {
  readonly kind: "lost";
  readonly at: number;
  readonly envelope: Envelope<M>;
  readonly reason: "crashed" | "partitioned";
}

export type SimEvent<M> = Envelope<M> | TimerEvent | LostEvent<M>;

export interface SimConfig {
  nodes: number;
  seed: number;
  latency?: [number, number];
  dropRate?: number;
  /** Share an existing generator instead of creating one from `seed`. */
  rng?: Rng;
}

export interface SimStats {
  sent: number;
  delivered: number;
  dropped: number; // random drops, sends across a partition or from a crashed node
  lost: number; // reached a crashed or partitioned-off receiver
  userDropped: number;
  timers: number;
}

/** Everything needed to rewind a Sim; treat as opaque. */
export interface SimSnapshot<M> {
  readonly time: number;
  readonly seq: number;
  readonly nextId: number;
  readonly events: number;
  readonly queue: EventQueue<Envelope<M> | TimerEvent>;
  readonly rng: number[];
  readonly alive: boolean[];
  readonly group: number[];
  readonly timers: Array<Record<string, number>>;
  readonly latency: [number, number];
  readonly dropRate: number;
  readonly stats: SimStats;
}
