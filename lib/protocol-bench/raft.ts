// Raft engine throughput: a 5-node cluster under random faults (crashes, restarts,
// partitions, drops, proposals), measured with invariant checking off and on.
// Run: npx tsx lib/protocol-bench/raft.ts   (npm run bench:protocol runs it too)
import { createRaftCluster } from "../protocol/raft";
import { chaosSchedule } from "../protocol/raft/chaos";

const STEPS = 100_000; // chaos actions per run, ~100 simulated minutes
const REPS = 5;

interface Mode {
  label: string;
  check: boolean;
  traceLimit: number;
}

function runOnce(seed: number, mode: Mode) {
  const schedule = chaosSchedule(seed, { nodes: 5, steps: STEPS });
  // fastBackup: with Figure 2's one-entry back-off a far-behind follower never catches
  // up when leaders change every few hundred ms, as they do under this much chaos.
  const c = createRaftCluster({ nodes: 5, seed, checkInvariants: mode.check, traceLimit: mode.traceLimit, fastBackup: true });
  const t0 = performance.now();
  for (const s of schedule) {
    c.advance(s.wait);
    c.apply(s.action);
  }
  const ms = performance.now() - t0;
  const events = c.eventCount;
  const net = c.networkStats();
  // Untimed: let it recover so the run ends with everything committed everywhere.
  c.heal();
  c.setDropRate(0);
  for (let id = 1; id <= 5; id++) c.restart(id);
  // A new leader learns the commit point only by committing an entry of its own term (§5.4.2).
  c.runUntil((x) => x.leader() !== null, 5000);
  c.propose("final");
  c.advance(60_000);
  const committed = Math.min(...c.nodes().map((n) => n.commitIndex));
  return { events, ms, net, violations: c.violations().length, committed, simSeconds: c.time / 1000 };
}

function median(xs: number[]): number {
  const s = xs.slice().sort((a, b) => a - b);
  return s[s.length >> 1];
}

const fmt = (x: number) => Math.round(x).toLocaleString("en-US");

function measure(mode: Mode): number {
  console.log(mode.label);
  runOnce(999, mode); // warm up the JIT
  const rates: number[] = [];
  for (let r = 0; r < REPS; r++) {
    const { events, ms, net, violations, committed } = runOnce(100 + r, mode);
    const rate = events / (ms / 1000);
    rates.push(rate);
    console.log(
      `  run ${r + 1}: ${fmt(events)} events (${fmt(net.delivered)} deliveries, ${fmt(net.timers)} timers, ` +
        `${fmt(net.lost)} lost on arrival) in ${ms.toFixed(0)} ms = ${fmt(rate)} events/s; ` +
        `after recovery all 5 nodes hold ${fmt(committed)} committed entries; violations ${violations}`,
    );
    if (violations > 0) throw new Error("safety violation during the bench");
  }
  return median(rates);
}

const sample = runOnce(100, { label: "", check: false, traceLimit: 0 });
console.log(
  `Raft bench: 5 nodes, ${fmt(STEPS)} random actions per run (propose 50%, crash 10%, restart 15%, ` +
    `partition 7%, heal 10%, drop rate 0-30% 8%), ~${fmt(sample.simSeconds)} simulated s; ${REPS} runs per mode, median reported`,
);
const off = measure({ label: "invariant checking OFF, tracing off", check: false, traceLimit: 0 });
const on = measure({
  label: "invariant checking ON (Election Safety, Leader Append-Only, Log Matching, Leader Completeness, State Machine Safety), tracing off",
  check: true,
  traceLimit: 0,
});
const ui = measure({ label: "invariant checking ON, tracing the last 1000 events (the UI default)", check: true, traceLimit: 1000 });
console.log(`median events/s, checking off:           ${fmt(off)}`);
console.log(`median events/s, checking on:            ${fmt(on)} (target >= 200,000)`);
console.log(`median events/s, checking on + tracing:  ${fmt(ui)}`);
