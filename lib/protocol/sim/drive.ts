// The run loops every cluster driver shares (Raft, split-brain, Paxos, two-phase commit):
// pop each event due inside a window from the seeded Sim, hand it to the driver, then move
// the clock over the idle rest of the window. Events run strictly in the Sim's (time, seq)
// order, so a driver built on these stays a function of (seed, config, actions), and the replay
// helpers put each recorded action back at the event it was taken after.
// Internal to lib/protocol: deliberately not re-exported from ./index (the public API).

import type { Envelope, Sim, SimEvent } from "./network";

/** Handle every event due within the next `ms`, then set the clock to the end of the window. */
export function advanceSim<M>(sim: Sim<M>, ms: number, handle: (e: SimEvent<M>) => void): void {
  const until = sim.time + ms;
  for (let e = sim.next(until); e !== null; e = sim.next(until)) handle(e);
  sim.advanceTo(until);
}

/**
 * Handle events one at a time until `pred` holds (checked before the first event and after
 * each one): true as soon as it does. Otherwise the clock ends at now + maxMs and the result
 * is false; `pred` is not asked again after that final clock move (a caller that wants it can).
 */
export function runSimUntil<M>(sim: Sim<M>, pred: () => boolean, maxMs: number, handle: (e: SimEvent<M>) => void): boolean {
  const until = sim.time + maxMs;
  if (pred()) return true;
  for (let e = sim.next(until); e !== null; e = sim.next(until)) {
    handle(e);
    if (pred()) return true;
  }
  sim.advanceTo(until);
  return false;
}

/** A point in a run: the clock, and how many events (Sim.events) had run by then. */
export interface RunPoint {
  time: number;
  events: number;
}

/**
 * Replay helper: handle events until `events` have run in all, then set the clock to `time`.
 * Several events can share a millisecond, so the count, not the clock, says where a recorded
 * action goes. Throws if the replay cannot reach the point: it has diverged from the recording.
 */
export function runSimTo<M>(sim: Sim<M>, events: number, time: number, handle: (e: SimEvent<M>) => void): void {
  if (events < sim.events || time < sim.time) {
    throw new Error(`replay diverged: asked for event ${events} at t=${time}, already at event ${sim.events}, t=${sim.time}`);
  }
  while (sim.events < events) {
    const e = sim.next(time);
    if (e === null) throw new Error(`replay diverged: ran out of events at ${sim.events} of ${events} by t=${time}`);
    handle(e);
  }
  sim.advanceTo(time);
}

/** What replayActions needs from a cluster driver. */
export interface Replayable {
  readonly time: number;
  advance(ms: number): void;
  runTo(events: number, time: number): void;
}

/**
 * Rebuild a run on a fresh driver: take each recorded action at its point, then run on to `end`.
 * An action that carries `events` goes exactly where it was taken, even mid-millisecond; one
 * without (hand-written, like a preset) goes after every event due at its `at`. `end` is a
 * RunPoint, or a time to advance to (every event due by then).
 */
export function replayActions<C extends Replayable, A extends { at: number; events?: number }>(
  c: C,
  actions: Iterable<A>,
  apply: (c: C, a: A) => void,
  end: RunPoint | number | undefined,
  outOfOrder: (message: string) => Error,
): C {
  for (const a of actions) {
    if (a.events !== undefined) c.runTo(a.events, a.at);
    else if (a.at < c.time) throw outOfOrder(`actions must be in time order (${a.at} < ${c.time})`);
    else c.advance(a.at - c.time);
    apply(c, a);
  }
  if (typeof end === "number") {
    if (end > c.time) c.advance(end - c.time);
  } else if (end !== undefined) {
    c.runTo(end.events, end.time);
  }
  return c;
}

/**
 * Re-send an in-flight message so it arrives `ms` later than planned (BeatPaxos-style "hold it
 * back"). The delayed copy is not re-exposed to random loss, but it is lost at once if its
 * sender is down or cut off now. Returns the new envelope, or null when it was lost.
 */
export function delayEnvelope<M>(sim: Sim<M>, env: Envelope<M>, ms: number): Envelope<M> | null {
  sim.dropMessage(env.id);
  const rate = sim.dropRate;
  sim.setDropRate(0);
  const again = sim.send(env.from, env.to, env.msg, env.at - sim.time + ms);
  sim.setDropRate(rate);
  return again;
}

/** Append to a trace, dropping the oldest entries beyond `limit`. */
export function appendBounded<T>(log: T[], entry: T, limit: number): void {
  log.push(entry);
  if (log.length > limit) log.splice(0, log.length - limit);
}
