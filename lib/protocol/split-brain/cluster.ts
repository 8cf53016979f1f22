// The split-brain driver: the same cluster, clients and faults for both modes, on the
// shared simulated network. It tracks every client write and reports divergence:
// two different writes acknowledged for the same log slot, or acknowledged writes that
// later vanish from every log. Client writes and faults are recorded for replay.

import { Sim, type SimSnapshot } from "../sim";
import { advanceSim, appendBounded, runSimTo, runSimUntil } from "../sim/drive";
import { describeMessage } from "../raft/describe";
import type { RaftMessage } from "../raft/types";
import type { Heartbeat } from "./naive";
import type { SplitBrainAction, SplitBrainRunRecord } from "./actions";
import type { Entry } from "../raft/types";
import { majorityBehaviour } from "./majority";
import { naiveBehaviour } from "./naive";
import type {
  Behaviour,
  FencedWrite,
  NodeEnv,
  SplitBrainTraceEntry,
  SplitBrainConfig,
  SplitBrainDiagnostics,
  SplitBrainMode,
  SplitBrainNodeView,
  WriteRecord,
  WriteResult,
} from "./types";

type Msg = { from: number; to: number };

export interface SplitBrainSnapshot {
  readonly sim: SimSnapshot<Msg>;
  readonly states: ReadonlyArray<object>;
  readonly wakeAt: ReadonlyArray<number>;
  readonly writes: ReadonlyArray<WriteRecord>;
  readonly entries: ReadonlyArray<Entry>;
  readonly pending: ReadonlyArray<ReadonlyArray<number>>;
  readonly maxLeaders: number;
  readonly actions: ReadonlyArray<SplitBrainAction>;
  readonly store: { token: number; entries: ReadonlyArray<Entry>; fenced: ReadonlyArray<FencedWrite> };
  readonly trace: ReadonlyArray<SplitBrainTraceEntry>;
}

const TRACE_LIMIT = 2000;

export class SplitBrainCluster {
  readonly config: SplitBrainConfig;
  readonly mode: SplitBrainMode;
  readonly n: number;
  private sim: Sim<Msg>;
  private b: Behaviour<object, Msg>;
  private env: NodeEnv<Msg>;
  private states: object[] = [];
  private wakeAt: number[];
  private writeLog: WriteRecord[] = [];
  private entries: Entry[] = []; // entries[w.id - 1] is the log entry of write w
  private pending: number[][]; // per node: ids of accepted, not yet acknowledged writes
  private maxLeaders = 0;
  private done: SplitBrainAction[] = [];
  // Fencing mode: the shared storage every primary writes to.
  private store: { token: number; entries: Entry[]; fenced: FencedWrite[] } = { token: 0, entries: [], fenced: [] };
  private log: SplitBrainTraceEntry[] = [];

  constructor(config: SplitBrainConfig) {
    const n = config.nodes ?? 3;
    if (!Number.isInteger(n) || n < 2 || n > 9) throw new RangeError(`a split-brain cluster has 2..9 nodes, got ${n}`);
    if (!["majority", "naive", "fencing"].includes(config.mode)) throw new RangeError(`mode is "majority", "naive" or "fencing", got ${config.mode}`);
    this.config = structuredClone(config);
    this.mode = config.mode;
    this.n = n;
    this.sim = new Sim<Msg>({ nodes: n, seed: config.seed, latency: config.latency, dropRate: config.dropRate });
    const [lo, hi] = config.failoverTimeout ?? [150, 300];
    if (!Number.isInteger(lo) || !Number.isInteger(hi) || lo < 1 || hi < lo) throw new RangeError(`bad failoverTimeout [${lo}, ${hi}]`);
    const rng = this.sim.rng;
    this.env = { now: 0, out: [], electionTimeout: () => rng.int(lo, hi) };
    const hb = config.heartbeatInterval ?? 50;
    const b = config.mode === "majority" ? majorityBehaviour(n, hb) : naiveBehaviour(n, hb);
    this.b = b as unknown as Behaviour<object, Msg>;
    this.wakeAt = new Array<number>(n + 1).fill(Infinity);
    this.pending = Array.from({ length: n + 1 }, () => []);
    this.states.push({});
    for (let id = 1; id <= n; id++) this.states.push(this.b.create(id, this.env));
    for (let id = 1; id <= n; id++) this.afterChange(id);
  }

  get time(): number {
    return this.sim.time;
  }

  advance(ms: number): void {
    advanceSim(this.sim, ms, (e) => this.process(e));
  }

  runUntil(pred: (c: SplitBrainCluster) => boolean, maxMs: number): boolean {
    return runSimUntil(this.sim, () => pred(this), maxMs, (e) => this.process(e));
  }

  /** Events handled so far (deliveries, timer firings, losses): with `time`, a point in the run. */
  get eventCount(): number {
    return this.sim.events;
  }

  /** Replay helper: handle events until `events` have run, then set the clock to `time`. */
  runTo(events: number, time: number): void {
    runSimTo(this.sim, events, time, (e) => this.process(e));
  }

  /** The user's writes and faults so far, each with its time and event count. */
  get actions(): ReadonlyArray<SplitBrainAction> {
    return this.done;
  }

  /** (config, actions, end): replaySplitBrain(r.config, r.actions, r.end) rebuilds this run event for event. */
  runRecord(): SplitBrainRunRecord {
    return {
      config: structuredClone(this.config),
      actions: structuredClone(this.done),
      end: { time: this.sim.time, events: this.sim.events },
    };
  }

  private record(a: SplitBrainAction): void {
    this.done.push({ ...a, events: this.sim.events });
    const what =
      a.kind === "write" ? `client writes "${a.value}"${a.to ? ` to N${a.to}` : ""}`
      : a.kind === "partition" ? `network partitioned into ${a.groups.map((g) => `{${g.map((i) => `N${i}`).join(", ")}}`).join(" and ")}`
      : a.kind === "heal" ? "network healed"
      : a.kind === "setDropRate" ? `drop rate set to ${a.p}`
      : `${a.kind} N${a.id}`;
    this.note("action", `action: ${what}`);
  }

  private process(e: ReturnType<Sim<Msg>["next"]>): void {
    if (e === null) return;
    if (e.kind === "lost") {
      this.note("lost", `lost (${e.reason}): ${this.describe(e.envelope.msg)}`);
      return;
    }
    this.env.now = this.sim.time;
    const id = e.kind === "message" ? e.to : e.node;
    const before = this.b.view(this.states[id]);
    if (e.kind === "message") {
      this.b.step(this.states[id], e.msg, this.env);
    } else {
      this.wakeAt[id] = Infinity;
      this.b.tick(this.states[id], this.env);
    }
    const after = this.b.view(this.states[id]);
    const change = after.role !== before.role || after.epoch !== before.epoch ? `; N${id} is now ${this.roleWord(after.role)} (epoch ${after.epoch})` : "";
    if (e.kind === "message") this.note("deliver", `delivered: ${this.describe(e.msg)}${change}`);
    else if (change) this.note("timer", `N${id}'s timer fired${change}`);
    else if (after.role === "leader") this.note("timer", `N${id} sends heartbeats`);
    else this.note("timer", `N${id}'s timer fired`);
    this.afterChange(id);
  }

  private roleWord(role: string): string {
    if (this.mode === "majority") return role;
    return role === "leader" ? "primary" : "standby";
  }

  private describe(m: Msg): string {
    const x = m as unknown as RaftMessage | Heartbeat;
    if (x.type === "Heartbeat") return `N${x.from} → N${x.to} heartbeat, epoch ${x.epoch}, log of ${x.log.length}`;
    return describeMessage(x).replace(/(\d)→(\d)/, "N$1 → N$2");
  }

  private note(kind: SplitBrainTraceEntry["kind"], text: string): void {
    appendBounded(this.log, { time: this.sim.time, kind, text }, TRACE_LIMIT);
  }

  /** The run's recent events in words (oldest first). */
  trace(): ReadonlyArray<SplitBrainTraceEntry> {
    return this.log;
  }

  /** Handle exactly one event (single-stepping); false when nothing is queued. */
  stepEvent(): boolean {
    const e = this.sim.next();
    if (e === null) return false;
    this.process(e);
    return true;
  }

  /** An independent copy of this run as it is now. */
  fork(): SplitBrainCluster {
    const copy = new SplitBrainCluster(this.config);
    copy.restore(this.snapshot());
    return copy;
  }

  /** Fencing mode: the storage's highest token, its writes in order, and the writes it refused. */
  storage(): { token: number; entries: ReadonlyArray<Entry>; fenced: ReadonlyArray<FencedWrite> } {
    return { token: this.store.token, entries: this.store.entries.slice(), fenced: this.store.fenced.map((f) => ({ ...f })) };
  }

  private afterChange(id: number): void {
    const out = this.env.out;
    for (const m of out) this.sim.send(m.from, m.to, m);
    out.length = 0;
    this.settleWrites(id);
    this.maxLeaders = Math.max(this.maxLeaders, this.leaders().length);
    if (!this.sim.isAlive(id)) return;
    const w = this.b.wake(this.states[id]);
    if (w < this.wakeAt[id]) {
      this.sim.setTimer(id, "tick", w);
      this.wakeAt[id] = w;
    }
  }

  /** Acknowledge the node's pending writes that are now committed; forget overwritten ones. */
  private settleWrites(id: number): void {
    const pend = this.pending[id];
    if (pend.length === 0) return;
    const v = this.b.view(this.states[id]);
    this.pending[id] = pend.filter((wid) => {
      const w = this.writeLog[wid - 1];
      if (v.log[w.slot - 1] !== this.entries[wid - 1]) return false; // overwritten: never acknowledged
      if (v.role !== "leader" || v.commitIndex < w.slot || !this.sim.isAlive(id)) return true;
      w.ackedAt = this.sim.time;
      return false;
    });
  }

  // ---- client and faults ----

  /** A client write, to node `to` or to the live node with the highest epoch that believes it leads. */
  write(value: string, to?: number): WriteResult {
    if (to !== undefined) this.checkId(to);
    this.record(to === undefined ? { at: this.sim.time, kind: "write", value } : { at: this.sim.time, kind: "write", value, to });
    this.env.now = this.sim.time;
    const target = to ?? this.leaders().sort((a, b) => b.epoch - a.epoch)[0]?.id;
    const refuse = (reason: string): WriteResult => {
      this.note("action", `"${value}" refused: ${reason}`);
      return { ok: false, reason };
    };
    if (target === undefined) return refuse("no node believes it is leader right now");
    this.checkId(target);
    if (!this.sim.isAlive(target)) return refuse(`node ${target} is crashed`);
    const s = this.states[target];
    if (this.mode === "fencing") return this.fencedWrite(target, value);
    const slot = this.b.propose(s, value, this.env);
    if (slot === null) return refuse(`node ${target} is not a leader`);
    const v = this.b.view(s);
    const w: WriteRecord = { id: this.writeLog.length + 1, value, node: target, epoch: v.epoch, slot, submittedAt: this.sim.time, ackedAt: null };
    this.writeLog.push(w);
    this.entries.push(v.log[slot - 1]);
    this.pending[target].push(w.id);
    this.afterChange(target);
    return { ok: true, id: w.id, node: target, slot, acked: w.ackedAt !== null };
  }

  /** Fencing: the primary's epoch is its token; the storage refuses a token below the highest it has seen. */
  private fencedWrite(target: number, value: string): WriteResult {
    const s = this.states[target];
    const v = this.b.view(s);
    if (v.role !== "leader") {
      this.note("action", `"${value}" refused: node ${target} is not a leader`);
      return { ok: false, reason: `node ${target} is not a leader` };
    }
    const token = v.epoch;
    if (token < this.store.token) {
      this.store.fenced.push({ value, node: target, token, highest: this.store.token, at: this.sim.time });
      this.note("action", `storage refuses "${value}" from N${target}: token ${token} is older than ${this.store.token} (fenced)`);
      return { ok: false, reason: `fenced: the storage has seen token ${this.store.token}, N${target} holds ${token}` };
    }
    this.store.token = token;
    const entry: Entry = { term: token, command: value };
    this.store.entries.push(entry);
    this.b.propose(s, value, this.env); // the primary's own copy, for the picture
    const w: WriteRecord = { id: this.writeLog.length + 1, value, node: target, epoch: token, slot: this.store.entries.length, submittedAt: this.sim.time, ackedAt: this.sim.time };
    this.writeLog.push(w);
    this.entries.push(entry);
    this.afterChange(target);
    return { ok: true, id: w.id, node: target, slot: w.slot, acked: true };
  }

  private checkId(id: number): void {
    if (!Number.isInteger(id) || id < 1 || id > this.n) throw new RangeError(`node ids are 1..${this.n}, got ${id}`);
  }

  crash(id: number): void {
    this.checkId(id);
    this.record({ at: this.sim.time, kind: "crash", id });
    if (!this.sim.isAlive(id)) return;
    this.sim.crash(id);
    this.b.crash(this.states[id]);
    this.wakeAt[id] = Infinity;
  }

  restart(id: number): void {
    this.checkId(id);
    this.record({ at: this.sim.time, kind: "restart", id });
    if (this.sim.isAlive(id)) return;
    this.env.now = this.sim.time;
    this.sim.restart(id);
    this.b.restart(this.states[id], this.env);
    this.afterChange(id);
  }

  partition(groups: number[][]): void {
    this.sim.partition(groups); // validates before anything is recorded
    this.record({ at: this.sim.time, kind: "partition", groups: groups.map((g) => [...g]) });
  }

  heal(): void {
    this.sim.heal();
    this.record({ at: this.sim.time, kind: "heal" });
  }

  setDropRate(p: number): void {
    this.sim.setDropRate(p); // validates before anything is recorded
    this.record({ at: this.sim.time, kind: "setDropRate", p });
  }

  // ---- views and verdicts ----

  nodes(): SplitBrainNodeView[] {
    const out: SplitBrainNodeView[] = [];
    for (let id = 1; id <= this.n; id++) {
      const v = this.b.view(this.states[id]);
      out.push({ id, alive: this.sim.isAlive(id), ...v, log: v.log.slice() });
    }
    return out;
  }

  leaders(): Array<{ id: number; epoch: number }> {
    const out: Array<{ id: number; epoch: number }> = [];
    for (let id = 1; id <= this.n; id++) {
      const v = this.b.view(this.states[id]);
      if (v.role === "leader" && this.sim.isAlive(id)) out.push({ id, epoch: v.epoch });
    }
    return out;
  }

  writes(): WriteRecord[] {
    return this.writeLog.map((w) => ({ ...w }));
  }

  /** Who can reach whom: one group when the network is whole. */
  groups(): number[][] {
    return this.sim.groups();
  }

  inFlight() {
    return this.sim.inFlight().map((e) => ({ id: e.id, from: e.from, to: e.to, sentAt: e.sentAt, at: e.at, msg: e.msg }));
  }

  diagnostics(): SplitBrainDiagnostics {
    const acked = this.writeLog.filter((w) => w.ackedAt !== null);
    const bySlot = new Map<number, WriteRecord[]>();
    for (const w of acked) bySlot.set(w.slot, [...(bySlot.get(w.slot) ?? []), { ...w }]);
    const conflictingSlots = [...bySlot].filter(([, ws]) => ws.length > 1).map(([slot, writes]) => ({ slot, writes }));
    const logs = this.mode === "fencing" ? [this.store.entries] : this.states.slice(1).map((s) => this.b.view(s).log);
    const lostWrites = acked
      .filter((w) => !logs.some((log) => log[w.slot - 1] === this.entries[w.id - 1]))
      .map((w) => ({ ...w }));
    return {
      leaders: this.leaders(),
      maxSimultaneousLeaders: this.maxLeaders,
      acknowledged: acked.length,
      conflictingSlots,
      lostWrites,
      divergent: conflictingSlots.length > 0 || lostWrites.length > 0,
    };
  }

  /** The safety property both modes claim: clients never see two histories. */
  violations(): string[] {
    const d = this.diagnostics();
    const show = (w: WriteRecord) => `"${w.value}" (node ${w.node}, epoch ${w.epoch}, t=${w.ackedAt})`;
    return [
      ...d.conflictingSlots.map(
        ({ slot, writes }) => `Split brain: slot ${slot} was acknowledged to clients as ${writes.map(show).join(" and as ")}`,
      ),
      ...d.lostWrites.map((w) => `Lost write: ${show(w)} was acknowledged, but no node's log still holds it at slot ${w.slot}`),
    ];
  }

  // ---- snapshots ----

  snapshot(): SplitBrainSnapshot {
    return {
      sim: this.sim.snapshot(),
      states: this.states.slice(1).map((s) => this.b.clone(s)),
      wakeAt: this.wakeAt.slice(),
      writes: this.writeLog.map((w) => ({ ...w })),
      entries: this.entries.slice(),
      pending: this.pending.map((p) => p.slice()),
      maxLeaders: this.maxLeaders,
      actions: this.done.slice(),
      store: { token: this.store.token, entries: this.store.entries.slice(), fenced: this.store.fenced.slice() },
      trace: this.log.slice(),
    };
  }

  restore(s: SplitBrainSnapshot): void {
    this.sim.restore(s.sim);
    this.states = [{}, ...s.states.map((x) => this.b.clone(x))];
    this.wakeAt = s.wakeAt.slice();
    this.writeLog = s.writes.map((w) => ({ ...w }));
    this.entries = s.entries.slice();
    this.pending = s.pending.map((p) => p.slice());
    this.maxLeaders = s.maxLeaders;
    this.done = s.actions.slice();
    this.store = { token: s.store.token, entries: s.store.entries.slice(), fenced: s.store.fenced.slice() };
    this.log = s.trace.slice();
  }
}
