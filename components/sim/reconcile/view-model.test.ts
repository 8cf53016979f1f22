// Figure 7 (Raft paper §5.3) through the simulator's frames: follower (f) is probed back one
// entry at a time, its terms 2–3 suffix is deleted and the leader's entries appended.
import { describe, expect, it } from "vitest";
import { FIGURE_7 } from "@/lib/protocol";
import { frameAt, presetScenario, reconcileInvariants, reconcileLogLines, runScenario, stepCount } from "./view-model";

describe("figure-7 preset: follower (f), one entry per rejection", () => {
  const run = runScenario(presetScenario("figure-7"));

  it("starts with the follower's own log and nextIndex past the leader's last entry", () => {
    const f = frameAt(run, 0);
    expect(f.follower.map((c) => c.term)).toEqual([...FIGURE_7.followers.f]);
    expect(f.nextIndex).toBe(12);
    expect(f.message).toBeNull();
  });

  it("the first AppendEntries probes index 11 and is rejected (term 3 there, leader says 8)", () => {
    const sent = frameAt(run, 1);
    expect(sent.probe).toBe(11);
    expect(sent.leader[10].mark).toBe("probe");
    const rejected = frameAt(run, 2);
    expect(rejected.follower[10].mark).toBe("conflict");
    expect(rejected.nextIndex).toBe(11);
    expect(rejected.message?.kind).toBe("reject");
  });

  it("ends identical to the leader, after deleting 8 entries and appending 8, in 9 round trips", () => {
    const last = frameAt(run, stepCount(run));
    expect(last.follower.map((c) => c.term)).toEqual([...FIGURE_7.leader]);
    expect(run.result.roundTrips).toBe(9);
    const truncate = run.result.steps.findIndex((s) => s.kind === "truncate") + 1;
    expect(frameAt(run, truncate).removed.map((c) => c.term)).toEqual([2, 2, 2, 3, 3, 3, 3, 3]);
    expect(frameAt(run, truncate + 1).follower.filter((c) => c.mark === "appended")).toHaveLength(8);
    expect(reconcileInvariants(run, stepCount(run)).every((i) => i.holds)).toBe(true);
  });

  it("the event log has one sentence per step", () => {
    const lines = reconcileLogLines(run, stepCount(run));
    expect(lines).toHaveLength(stepCount(run));
    expect(lines[1]).toBe("Consistency check fails: the follower has term 3 at index 11, the leader says 8. Leader backs off to nextIndex 11.");
    expect(lines.at(-1)).toMatch(/^Done after 9 round trip/);
  });
});

describe("fast-backoff preset and random logs", () => {
  it("conflict-term hints repair (f) in 3 round trips", () => {
    expect(runScenario(presetScenario("fast-backoff")).result.roundTrips).toBe(3);
  });

  it("a seeded random pair is the same run every time and always ends in line", () => {
    for (const seed of [1, 7, 42]) {
      const a = runScenario({ source: "random", seed, backoff: "one-step" });
      expect(runScenario({ source: "random", seed, backoff: "one-step" }).result).toEqual(a.result);
      expect(frameAt(a, stepCount(a)).follower.slice(0, a.leader.length).map((c) => c.term)).toEqual(a.leader);
    }
  });
});
