/**
 * The simulated network and event queue shared by every protocol simulator
 * (Raft, Paxos, two-phase commit, split-brain). Pure and seeded: no wall clock, no
 * Math.random(); the same seed and the same calls give the same run.
 *
 * ```ts
 * const sim = createSim<MyMsg>({ nodes: 3, seed: 42, latency: [10, 20], dropRate: 0 });
 * sim.setTimer(1, "election", 150);          // node 1's "election" alarm at t=150
 * sim.send(1, 2, { type: "ping" });          // Envelope | null (null = lost at once)
 * for (let e; (e = sim.next(1000)); ) {      // every event due by t=1000, in order
 *   if (e.kind === "message") handle(e.to, e.msg, e.from);
 *   else if (e.kind === "timer") fire(e.node, e.key);
 *   else showLoss(e.envelope, e.reason);     // "lost": receiver crashed or cut off
 * }
 * sim.advanceTo(1000);                       // move the clock over the idle stretch
 * ```
 *
 * Model
 * - Node ids are 1..nodes. Times are integer simulated milliseconds; `sim.time` is now.
 * - Events are ordered by (time, seq); seq is assigned when an event is scheduled, so
 *   ties run in scheduling order. Each send draws a latency uniformly from
 *   [min, max] (inclusive), so messages between the same pair can be reordered.
 * - Drops: with probability dropRate a send is lost at once (send returns null).
 *   Sends from a crashed node or across a partition are also lost at once.
 * - At delivery time a message whose receiver or sender is crashed, or which now
 *   crosses a partition, is not delivered; next() returns it as a "lost" event so a UI
 *   can show it. What a crash erases is the protocol's business: the network only stops
 *   delivering to and from the node, and cancels its timers.
 * - Timers: one pending timer per (node, key); setTimer replaces it, cancelTimer
 *   removes it. Replaced timers stay in the heap and are skipped when popped, so
 *   resetting a timer is O(log n) and never scans.
 * - partition(groups): messages flow only within a group; nodes left out of every
 *   group are isolated alone. heal() joins everyone again.
 *
 * For a UI
 * - inFlight() lists the messages on the wire (earliest first); dropMessage(id)
 *   removes one. next() is the single-step primitive.
 * - snapshot() / restore(snap) rewind cheaply (queued events are immutable, so a
 *   snapshot copies arrays of references, not messages); fork() gives an independent
 *   copy to branch from. Protocol state lives outside the sim and must be snapshotted
 *   alongside it.
 *
 * Stability: other simulators import this; add to the API, do not rename.
 */
export { Sim, createSim } from "./network";
export type {
  Envelope,
  TimerEvent,
  LostEvent,
  SimEvent,
  SimConfig,
  SimStats,
  SimSnapshot,
} from "./network";
export { EventQueue } from "./event-queue";
export type { Queued } from "./event-queue";
