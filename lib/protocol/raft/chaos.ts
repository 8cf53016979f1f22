// Seeded random fault schedules for a Raft cluster: crashes, restarts, partitions,
// heals, drop-rate changes and client proposals at random times. Used by the bench
// and by soak tests; a UI can use it for a "chaos" button.

import { createRng } from "../rng";
import type { RaftAction } from "./cluster-types";

export interface ChaosStep {
  wait: number; // ms to advance before the action
  action: RaftAction;
}

export interface ChaosOptions {
  nodes: number;
  steps: number;
  /** Range of the wait before each action, ms (default [5, 120]). */
  wait?: [number, number];
  /** Highest drop rate it will set (default 0.3). */
  maxDropRate?: number;
}

export function chaosSchedule(seed: number, o: ChaosOptions): ChaosStep[] {
  const rng = createRng(seed);
  const [wlo, whi] = o.wait ?? [5, 120];
  const maxDrop = o.maxDropRate ?? 0.3;
  const ids = Array.from({ length: o.nodes }, (_, i) => i + 1);
  const steps: ChaosStep[] = [];
  let cmd = 0;
  for (let i = 0; i < o.steps; i++) {
    const r = rng.next();
    let action: RaftAction;
    if (r < 0.5) action = { type: "propose", command: `c${++cmd}` };
    else if (r < 0.6) action = { type: "crash", id: rng.pick(ids) };
    else if (r < 0.75) action = { type: "restart", id: rng.pick(ids) };
    else if (r < 0.82) {
      const shuffled = ids.slice().sort(() => rng.next() - 0.5);
      const cut = rng.int(1, o.nodes - 1 || 1);
      action = { type: "partition", groups: [shuffled.slice(0, cut), shuffled.slice(cut)] };
    } else if (r < 0.92) action = { type: "heal" };
    else action = { type: "dropRate", p: Math.round(rng.next() * maxDrop * 100) / 100 };
    steps.push({ wait: rng.int(wlo, whi), action });
  }
  return steps;
}
