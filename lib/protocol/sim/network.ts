import { createRng, type Rng } from "../rng";
import { EventQueue } from "./event-queue";
import type { Envelope, SimConfig, SimEvent, SimSnapshot, SimStats, TimerEvent } from "./types";

export type { Envelope, TimerEvent, LostEvent, SimEvent, SimConfig, SimStats, SimSnapshot } from "./types";

function checkLatency(l: [number, number]): [number, number] {
  const [lo, hi] = l;
  if (!Number.isInteger(lo) || !Number.isInteger(hi) || lo < 0 || hi < lo) {
    throw new RangeError(`latency must be integers 0 <= min <= max, got [${lo}, ${hi}]`);
  }
  return [lo, hi];
}

function checkRate(p: number): number {
  if (!(p >= 0 && p <= 1)) throw new RangeError(`drop rate must be in [0, 1], got ${p}`);
  return p;
}

export class Sim<M> {
  readonly n: number;
  readonly rng: Rng;
  time = 0;
  private seq = 0;
  private nextId = 1;
  private popped = 0; // events next() has handed out: what a replay counts to find a mid-millisecond point
  private queue = new EventQueue<Envelope<M> | TimerEvent>();
  private alive: boolean[];
  private group: number[]; // group[node]; equal numbers can talk
  private timers: Array<Record<string, number>>; // timers[node][key] = seq of the live timer
  private latencyRange: [number, number];
  private drop: number;
  stats: SimStats = { sent: 0, delivered: 0, dropped: 0, lost: 0, userDropped: 0, timers: 0 };

  constructor(config: SimConfig) {
    if (!Number.isInteger(config.nodes) || config.nodes < 1) {
      throw new RangeError(`a sim needs at least one node, got ${config.nodes}`);
    }
    this.n = config.nodes;
    this.rng = config.rng ?? createRng(config.seed);
    this.latencyRange = checkLatency(config.latency ?? [10, 20]);
    this.drop = checkRate(config.dropRate ?? 0);
    this.alive = new Array<boolean>(this.n + 1).fill(true);
    this.alive[0] = false;
    this.group = new Array<number>(this.n + 1).fill(0);
    this.timers = [];
    for (let i = 0; i <= this.n; i++) this.timers.push({});
  }

  private checkNode(id: number): void {
    if (!Number.isInteger(id) || id < 1 || id > this.n) {
      throw new RangeError(`node ids are 1..${this.n}, got ${id}`);
    }
  }

  // ---- messages ----

  /**
   * Put a message on the wire. Returns null when it is lost at once: the sender is
   * down, the receiver is across a partition, or the random drop hit.
   */
  send(from: number, to: number, msg: M, latency?: number): Envelope<M> | null {
    this.stats.sent++;
    if (to < 1 || to > this.n) this.checkNode(to);
    if (!this.alive[from] || this.group[from] !== this.group[to]) {
      this.stats.dropped++;
      return null;
    }
    if (this.drop > 0 && this.rng.next() < this.drop) {
      this.stats.dropped++;
      return null;
    }
    const [lo, hi] = this.latencyRange;
    const delay = latency ?? (lo === hi ? lo : this.rng.int(lo, hi));
    const env: Envelope<M> = {
      kind: "message",
      id: this.nextId++,
      seq: this.seq++,
      from,
      to,
      sentAt: this.time,
      at: this.time + delay,
      msg,
    };
    this.queue.push(env);
    return env;
  }

  /** Messages on the wire, earliest delivery first. */
  inFlight(): Envelope<M>[] {
    const out: Envelope<M>[] = [];
    for (const e of this.queue.all()) if (e.kind === "message") out.push(e);
    return out.sort((a, b) => a.at - b.at || a.seq - b.seq);
  }

  /** Remove one in-flight message (a user clicking it). False if it is not in flight. */
  dropMessage(id: number): boolean {
    const e = this.queue.remove((x) => x.kind === "message" && x.id === id);
    if (e) this.stats.userDropped++;
    return e !== undefined;
  }

  // ---- timers ----

  /**
   * Set node's timer `key` to fire at absolute time `at` (clamped to now), replacing any
   * pending one. Ignored while the node is crashed.
   */
  setTimer(node: number, key: string, at: number): void {
    this.checkNode(node);
    if (!this.alive[node]) return; // a crashed node has no timers
    if (at < this.time) at = this.time;
    const seq = this.seq++;
    this.timers[node][key] = seq;
    this.queue.push({ kind: "timer", seq, at, node, key });
  }

  cancelTimer(node: number, key: string): void {
    delete this.timers[node][key];
  }

  /** True if node has a pending timer with this key. */
  hasTimer(node: number, key: string): boolean {
    return this.timers[node][key] !== undefined;
  }

  // ---- faults ----

  isAlive(id: number): boolean {
    return this.alive[id] === true;
  }

  /** Stop delivering to and from `id` and cancel its timers. */
  crash(id: number): void {
    this.checkNode(id);
    this.alive[id] = false;
    this.timers[id] = {};
  }

  restart(id: number): void {
    this.checkNode(id);
    this.alive[id] = true;
  }

  /** Messages only flow inside a group; nodes left out of every group are isolated alone. */
  partition(groups: number[][]): void {
    const next = new Array<number>(this.n + 1).fill(-1);
    groups.forEach((g, gi) => {
      for (const id of g) {
        this.checkNode(id);
        if (next[id] !== -1) throw new RangeError(`node ${id} is in two partition groups`);
        next[id] = gi + 1;
      }
    });
    let solo = groups.length + 1;
    for (let id = 1; id <= this.n; id++) if (next[id] === -1) next[id] = solo++;
    next[0] = 0;
    this.group = next;
  }

  heal(): void {
    this.group.fill(0);
  }

  connected(a: number, b: number): boolean {
    return this.group[a] === this.group[b];
  }

  /** The current partition as groups of node ids (one group when healed). */
  groups(): number[][] {
    const by = new Map<number, number[]>();
    for (let id = 1; id <= this.n; id++) {
      const g = by.get(this.group[id]) ?? [];
      g.push(id);
      by.set(this.group[id], g);
    }
    return [...by.values()];
  }

  get dropRate(): number {
    return this.drop;
  }

  setDropRate(p: number): void {
    this.drop = checkRate(p);
  }

  get latency(): [number, number] {
    return [this.latencyRange[0], this.latencyRange[1]];
  }

  setLatency(l: [number, number]): void {
    this.latencyRange = checkLatency(l);
  }

  // ---- running ----

  /**
   * How many events next() has returned so far (deliveries, timer firings, losses). Two runs of
   * the same (seed, config, actions) agree on it, so with `time` it names a point in a run even
   * between two events due in the same millisecond.
   */
  get events(): number {
    return this.popped;
  }

  /** Time of the next queued event (possibly a stale timer), or undefined if idle. */
  peekTime(): number | undefined {
    return this.queue.peek()?.at;
  }

  /**
   * Pop the next event due at or before `limit`, moving `time` to it. Cancelled and
   * replaced timers are skipped silently. Returns null if nothing is due by `limit`.
   */
  next(limit = Infinity): SimEvent<M> | null {
    for (;;) {
      const top = this.queue.peek();
      if (top === undefined || top.at > limit) return null;
      this.queue.pop();
      if (top.kind === "timer") {
        if (this.timers[top.node][top.key] !== top.seq) continue;
        delete this.timers[top.node][top.key];
        this.time = top.at;
        this.popped++;
        this.stats.timers++;
        return top;
      }
      this.time = top.at;
      this.popped++;
      if (!this.alive[top.to] || !this.alive[top.from]) {
        this.stats.lost++;
        return { kind: "lost", at: top.at, envelope: top, reason: "crashed" };
      }
      if (this.group[top.from] !== this.group[top.to]) {
        this.stats.lost++;
        return { kind: "lost", at: top.at, envelope: top, reason: "partitioned" };
      }
      this.stats.delivered++;
      return top;
    }
  }

  /** Move the clock forward to `t` (never backwards); events before t must be drained first. */
  advanceTo(t: number): void {
    const top = this.queue.peek();
    if (top !== undefined && top.at < t && this.isLive(top)) {
      throw new Error(`advanceTo(${t}) would skip an event due at ${top.at}`);
    }
    if (t > this.time) this.time = t;
  }

  private isLive(e: Envelope<M> | TimerEvent): boolean {
    return e.kind === "message" || this.timers[e.node][e.key] === e.seq;
  }

  // ---- snapshots ----

  snapshot(): SimSnapshot<M> {
    return {
      time: this.time,
      seq: this.seq,
      nextId: this.nextId,
      events: this.popped,
      queue: this.queue.clone(),
      rng: this.rng.state(),
      alive: this.alive.slice(),
      group: this.group.slice(),
      timers: this.timers.map((t) => ({ ...t })),
      latency: this.latency,
      dropRate: this.drop,
      stats: { ...this.stats },
    };
  }

  /** Rewind to a snapshot. The snapshot stays valid and can be restored again. */
  restore(s: SimSnapshot<M>): void {
    this.time = s.time;
    this.seq = s.seq;
    this.nextId = s.nextId;
    this.popped = s.events;
    this.queue = s.queue.clone();
    this.rng.setState(s.rng);
    this.alive = s.alive.slice();
    this.group = s.group.slice();
    this.timers = s.timers.map((t) => ({ ...t }));
    this.latencyRange = [s.latency[0], s.latency[1]];
    this.drop = s.dropRate;
    this.stats = { ...s.stats };
  }

  /** An independent sim continuing from this one's current state (same pending events). */
  fork(): Sim<M> {
    const copy = new Sim<M>({ nodes: this.n, seed: 0, rng: this.rng.clone() });
    copy.restore(this.snapshot());
    return copy;
  }
}

export function createSim<M>(config: SimConfig): Sim<M> {
  return new Sim<M>(config);
}
