// Raft engine throughput: a 5-node cluster under random faults (crashes, restarts,
// partitions, drops, proposals), measured with invariant checking off and on.
// Run: npx tsx lib/protocol/bench/raft.ts
import { createRaftCluster } from "../raft";
import { chaosSchedule } from "../raft/chaos";

const STEPS = 20_000; // chaos actions per run, ~21 simulated minutes
const REPS = 5;

function runOnce(seed: number, check: boolean): { events: number; ms: number; violations: number; committed: number } {
  const schedule = chaosSchedule(seed, { nodes: 5, steps: STEPS });
  // fastBackup: Figure 2's one-entry back-off never catches up a far-behind follower when
  // leaders change every few hundred ms, which this chaos does; see the report.
  const c = createRaftCluster({ nodes: 5, seed, checkInvariants: check, traceLimit: 0, fastBackup: true });
  const t0 = performance.now();
  for (const s of schedule) {
    c.advance(s.wait);
    c.apply(s.action);
  }
  const ms = performance.now() - t0;
  const events = c.eventCount;
  // Untimed: let it recover so the run ends with everything committed everywhere.
  c.heal();
  c.setDropRate(0);
  for (let id = 1; id <= 5; id++) c.restart(id);
  // A new leader learns the commit point only by committing an entry of its own term (§5.4.2).
  c.runUntil((x) => x.leader() !== null, 5000);
  c.propose("final");
  c.advance(60_000);
  const committed = Math.min(...c.nodes().map((n) => n.commitIndex));
  return { events, ms, violations: c.violations().length, committed };
}

function median(xs: number[]): number {
  const s = xs.slice().sort((a, b) => a - b);
  return s[s.length >> 1];
}

function measure(check: boolean): number {
  runOnce(999, check); // warm up the JIT
  const rates: number[] = [];
  for (let r = 0; r < REPS; r++) {
    const { events, ms, violations, committed } = runOnce(100 + r, check);
    const rate = events / (ms / 1000);
    rates.push(rate);
    console.log(
      `  run ${r + 1}: ${events} events in ${ms.toFixed(0)} ms = ${Math.round(rate).toLocaleString("en-US")} events/s` +
        ` (after recovery every node committed ${committed} entries; violations ${violations})`,
    );
    if (violations > 0) throw new Error("safety violation during the bench");
  }
  return median(rates);
}

console.log(`Raft bench: 5 nodes, ${STEPS} random fault/proposal actions per run, ${REPS} runs each`);
console.log("invariant checking OFF");
const off = measure(false);
console.log("invariant checking ON (Election Safety, Leader Append-Only, Log Matching, Leader Completeness, State Machine Safety)");
const on = measure(true);
console.log(`median events/s, checking off: ${Math.round(off).toLocaleString("en-US")}`);
console.log(`median events/s, checking on:  ${Math.round(on).toLocaleString("en-US")} (target >= 200,000)`);
