// The player's engine room, with no React in it: one live run of a SimModel, the learner's
// recorded actions, snapshots for the timeline scrubber, and the "What happens next?"
// questions that fall due as the run moves on. Scrubbing back restores the nearest snapshot
// and runs forward again, re-applying recorded actions at the exact event they were taken
// after, so every frame can be rebuilt from (seed, preset, config, actions).

import type { Question, QuestionChoice, Recorded, RunPoint, RunSpec, SimModel } from "./model";

/** A question falling due now, worded for this run. */
export interface AskedNow<C> {
  question: Question<C>;
  prompt: string;
  choices: QuestionChoice[];
}

interface Checkpoint {
  time: number;
  events: number;
  applied: number; // how many recorded actions had been applied
  snap: unknown;
}

/** Simulated ms between scrubber checkpoints. */
const CHECKPOINT_EVERY = 500;
/** Keep at most this many checkpoints; beyond it every other one is thinned out. */
const MAX_CHECKPOINTS = 240;

const before = (a: RunPoint, b: RunPoint) => a.time < b.time || (a.time === b.time && a.events < b.events);

export class RunController<C, A, Cfg> {
  readonly model: SimModel<C, A, Cfg>;
  readonly seed: number;
  readonly preset: string;
  readonly config: Cfg;
  c: C;
  readonly start: RunPoint;
  private actions: Recorded<A>[] = [];
  private applied = 0;
  private checkpoints: Checkpoint[] = [];
  /** Simulated ms between checkpoints: doubles each time the list is thinned, so a long run stops taking snapshots it would throw away. */
  private every = CHECKPOINT_EVERY;
  private far: RunPoint;
  private questions: Question<C>[];
  private asked = new Set<string>();

  /** Build the preset's start state, then replay `spec.actions` up to `spec.end` (a share link). Throws if the engine refuses the config. */
  constructor(model: SimModel<C, A, Cfg>, spec: RunSpec<A, Cfg>) {
    this.model = model;
    this.seed = spec.seed;
    this.preset = spec.preset;
    this.config = spec.config;
    this.c = model.create(spec.seed, spec.preset, spec.config);
    this.start = this.point();
    this.far = this.start;
    this.checkpoint(true);
    this.questions = model.questions(spec.preset).slice().sort((a, b) => a.at - b.at);
    if (spec.actions.length > 0 || spec.end) {
      this.actions = spec.actions.slice();
      const last = this.actions[this.actions.length - 1];
      const end = spec.end ?? (last ? { time: last.time, events: last.events } : this.start);
      this.rollTo(end.time, end);
      // Questions before the shared point were the sharer's to answer.
      for (const q of this.questions) if (this.start.time + q.at <= this.c_time()) this.asked.add(q.id);
    }
  }

  private c_time(): number {
    return this.model.time(this.c);
  }

  point(): RunPoint {
    return { time: this.model.time(this.c), events: this.model.events(this.c) };
  }

  /** The furthest point this run has reached (the scrubber's right end). */
  get frontier(): RunPoint {
    return this.far;
  }

  get recorded(): ReadonlyArray<Recorded<A>> {
    return this.actions;
  }

  /** How many recorded actions the current state has applied (with the event count, it says whether the state moved). */
  get appliedCount(): number {
    return this.applied;
  }

  /** True when the view is behind the frontier (scrubbed back). */
  get rewound(): boolean {
    return before(this.point(), this.far);
  }

  /** What a share link needs to rebuild exactly this run. */
  spec(): RunSpec<A, Cfg> {
    return { seed: this.seed, preset: this.preset, config: this.config, actions: this.actions.slice(), end: { ...this.far } };
  }

  /**
   * Play on by `ms` of simulated time. Stops early at a due question (returned) when playing
   * at the frontier; the caller pauses and asks it.
   */
  advance(ms: number): AskedNow<C> | null {
    const target = this.c_time() + ms;
    const q = this.nextQuestion(target);
    if (q) {
      this.rollTo(this.start.time + q.at);
      this.asked.add(q.id);
      const shown = q.ask(this.c);
      return shown ? { question: q, ...shown } : null;
    }
    this.rollTo(target);
    return null;
  }

  /** Run exactly one event (or the next recorded action, if it is due now). False when nothing is left to do. */
  step(): boolean {
    const next = this.actions[this.applied];
    const now = this.point();
    if (next && next.events === now.events && next.time >= now.time) {
      if (next.time > now.time) this.model.runTo(this.c, next.events, next.time);
      this.model.apply(this.c, next.action);
      this.applied++;
    } else if (!this.model.stepEvent(this.c)) return false;
    this.moved();
    return true;
  }

  /** The learner acts now. Behind the frontier, the rest of the old future is discarded. */
  act(action: A): void {
    const now = this.point();
    if (before(now, this.far)) {
      this.actions.length = this.applied;
      this.checkpoints = this.checkpoints.filter((k) => !before(now, k));
      this.far = now;
      for (const q of this.questions) if (this.start.time + q.at > now.time) this.asked.delete(q.id);
    }
    this.actions.push({ time: now.time, events: now.events, action });
    this.model.apply(this.c, action);
    this.applied++;
    this.moved();
  }

  /** Move the view to simulated time `time` (clamped to [start, frontier]). */
  seek(time: number): void {
    const t = Math.max(this.start.time, Math.min(time, this.far.time));
    const now = this.c_time();
    let k: Checkpoint | undefined;
    for (const cp of this.checkpoints) if (cp.time <= t) k = cp;
    if (k && (t < now || k.time > now)) {
      this.model.restore(this.c, k.snap);
      this.applied = k.applied;
    }
    this.rollTo(t, t === this.far.time ? this.far : undefined);
  }

  /** A private copy of the run as it is now (for grading a question). */
  fork(): C {
    return this.model.fork(this.c);
  }

  // ---- internals ----

  private nextQuestion(target: number): Question<C> | null {
    if (this.rewound) return null;
    const from = this.c_time() - this.start.time;
    for (const q of this.questions) if (!this.asked.has(q.id) && this.start.time + q.at <= target && q.at >= from) return q;
    return null;
  }

  /** Run forward to `time` (or exactly to `end`), applying recorded actions where they were taken. */
  private rollTo(time: number, end?: RunPoint): void {
    for (let a = this.actions[this.applied]; a && a.time <= time; a = this.actions[this.applied]) {
      if (end && !before(a, end) && !(a.time === end.time && a.events === end.events)) break;
      this.model.runTo(this.c, a.events, a.time);
      this.model.apply(this.c, a.action);
      this.applied++;
      this.moved();
    }
    if (end && end.time === time && this.model.events(this.c) <= end.events) this.model.runTo(this.c, end.events, end.time);
    else if (time > this.c_time()) this.model.advance(this.c, time - this.c_time());
    this.moved();
  }

  private moved(): void {
    const now = this.point();
    if (before(this.far, now)) this.far = now;
    this.checkpoint(false);
  }

  private checkpoint(force: boolean): void {
    const now = this.point();
    const last = this.checkpoints[this.checkpoints.length - 1];
    if (!force && last && (now.time < last.time + this.every || before(now, this.far))) return;
    this.checkpoints.push({ ...now, applied: this.applied, snap: this.model.snapshot(this.c) });
    if (this.checkpoints.length > MAX_CHECKPOINTS) {
      this.checkpoints = this.checkpoints.filter((_, i) => i === 0 || i % 2 === 1);
      this.every *= 2;
    }
  }
}
