// The run loops every cluster driver shares (Raft, split-brain, Paxos, two-phase commit):
// pop each event due inside a window from the seeded Sim, hand it to the driver, then move
// the clock over the idle rest of the window. Events run strictly in the Sim's (time, seq)
// order, so a driver built on these stays a function of (seed, config, actions).
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
