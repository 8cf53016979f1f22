import { describe, expect, it } from "vitest";
import { RunController } from "../shared/run-controller";
import { decodeRun, encodeRun } from "../shared/share-link";
import { RAFT_LATENCY_CHOICES, raftDefaultConfig, raftModel } from "./raft-model";

const PRESETS = ["normal", "split-vote", "leader-crash", "figure-8", "partition"];

describe("configurations that could never elect a leader (issue 8)", () => {
  it("the controls cannot reach one: every delay choice plus a 50 ms heartbeat stays below the shortest election timeout", () => {
    for (const preset of PRESETS) {
      const [lo, hi] = raftDefaultConfig(preset).electionTimeout;
      expect(lo).toBeLessThan(hi);
      for (const [, max] of RAFT_LATENCY_CHOICES) expect(50 + max).toBeLessThan(lo);
    }
  });

  it("a link carrying one is refused with the reason in words, and the learner gets a fresh run", () => {
    const base = new RunController(raftModel, { seed: 3, preset: "normal", config: raftDefaultConfig("normal"), actions: [], end: null });
    for (const [electionTimeout, latency, reason] of [
      [[200, 200], [10, 20], /min = max/],
      [[150, 300], [90, 120], /heartbeatInterval \(50 ms\) \+ the slowest message \(120 ms\) must be below the shortest election timeout \(150 ms\)/],
    ] as const) {
      const query = encodeRun({ ...base.spec(), config: { ...base.config, electionTimeout: [...electionTimeout], latency: [...latency] } });
      const d = decodeRun(raftModel, query, PRESETS, "normal", 1);
      expect(d.ok).toBe(true);
      if (!d.ok) continue;
      expect(() => new RunController(raftModel, d.spec)).toThrow(reason);
    }
  });
});
