// What a simulator plugs into the shared player (components/sim/README.md). Pure types and
// data: a SimModel wraps one lib/protocol driver so the player can run, rewind, replay and
// share it without knowing which protocol it is.

/** A point in a run: the simulated clock and how many engine events had run. */
export interface RunPoint {
  time: number;
  events: number;
}

/** A learner's action and exactly where in the run it was taken. */
export interface Recorded<A> extends RunPoint {
  action: A;
}

/** Everything a share link carries: same seed + preset + config + actions = same run. */
export interface RunSpec<A, Cfg> {
  seed: number;
  preset: string;
  config: Cfg;
  actions: Recorded<A>[];
  /** Where the shared run had got to (the scrubber's end). */
  end: RunPoint | null;
}

/** One safety property of the protocol and whether the run so far keeps it. */
export interface InvariantState {
  name: string;
  holds: boolean;
  /** The engine's explanation when violated. */
  detail?: string;
}

/** One event of the run, in words. `n` is unique and increasing within a run. */
export interface LogLine {
  n: number;
  time: number;
  text: string;
  kind?: "deliver" | "timer" | "lost" | "action" | "crash" | "note";
}

/** A deliberate-bug switch (the engine breaks one rule so the banner can catch it). */
export interface BugSwitch {
  key: string;
  label: string;
  /** What turning it on breaks, in one sentence. */
  explains: string;
}

export interface QuestionChoice {
  id: string;
  text: string;
}

/** "What happens next?": asked `at` ms after the run's start, graded on a fork of the engine. */
export interface Question<C> {
  id: string;
  /** Simulated ms after the run's start at which to pause and ask. */
  at: number;
  /** Several choices may be right (checkboxes) instead of exactly one (radio buttons). */
  multi?: boolean;
  /** The question as it applies to this run now, or null when the learner's actions made its premise false. */
  ask(c: C): { prompt: string; choices: QuestionChoice[] } | null;
  /** Run `fork` (a private copy of the run at the moment of asking) on and say what happened. */
  resolve(fork: C): { answer: string[]; explanation: string };
}

export interface SimModel<C, A, Cfg> {
  name: string;
  /** Simulated milliseconds per real second at 1× speed. */
  msPerSecond: number;
  defaultConfig(preset: string): Cfg;
  /** Validate a config read from a URL; null when it is not one this simulator accepts. */
  parseConfig(raw: unknown, preset: string): Cfg | null;
  /** Validate one action read from a URL. */
  parseAction(raw: unknown): A | null;
  /** Build the run's starting state: the preset's scenario, deterministic in (seed, config). Throws a readable error on a config the engine refuses. */
  create(seed: number, preset: string, config: Cfg): C;
  time(c: C): number;
  events(c: C): number;
  advance(c: C, ms: number): void;
  /** Process exactly one event; false when nothing is queued. */
  stepEvent(c: C): boolean;
  /** Handle events until `events` have run, then set the clock to `time` (replay). */
  runTo(c: C, events: number, time: number): void;
  snapshot(c: C): unknown;
  restore(c: C, snap: unknown): void;
  fork(c: C): C;
  apply(c: C, a: A): void;
  invariants(c: C): InvariantState[];
  log(c: C): LogLine[];
  bugs?: BugSwitch[];
  questions(preset: string): Question<C>[];
  describeAction(a: A): string;
}
