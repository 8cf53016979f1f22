import { createSim, type Envelope, type Sim, type SimEvent, type SimSnapshot } from "../sim";
import { advanceSim, appendBounded, delayEnvelope, replayActions, runSimTo, runSimUntil, type RunPoint } from "../sim/drive";
import {
  coordinatorBegin, coordinatorRecover, coordinatorStep, coordinatorTimer,
  participantRecover, participantStep, participantTimer, type TpcEnv,
} from "./roles";
import { checkTpcSafety, emptyTpcSafety, type TpcSafety } from "./safety";
import {
  outcomeOf, TpcError,
  type CoordinatorState, type CrashPoint, type Outgoing, type ParticipantState, type TpcConfig, type TpcMessage,
} from "./types";
import { applyTpcAction, describeAction, type TpcAction, type TpcRunRecord, type TpcTraceEntry } from "./actions";
import { resolveTpcConfig, type ResolvedTpcConfig } from "./config";
import { coordinatorView, describeTpcMessage, participantView, type CoordinatorView, type ParticipantView } from "./view";

interface TpcState {
  coordinator: CoordinatorState;
  participants: ParticipantState[];
  safety: TpcSafety;
  armed: Array<{ node: number; at: CrashPoint }>;
  dying: Record<number, number[]>; // node -> message ids it must get out before its injected crash
  voteDraws: Record<number, "yes" | "no">;
}

export interface TpcSnapshot {
  readonly sim: SimSnapshot<TpcMessage>;
  readonly state: TpcState;
  readonly trace: TpcTraceEntry[];
  readonly actions: TpcAction[];
}

export class TwoPhaseCommit {
  readonly config: ResolvedTpcConfig;
  readonly coordinatorId = 1;
  readonly participantIds: number[];
  private sim: Sim<TpcMessage>;
  private s: TpcState;
  private log: TpcTraceEntry[] = [];
  private done: TpcAction[] = [];

  constructor(config: TpcConfig) {
    this.config = resolveTpcConfig(config);
    const n = this.config.participants;
    this.sim = createSim<TpcMessage>({ nodes: n + 1, seed: this.config.seed, latency: this.config.latency, dropRate: this.config.dropRate });
    this.participantIds = Array.from({ length: n }, (_, i) => i + 2);
    this.s = {
      coordinator: { id: 1, wal: [], phase: "init", votes: {}, acks: [] },
      participants: this.participantIds.map((id) => ({ id, wal: [], status: "working", vote: null })),
      safety: emptyTpcSafety(), armed: [], dying: {}, voteDraws: {},
    };
    for (const c of this.config.crashes) this.arm(c.node, c.at);
    for (const id of this.participantIds) this.sim.setTimer(id, "work", this.config.workTimeout);
  }

  get time(): number { return this.sim.time; }
  get trace(): ReadonlyArray<TpcTraceEntry> { return this.log; }
  get actions(): ReadonlyArray<TpcAction> { return this.done; }
  label(id: number): string { return id === 1 ? "C" : `P${id}`; }

  /** The client asks the coordinator to commit: round 1 (PREPARE) starts now. */
  begin(): { ok: true } | { ok: false; reason: string } {
    if (!this.sim.isAlive(1)) return { ok: false, reason: "the coordinator is crashed" };
    if (this.s.coordinator.phase !== "init" || this.s.coordinator.wal.length > 0) return { ok: false, reason: "the transaction has already started" };
    this.record({ at: this.time, kind: "begin" });
    this.run(1, (env) => coordinatorBegin(this.s.coordinator, env));
    return { ok: true };
  }

  advance(ms: number): void {
    if (!(ms >= 0)) throw new TpcError(`advance needs ms >= 0, got ${ms}`);
    advanceSim(this.sim, ms, (e) => this.handle(e));
  }

  /** Run event by event until pred holds (true) or maxMs passes (false; pred is asked once more at the deadline). */
  runUntil(pred: (c: TwoPhaseCommit) => boolean, maxMs: number): boolean {
    return runSimUntil(this.sim, () => pred(this), maxMs, (e) => this.handle(e)) || pred(this);
  }

  /** Events handled so far (deliveries, timer firings, losses): with `time`, a point in the run. */
  get eventCount(): number { return this.sim.events; }

  /** Handle exactly one event (single-stepping); false when nothing is queued. */
  stepEvent(): boolean {
    const e = this.sim.next();
    if (e === null) return false;
    this.handle(e);
    return true;
  }

  /** An independent copy of this run as it is now (to try "what if" without touching it). */
  fork(): TwoPhaseCommit {
    const copy = new TwoPhaseCommit(this.config);
    copy.restore(this.snapshot());
    return copy;
  }

  /** Replay helper: handle events until `events` have run, then set the clock to `time`. */
  runTo(events: number, time: number): void {
    runSimTo(this.sim, events, time, (e) => this.handle(e));
  }

  /** (config, actions, end): replayTwoPhaseCommit(r.config, r.actions, r.end) rebuilds this run event for event. */
  runRecord(): TpcRunRecord {
    return {
      config: structuredClone(this.config),
      actions: structuredClone(this.done),
      end: { time: this.time, events: this.sim.events },
    };
  }

  /** Arm a crash of `node` at a protocol step; it fires the next time the node reaches that step. */
  injectCrash(node: number, point: CrashPoint): void {
    this.arm(node, point);
    this.record({ at: this.time, kind: "inject-crash", node, point });
  }

  crash(id: number): void {
    this.checkId(id);
    this.record({ at: this.time, kind: "crash", id });
    this.crashNode(id);
  }

  /** The node comes back with only its write-ahead log and recovers from it. */
  restart(id: number): void {
    this.checkId(id);
    this.record({ at: this.time, kind: "restart", id });
    if (this.sim.isAlive(id)) return;
    this.sim.restart(id);
    if (id === 1) this.run(1, (env) => coordinatorRecover(this.s.coordinator, env));
    else this.run(id, (env) => participantRecover(this.participant(id), env));
  }

  partition(groups: number[][]): void {
    this.sim.partition(groups);
    this.record({ at: this.time, kind: "partition", groups: groups.map((g) => [...g]) });
  }
  heal(): void { this.sim.heal(); this.record({ at: this.time, kind: "heal" }); }
  setDropRate(p: number): void { this.sim.setDropRate(p); this.record({ at: this.time, kind: "setDropRate", p }); }
  inFlight(): ReadonlyArray<Envelope<TpcMessage>> { return this.sim.inFlight(); }

  dropMessage(messageId: number): boolean {
    this.record({ at: this.time, kind: "dropMessage", messageId });
    const ok = this.sim.dropMessage(messageId);
    this.settleCrashes();
    return ok;
  }

  /**
   * Hold one in-flight message back by `ms` more. Returns its new id, or null if it was not in
   * flight or cannot be re-sent (its sender is down or cut off now, so it is lost).
   */
  delayMessage(messageId: number, ms: number): number | null {
    if (!Number.isInteger(ms) || ms < 0) throw new TpcError(`delay must be a whole number of ms >= 0, got ${ms}`);
    const env = this.sim.inFlight().find((e) => e.id === messageId);
    if (!env) return null;
    this.record({ at: this.time, kind: "delayMessage", messageId, ms });
    const again = delayEnvelope(this.sim, env, ms);
    for (const [node, ids] of Object.entries(this.s.dying)) {
      if (again && ids.includes(messageId)) this.s.dying[Number(node)] = [...ids, again.id];
    }
    return again ? again.id : null;
  }

  coordinator(): CoordinatorView { return coordinatorView(this.s.coordinator, this.sim.isAlive(1)); }
  participants(): ParticipantView[] { return this.s.participants.map((p) => participantView(p, this.sim.isAlive(p.id))); }
  nodes(): ReadonlyArray<CoordinatorView | ParticipantView> { return [this.coordinator(), ...this.participants()]; }

  /** Participants that voted YES and do not know the outcome: blocked, holding their locks (E23). */
  inDoubt(): number[] { return this.participants().filter((p) => p.inDoubt).map((p) => p.id); }

  /** "committed"/"aborted" once every participant has that outcome; "in-doubt" while some are blocked. */
  outcome(): "committed" | "aborted" | "in-doubt" | "undecided" {
    const ps = this.participants();
    if (ps.every((p) => p.status === "committed")) return "committed";
    if (ps.every((p) => p.status === "aborted")) return "aborted";
    return ps.some((p) => p.inDoubt) ? "in-doubt" : "undecided";
  }

  violations(): string[] { return [...this.s.safety.violations]; }

  snapshot(): TpcSnapshot {
    return { sim: this.sim.snapshot(), state: structuredClone(this.s), trace: this.log.slice(), actions: this.done.slice() };
  }
  restore(snap: TpcSnapshot): void {
    this.sim.restore(snap.sim);
    this.s = structuredClone(snap.state);
    this.log = snap.trace.slice();
    this.done = snap.actions.slice();
  }

  // ---- internals ----

  private handle(e: SimEvent<TpcMessage>): void {
    if (e.kind === "lost") {
      const m = e.envelope;
      this.note({ time: e.at, kind: "lost", from: m.from, to: m.to, msg: m.msg, text: `${this.label(m.from)} → ${this.label(m.to)} ${describeTpcMessage(m.msg)} lost (${e.reason})` });
    } else if (e.kind === "timer") {
      this.note({ time: e.at, kind: "timer", to: e.node, text: `${this.label(e.node)} ${e.key} timer` });
      if (!(e.node in this.s.dying)) {
        if (e.node === 1) this.run(1, (env) => coordinatorTimer(this.s.coordinator, e.key, env));
        else this.run(e.node, (env) => participantTimer(this.participant(e.node), e.key, env));
      }
    } else {
      this.note({ time: e.at, kind: "deliver", from: e.from, to: e.to, msg: e.msg, text: `${this.label(e.from)} → ${this.label(e.to)} ${describeTpcMessage(e.msg)}` });
      if (!(e.to in this.s.dying)) {
        if (e.to === 1) this.run(1, (env) => coordinatorStep(this.s.coordinator, e.from, e.msg, env));
        else this.run(e.to, (env) => participantStep(this.participant(e.to), e.from, e.msg, env));
      }
    }
    this.settleCrashes();
    this.check();
  }

  /** Run one step of node `id`, put its messages on the wire, and start an injected crash if one fired. */
  private run(id: number, step: (env: TpcEnv) => void): void {
    let crashing = false;
    const env: TpcEnv = {
      now: this.time, coordinator: 1, participants: this.participantIds, cooperative: this.config.cooperativeTermination, bugs: this.config.bugs, out: [],
      setTimer: (key, delay) => this.sim.setTimer(id, key, this.time + delay),
      cancelTimer: (key) => this.sim.cancelTimer(id, key),
      crashHere: (point) => {
        const i = this.s.armed.findIndex((a) => a.node === id && a.at === point);
        if (i < 0) return false;
        this.s.armed.splice(i, 1);
        crashing = true;
        this.note({ time: this.time, kind: "crash", to: id, text: `${this.label(id)} crashes (injected: ${point})` });
        return true;
      },
      vote: () => this.voteOf(id),
      timing: this.config,
    };
    step(env);
    const sent = this.send(id, env.out);
    if (crashing) this.s.dying[id] = sent; // dies once these are delivered (a crashed sender's messages are lost)
    this.settleCrashes();
    this.check();
  }

  private settleCrashes(): void {
    for (const key of Object.keys(this.s.dying)) {
      const id = Number(key);
      const wire = new Set(this.sim.inFlight().map((e) => e.id));
      if (!this.s.dying[id].some((m) => wire.has(m))) this.crashNode(id);
    }
  }

  private crashNode(id: number): void {
    delete this.s.dying[id];
    if (!this.sim.isAlive(id)) return;
    this.sim.crash(id);
    // Volatile state is gone; only the WAL survives. Status shown while down is what the log says.
    if (id === 1) Object.assign(this.s.coordinator, { phase: "init", votes: {}, acks: [] });
    else {
      const p = this.participant(id);
      const o = outcomeOf(p.wal);
      p.status = o ? (o === "commit" ? "committed" : "aborted") : p.wal.some((r) => r.kind === "prepared") ? "prepared" : "working";
    }
  }

  private voteOf(id: number): "yes" | "no" {
    const listed = this.config.votes[id - 2];
    if (listed) return listed;
    // Seeded, drawn once per participant so a re-sent PREPARE gets the same answer.
    this.s.voteDraws[id] ??= this.sim.rng.next() < this.config.noProbability ? "no" : "yes";
    return this.s.voteDraws[id];
  }

  private check(): void { checkTpcSafety(this.s.safety, this.s.coordinator, this.s.participants); }
  private send(from: number, out: Outgoing[]): number[] {
    const ids: number[] = [];
    for (const o of out) {
      const env = this.sim.send(from, o.to, o.msg);
      if (env) ids.push(env.id);
    }
    return ids;
  }
  /** Append to the trace, dropping the oldest entries beyond config.traceLimit. */
  private note(t: TpcTraceEntry): void { appendBounded(this.log, t, this.config.traceLimit); }
  private record(a: TpcAction): void {
    this.done.push({ ...a, events: this.sim.events });
    this.note({ time: this.time, kind: "action", text: describeAction(a) });
  }
  private arm(node: number, at: CrashPoint): void {
    this.checkId(node);
    const coordinatorPoint = ["before-prepare", "after-votes", "after-decision-logged", "mid-broadcast"].includes(at);
    if (coordinatorPoint !== (node === 1)) throw new TpcError(`crash point "${at}" does not apply to ${node === 1 ? "the coordinator" : "a participant"}`);
    this.s.armed.push({ node, at });
  }
  private checkId(id: number): void {
    if (!Number.isInteger(id) || id < 1 || id > this.config.participants + 1) {
      throw new TpcError(`node ids are 1 (coordinator) and 2..${this.config.participants + 1} (participants), got ${id}`);
    }
  }
  private participant(id: number): ParticipantState { return this.s.participants[id - 2]; }
}

export function createTwoPhaseCommit(config: TpcConfig): TwoPhaseCommit {
  return new TwoPhaseCommit(config);
}

/**
 * Rebuild a run from its seed, config and recorded actions (each at the event it was taken
 * after), then run on to `until` if given: a time, or a run record's exact `end` point.
 */
export function replayTwoPhaseCommit(config: TpcConfig, actions: ReadonlyArray<TpcAction>, until?: number | RunPoint): TwoPhaseCommit {
  return replayActions(new TwoPhaseCommit(config), actions, applyTpcAction, until, (m) => new TpcError(m));
}
