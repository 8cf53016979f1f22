// The Raft cluster driver: n nodes on the shared simulated network, user actions,
// Figure 3 checking after every event, tracing, snapshots and replayable records.
// Like RaftScope's driver it keeps { time, nodes, inflight }, but every random choice
// comes from the seeded generator, so a run is a function of (config, actions).

import { Sim, type SimEvent, type SimSnapshot } from "../sim";
import { advanceSim, runSimTo, runSimUntil } from "../sim/drive";
import type {
  InFlightMessage,
  ProposeResult,
  RaftAction,
  RaftCluster,
  RaftConfig,
  RaftNodeView,
  RaftRunRecord,
  RaftTraceEntry,
  TimedAction,
} from "./cluster-types";
import { RaftInvariants } from "./invariants";
import { campaign, cloneNode, crashNode, createNode, nextWake, propose, restartNode, tick } from "./node";
import { step } from "./step";
import type { RaftEnv, RaftMessage, RaftNodeState } from "./types";
import { copyConfig, normalizeConfig, type FullRaftConfig } from "./config";

export interface RaftSnapshot {
  readonly sim: SimSnapshot<RaftMessage>;
  readonly states: ReadonlyArray<RaftNodeState>;
  readonly wakeAt: ReadonlyArray<number>;
  readonly checker: RaftInvariants | null;
  readonly events: number;
  readonly actions: ReadonlyArray<TimedAction>;
  readonly trace: ReadonlyArray<RaftTraceEntry>;
}

export class RaftClusterSim implements RaftCluster {
  readonly config: FullRaftConfig;
  private sim: Sim<RaftMessage>;
  private states: RaftNodeState[] = [];
  private wakeAt: number[]; // when each node's pending "tick" timer fires (Infinity: none)
  private checker: RaftInvariants | null;
  private env: RaftEnv;
  private actions: TimedAction[] = [];
  private traceBuf: RaftTraceEntry[] = [];

  constructor(config: RaftConfig) {
    const c = normalizeConfig(config);
    this.config = c;
    this.sim = new Sim<RaftMessage>({ nodes: c.nodes, seed: c.seed, latency: c.latency, dropRate: c.dropRate });
    const rng = this.sim.rng;
    const [lo, hi] = c.electionTimeout;
    this.env = { now: 0, out: [], electionTimeout: () => rng.int(lo, hi) };
    this.checker = c.checkInvariants ? new RaftInvariants(c.nodes) : null;
    this.wakeAt = new Array<number>(c.nodes + 1).fill(Infinity);
    const bugs = c.bugs;
    this.states.push(null as unknown as RaftNodeState); // ids are 1-based
    for (let id = 1; id <= c.nodes; id++) {
      const nodeConfig = { id, nodes: c.nodes, heartbeatInterval: c.heartbeatInterval, maxEntriesPerMessage: c.maxEntriesPerMessage, fastBackup: c.fastBackup, bugs };
      this.states.push(createNode(nodeConfig, this.env));
    }
    for (let id = 1; id <= c.nodes; id++) this.afterChange(this.states[id], null);
  }

  get time(): number {
    return this.sim.time;
  }

  /** Events processed so far (deliveries, timer firings, messages lost on arrival). */
  get eventCount(): number {
    return this.sim.events;
  }

  // ---- running ----

  advance(ms: number): void {
    advanceSim(this.sim, ms, (e) => this.process(e));
  }

  runUntil(pred: (c: RaftCluster) => boolean, maxMs: number): boolean {
    return runSimUntil(this.sim, () => pred(this), maxMs, (e) => this.process(e));
  }

  /** Process exactly one event (single-stepping); false if nothing is queued. */
  stepEvent(): boolean {
    const e = this.sim.next();
    if (e === null) return false;
    this.process(e);
    return true;
  }

  private process(e: SimEvent<RaftMessage>): void {
    const n = this.sim.events; // next() has counted e
    const env = this.env;
    env.now = this.sim.time;
    if (e.kind === "message") {
      const node = this.states[e.to];
      step(node, e.msg, env);
      if (this.config.traceLimit > 0) this.pushTrace({ n, time: env.now, kind: "deliver", node: e.to, msg: e.msg, sent: env.out.slice() });
      this.afterChange(node, null);
    } else if (e.kind === "timer") {
      const node = this.states[e.node];
      this.wakeAt[e.node] = Infinity;
      tick(node, env);
      if (this.config.traceLimit > 0) this.pushTrace({ n, time: env.now, kind: "timer", node: e.node, sent: env.out.slice() });
      this.afterChange(node, null);
    } else if (this.config.traceLimit > 0) {
      const env2 = e.envelope;
      this.pushTrace({ n, time: env.now, kind: "lost", node: env2.to, msg: env2.msg, reason: e.reason });
    }
  }

  /** Send what the node emitted, check invariants, and make sure its timer is set early enough. */
  private afterChange(node: RaftNodeState, action: RaftAction | null): void {
    const out = this.env.out;
    if (action !== null && this.config.traceLimit > 0) {
      this.pushTrace({ n: this.sim.events, time: this.sim.time, kind: "action", action, sent: out.slice() });
    }
    for (let i = 0; i < out.length; i++) this.sim.send(out[i].from, out[i].to, out[i]);
    out.length = 0;
    if (this.checker !== null) this.checker.observe(node);
    const id = node.config.id;
    if (!this.sim.isAlive(id)) return;
    const w = nextWake(node);
    if (w < this.wakeAt[id]) {
      this.sim.setTimer(id, "tick", w);
      this.wakeAt[id] = w;
    }
  }

  private pushTrace(t: RaftTraceEntry): void {
    const buf = this.traceBuf;
    buf.push(t);
    if (buf.length >= 2 * this.config.traceLimit) buf.splice(0, buf.length - this.config.traceLimit);
  }

  // ---- user actions (each is recorded for replay) ----

  private record(action: RaftAction): void {
    this.actions.push({ at: this.sim.time, events: this.sim.events, action });
    this.env.now = this.sim.time;
  }

  private checkId(id: number): RaftNodeState {
    if (!Number.isInteger(id) || id < 1 || id > this.config.nodes) {
      throw new RangeError(`node ids are 1..${this.config.nodes}, got ${id}`);
    }
    return this.states[id];
  }

  propose(command: string, to?: number): ProposeResult {
    if (to !== undefined) this.checkId(to);
    const action: RaftAction = to === undefined ? { type: "propose", command } : { type: "propose", command, to };
    this.record(action);
    const target = to ?? this.leader();
    if (target === null) return { ok: false, reason: "no leader right now (an election may be under way)" };
    const node = this.checkId(target);
    if (!this.sim.isAlive(target)) return { ok: false, reason: `node ${target} is crashed` };
    const index = propose(node, command, this.env);
    if (index === null) {
      const hint = node.leaderId !== null ? `; it believes node ${node.leaderId} leads` : "";
      return { ok: false, reason: `node ${target} is a ${node.role} in term ${node.term}, not the leader${hint}` };
    }
    this.afterChange(node, action);
    return { ok: true, leader: target, index };
  }

  crash(id: number): void {
    const node = this.checkId(id);
    const action: RaftAction = { type: "crash", id };
    this.record(action);
    if (!this.sim.isAlive(id)) return;
    this.sim.crash(id);
    crashNode(node);
    this.wakeAt[id] = Infinity;
    this.afterChange(node, action);
  }

  restart(id: number): void {
    const node = this.checkId(id);
    const action: RaftAction = { type: "restart", id };
    this.record(action);
    if (this.sim.isAlive(id)) return;
    this.sim.restart(id);
    restartNode(node, this.env);
    this.afterChange(node, action);
  }

  partition(groups: number[][]): void {
    this.sim.partition(groups); // validates before anything is recorded
    const action: RaftAction = { type: "partition", groups: groups.map((g) => g.slice()) };
    this.record(action);
    if (this.config.traceLimit > 0) this.pushTrace({ n: this.sim.events, time: this.time, kind: "action", action, sent: [] });
  }

  heal(): void {
    const action: RaftAction = { type: "heal" };
    this.record(action);
    this.sim.heal();
    if (this.config.traceLimit > 0) this.pushTrace({ n: this.sim.events, time: this.time, kind: "action", action, sent: [] });
  }

  setDropRate(p: number): void {
    this.sim.setDropRate(p); // validates before anything is recorded
    this.record({ type: "dropRate", p });
  }

  /** Change the one-way message delay range for messages sent from now on. */
  setLatency(range: [number, number]): void {
    this.sim.setLatency(range); // validates before anything is recorded
    this.record({ type: "latency", range: [range[0], range[1]] });
  }

  /** Make a node's election timer fire now (RaftScope's "timeout" button). */
  timeout(id: number): void {
    const node = this.checkId(id);
    const action: RaftAction = { type: "timeout", id };
    this.record(action);
    if (!this.sim.isAlive(id)) return;
    campaign(node, this.env);
    this.afterChange(node, action);
  }

  /** Remove one in-flight message, as if the network lost it. */
  dropMessage(messageId: number): boolean {
    this.record({ type: "dropMessage", id: messageId });
    return this.sim.dropMessage(messageId);
  }

  apply(action: RaftAction): void {
    switch (action.type) {
      case "propose": return void this.propose(action.command, action.to);
      case "crash": return this.crash(action.id);
      case "restart": return this.restart(action.id);
      case "partition": return this.partition(action.groups);
      case "heal": return this.heal();
      case "dropRate": return this.setDropRate(action.p);
      case "latency": return this.setLatency(action.range);
      case "timeout": return this.timeout(action.id);
      case "dropMessage": return void this.dropMessage(action.id);
    }
  }

  // ---- views ----

  nodes(): ReadonlyArray<RaftNodeView> {
    const out: RaftNodeView[] = [];
    for (let id = 1; id <= this.config.nodes; id++) out.push(this.node(id));
    return out;
  }

  node(id: number): RaftNodeView {
    const s = this.checkId(id);
    const leader = s.role === "leader";
    return {
      id,
      alive: this.sim.isAlive(id),
      role: s.role,
      term: s.term,
      votedFor: s.votedFor,
      log: s.log.slice(),
      commitIndex: s.commitIndex,
      leaderId: s.leaderId,
      electionDeadline: s.electionDeadline,
      nextIndex: leader ? s.nextIndex.slice() : [],
      matchIndex: leader ? s.matchIndex.slice() : [],
    };
  }

  leader(): number | null {
    let best: RaftNodeState | null = null;
    for (let id = 1; id <= this.config.nodes; id++) {
      const s = this.states[id];
      if (s.role === "leader" && this.sim.isAlive(id) && (best === null || s.term > best.term)) best = s;
    }
    return best === null ? null : best.config.id;
  }

  violations(): string[] {
    if (this.checker === null) return [];
    const c = this.checker;
    const more = c.count - c.messages.length;
    return more > 0 ? [...c.messages, `...and ${more} more`] : c.messages.slice();
  }

  /** Entries committed cluster-wide so far, as seen by the checker (empty when checking is off). */
  committed(): ReadonlyArray<{ term: number; command: string }> {
    return this.checker === null ? [] : this.checker.committedEntries().slice();
  }

  /** The most recent events, oldest first (up to traceLimit). */
  trace(): ReadonlyArray<RaftTraceEntry> {
    return this.config.traceLimit > 0 ? this.traceBuf.slice(-this.config.traceLimit) : [];
  }

  inFlight(): InFlightMessage[] {
    return this.sim.inFlight().map((e) => ({ id: e.id, from: e.from, to: e.to, sentAt: e.sentAt, at: e.at, msg: e.msg }));
  }

  networkStats() {
    return { ...this.sim.stats, groups: this.sim.groups(), dropRate: this.sim.dropRate };
  }

  // ---- snapshots, forks, records ----

  snapshot(): RaftSnapshot {
    return {
      sim: this.sim.snapshot(),
      states: this.states.slice(1).map(cloneNode),
      wakeAt: this.wakeAt.slice(),
      checker: this.checker?.clone() ?? null,
      events: this.sim.events,
      actions: this.actions.slice(),
      trace: this.traceBuf.slice(),
    };
  }

  restore(s: RaftSnapshot): void {
    this.sim.restore(s.sim);
    this.states = [null as unknown as RaftNodeState, ...s.states.map(cloneNode)];
    this.wakeAt = s.wakeAt.slice();
    this.checker = s.checker?.clone() ?? null;
    this.actions = s.actions.slice();
    this.traceBuf = s.trace.slice();
  }

  fork(): RaftClusterSim {
    const copy = new RaftClusterSim(this.config);
    copy.restore(this.snapshot());
    return copy;
  }

  runRecord(): RaftRunRecord {
    return {
      config: copyConfig(this.config),
      actions: this.actions.map((a) => ({ ...a })),
      end: { time: this.sim.time, events: this.sim.events },
    };
  }

  /** Replay helper: run events until `events` have been processed, then set the clock to `time`. */
  runTo(events: number, time: number): void {
    runSimTo(this.sim, events, time, (e) => this.process(e));
  }
}
