import { majority } from "../quorum/arithmetic";
import { createSim, type Envelope, type Sim, type SimEvent, type SimSnapshot } from "../sim";
import { advanceSim, appendBounded, delayEnvelope, replayActions, runSimTo, runSimUntil, type RunPoint } from "../sim/drive";
import { acceptorStep, onRetryTimer, proposerStep, startBallot, type RoleEnv } from "./roles";
import { checkSafety, emptySafety, recordAcceptance, type ChosenValue, type SafetyState } from "./safety";
import {
  ballotKey, PaxosError,
  type AcceptorState, type Ballot, type Outgoing, type PaxosConfig, type PaxosMessage, type ProposerState,
} from "./types";
import { describeMessage, nodeViews, type PaxosNodeView } from "./view";
import { applyPaxosAction, describeAction, type PaxosAction, type PaxosRunRecord, type PaxosTraceEntry } from "./actions";
import { resolvePaxosConfig, type ResolvedPaxosConfig } from "./config";

export interface PaxosSnapshot {
  readonly sim: SimSnapshot<PaxosMessage>;
  readonly state: { proposers: ProposerState[]; acceptors: AcceptorState[]; safety: SafetyState };
  readonly trace: PaxosTraceEntry[];
  readonly actions: PaxosAction[];
}

export class PaxosCluster {
  readonly config: ResolvedPaxosConfig;
  readonly proposerIds: number[];
  readonly acceptorIds: number[];
  readonly quorum: number;
  private sim: Sim<PaxosMessage>;
  private proposers: ProposerState[];
  private acceptors: AcceptorState[];
  private safety: SafetyState = emptySafety();
  private log: PaxosTraceEntry[] = [];
  private done: PaxosAction[] = [];

  constructor(config: PaxosConfig) {
    this.config = resolvePaxosConfig(config);
    const { proposers: P, acceptors: A } = this.config;
    this.sim = createSim<PaxosMessage>({ nodes: P + A, seed: this.config.seed, latency: this.config.latency, dropRate: this.config.dropRate });
    this.proposerIds = Array.from({ length: P }, (_, i) => i + 1);
    this.acceptorIds = Array.from({ length: A }, (_, i) => P + i + 1);
    this.quorum = majority(A);
    this.proposers = this.proposerIds.map((id) => freshProposer(id, 0));
    this.acceptors = this.acceptorIds.map((id) => ({ id, promised: null, accepted: null }));
  }

  get time(): number { return this.sim.time; }
  get trace(): ReadonlyArray<PaxosTraceEntry> { return this.log; }
  get actions(): ReadonlyArray<PaxosAction> { return this.done; }

  /** "P1" for proposers, "A3" for acceptors (ids are global node ids). */
  label(id: number): string { return `${this.isProposer(id) ? "P" : "A"}${id}`; }

  advance(ms: number): void {
    if (!(ms >= 0)) throw new PaxosError(`advance needs ms >= 0, got ${ms}`);
    advanceSim(this.sim, ms, (e) => this.handle(e));
  }

  /** Run event by event until pred holds (true) or maxMs passes (false; pred is asked once more at the deadline). */
  runUntil(pred: (c: PaxosCluster) => boolean, maxMs: number): boolean {
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
  fork(): PaxosCluster {
    const copy = new PaxosCluster(this.config);
    copy.restore(this.snapshot());
    return copy;
  }

  /** Replay helper: handle events until `events` have run, then set the clock to `time`. */
  runTo(events: number, time: number): void {
    runSimTo(this.sim, events, time, (e) => this.handle(e));
  }

  /** (config, actions, end): replayPaxos(r.config, r.actions, r.end) rebuilds this run event for event. */
  runRecord(): PaxosRunRecord {
    return {
      config: structuredClone(this.config),
      actions: structuredClone(this.done),
      end: { time: this.time, events: this.sim.events },
    };
  }

  /** The client asks proposer `proposer` to get `value` chosen; it starts a new ballot now. */
  propose(proposer: number, value: string): { ok: true; ballot: Ballot } | { ok: false; reason: string } {
    const p = this.proposer(proposer);
    if (typeof value !== "string" || value === "") throw new PaxosError("a proposed value must be a non-empty string");
    if (!this.sim.isAlive(proposer)) return { ok: false, reason: `proposer ${proposer} is crashed` };
    this.record({ at: this.time, kind: "propose", proposer, value });
    p.value = value;
    const env = this.env(proposer);
    const ballot = startBallot(p, env);
    this.send(proposer, env.out);
    this.check();
    return { ok: true, ballot };
  }

  /** Proposers lose everything but their highest round; acceptors lose nothing (stable storage). */
  crash(id: number): void {
    this.checkId(id);
    this.record({ at: this.time, kind: "crash", id });
    this.sim.crash(id);
    if (this.isProposer(id)) this.proposers[id - 1] = freshProposer(id, this.proposers[id - 1].maxRound, this.proposers[id - 1].attempts);
  }

  restart(id: number): void {
    this.checkId(id);
    this.record({ at: this.time, kind: "restart", id });
    this.sim.restart(id);
  }

  partition(groups: number[][]): void {
    this.sim.partition(groups);
    this.record({ at: this.time, kind: "partition", groups: groups.map((g) => [...g]) });
  }

  heal(): void {
    this.record({ at: this.time, kind: "heal" });
    this.sim.heal();
  }

  setDropRate(p: number): void {
    this.sim.setDropRate(p);
    this.record({ at: this.time, kind: "setDropRate", p });
  }

  inFlight(): ReadonlyArray<Envelope<PaxosMessage>> { return this.sim.inFlight(); }

  /** Remove one message from the wire (a user clicking it). */
  dropMessage(messageId: number): boolean {
    this.record({ at: this.time, kind: "dropMessage", messageId });
    return this.sim.dropMessage(messageId);
  }

  /**
   * Hold one in-flight message back by `ms` more. Returns its new id, or null if it was not in
   * flight or cannot be re-sent (its sender is down or cut off now, so it is lost).
   */
  delayMessage(messageId: number, ms: number): number | null {
    if (!(ms >= 0) || !Number.isInteger(ms)) throw new PaxosError(`delay must be a whole number of ms >= 0, got ${ms}`);
    const env = this.sim.inFlight().find((e) => e.id === messageId);
    if (!env) return null;
    this.record({ at: this.time, kind: "delayMessage", messageId, ms });
    const again = delayEnvelope(this.sim, env, ms);
    return again ? again.id : null;
  }

  nodes(): ReadonlyArray<PaxosNodeView> {
    return nodeViews(this.proposers, this.acceptors, (id) => this.sim.isAlive(id), this.quorum);
  }

  /** The first value accepted by a majority in one ballot, as an outside observer sees it. */
  chosen(): ChosenValue | null { return this.safety.chosen[0] ?? null; }
  decisions(): Array<{ proposer: number; decided: string | null }> {
    return this.proposers.map((p) => ({ proposer: p.id, decided: p.decided }));
  }
  /** Highest round any proposer has tried: climbs while proposers duel. */
  maxRound(): number { return Math.max(0, ...this.proposers.map((p) => p.maxRound)); }

  violations(): string[] { return [...this.safety.violations]; }

  snapshot(): PaxosSnapshot {
    return {
      sim: this.sim.snapshot(),
      state: structuredClone({ proposers: this.proposers, acceptors: this.acceptors, safety: this.safety }),
      trace: this.log.slice(),
      actions: this.done.slice(),
    };
  }

  restore(s: PaxosSnapshot): void {
    this.sim.restore(s.sim);
    const st = structuredClone(s.state);
    this.proposers = st.proposers;
    this.acceptors = st.acceptors;
    this.safety = st.safety;
    this.log = s.trace.slice();
    this.done = s.actions.slice();
  }

  // ---- internals ----

  private handle(e: SimEvent<PaxosMessage>): void {
    if (e.kind === "lost") {
      const m = e.envelope;
      this.note({ time: e.at, kind: "lost", from: m.from, to: m.to, msg: m.msg, text: `${this.label(m.from)} → ${this.label(m.to)} ${describeMessage(m.msg)} lost (${e.reason})` });
      return;
    }
    if (e.kind === "timer") {
      const p = this.proposers[e.node - 1];
      this.note({ time: e.at, kind: "timer", to: e.node, text: `${this.label(e.node)} retry timer` });
      const env = this.env(e.node);
      onRetryTimer(p, env);
      this.send(e.node, env.out);
    } else {
      this.note({ time: e.at, kind: "deliver", from: e.from, to: e.to, msg: e.msg, text: `${this.label(e.from)} → ${this.label(e.to)} ${describeMessage(e.msg)}` });
      const env = this.env(e.to);
      if (this.isProposer(e.to)) {
        proposerStep(this.proposers[e.to - 1], e.from, e.msg, env);
      } else {
        const a = this.acceptors[e.to - this.config.proposers - 1];
        acceptorStep(a, e.from, e.msg, env);
        if (e.msg.type === "accept" && a.accepted && ballotKey(a.accepted.ballot) === ballotKey(e.msg.ballot)) {
          recordAcceptance(this.safety, a.id, e.msg.ballot, e.msg.value, this.quorum, this.time);
        }
      }
      this.send(e.to, env.out);
    }
    this.check();
  }

  private check(): void { checkSafety(this.safety, this.acceptors, this.proposers); }

  private env(id: number): RoleEnv {
    const { retryTimeout, backoff } = this.config;
    return {
      acceptors: this.acceptorIds, learners: this.proposerIds, quorum: this.quorum, bugs: this.config.bugs, out: [],
      retry: (kind) => {
        if (kind === "cancel") return this.sim.cancelTimer(id, "retry");
        const pause = backoff[1] > 0 ? this.sim.rng.int(backoff[0], backoff[1]) : backoff[0];
        this.sim.setTimer(id, "retry", this.time + (kind === "timeout" ? retryTimeout : 0) + pause);
      },
    };
  }

  private send(from: number, out: Outgoing[]): void { for (const o of out) this.sim.send(from, o.to, o.msg); }
  /** Append to the trace, dropping the oldest entries beyond config.traceLimit. */
  private note(t: PaxosTraceEntry): void { appendBounded(this.log, t, this.config.traceLimit); }
  private record(a: PaxosAction): void {
    this.done.push({ ...a, events: this.sim.events });
    this.note({ time: this.time, kind: "action", text: describeAction(a) });
  }
  private isProposer(id: number): boolean { return id >= 1 && id <= this.config.proposers; }
  private checkId(id: number): void {
    if (!Number.isInteger(id) || id < 1 || id > this.config.proposers + this.config.acceptors) {
      throw new PaxosError(`node ids are 1..${this.config.proposers + this.config.acceptors}, got ${id}`);
    }
  }
  private proposer(id: number): ProposerState {
    if (!this.isProposer(id) || !Number.isInteger(id)) throw new PaxosError(`proposers are nodes 1..${this.config.proposers}, got ${id}`);
    return this.proposers[id - 1];
  }
}

function freshProposer(id: number, maxRound: number, attempts = 0): ProposerState {
  return { id, maxRound, value: null, phase: "idle", ballot: null, promises: {}, proposedValue: null, attempts, heard: {}, decided: null };
}

export function createPaxosCluster(config: PaxosConfig): PaxosCluster {
  return new PaxosCluster(config);
}

/**
 * Rebuild a run from its seed, config and recorded actions (each at the event it was taken
 * after), then run on to `until` if given: a time, or a run record's exact `end` point.
 */
export function replayPaxos(config: PaxosConfig, actions: ReadonlyArray<PaxosAction>, until?: number | RunPoint): PaxosCluster {
  return replayActions(new PaxosCluster(config), actions, applyPaxosAction, until, (m) => new PaxosError(m));
}
