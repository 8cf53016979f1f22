// Share links of the four step simulators: what one writes, the other reads back to the same
// run; a link that does not decode is reported and replaced by a fresh run of the preset.
import { describe, expect, it } from "vitest";
import { readClocksQuery, writeClocksQuery } from "../clocks/url-state";
import { presetScenario as clockPreset } from "../clocks/view-model";
import { readLinearizabilityQuery, writeLinearizabilityQuery } from "../linearizability/url-state";
import { LINEARIZABILITY_PRESETS } from "../linearizability/view-model";
import { readQuorumQuery, writeQuorumQuery } from "../quorum/url-state";
import { quorumState, type QuorumAction } from "../quorum/view-model";
import { readReconcileQuery, writeReconcileQuery } from "../reconcile/url-state";

describe("share links round-trip", () => {
  it("clocks: the learner's events, the step and the picked pair", () => {
    const s = clockPreset("three-processes");
    s.actions.push({ kind: "send", process: 1, to: 3 });
    const back = readClocksQuery(writeClocksQuery("three-processes", s, 7, ["e4", "e6"]), "three-processes");
    expect(back).toEqual({ scenario: s, step: 7, pick: ["e4", "e6"], error: null });
  });

  it("reconcile: Figure 7 follower and rule, or a seeded pair", () => {
    const fig = { source: "figure-7", follower: "d", backoff: "conflict-term" } as const;
    expect(readReconcileQuery(writeReconcileQuery("figure-7", fig, 3))).toEqual({ scenario: fig, step: 3, error: null });
    const rnd = { source: "random", seed: 42, backoff: "one-step" } as const;
    expect(readReconcileQuery(writeReconcileQuery("figure-7", rnd, 0)).scenario).toEqual(rnd);
  });

  it("quorum: preset, seed and actions give the same drawn quorums", () => {
    const actions: QuorumAction[] = [{ k: "draw" }, { k: "crash", node: 2 }, { k: "draw" }];
    const back = readQuorumQuery(writeQuorumQuery("majority", 9, actions, 3), "majority", 1);
    expect(quorumState(back.preset, back.actions, back.seed).log).toEqual(quorumState("majority", actions, 9).log);
  });

  it("linearizability: a preset, a generated history and a hand-built one", () => {
    const stale = LINEARIZABILITY_PRESETS["stale-read"].history.slice();
    expect(readLinearizabilityQuery(writeLinearizabilityQuery({ kind: "preset", preset: "stale-read" }, stale, 2)!, "empty")).toMatchObject({ ops: stale, step: 2, error: null });
    const gen = readLinearizabilityQuery(writeLinearizabilityQuery({ kind: "generated", seed: 5, verdict: "illegal" }, [], 0)!, "empty");
    expect(gen.source).toEqual({ kind: "generated", seed: 5, verdict: "illegal" });
    const custom = readLinearizabilityQuery(writeLinearizabilityQuery({ kind: "custom", label: "x" }, stale, 1)!, "empty");
    expect(custom.ops).toEqual(stale);
  });
});

describe("links that do not decode start fresh and say so", () => {
  it("each simulator names the problem", () => {
    expect(readClocksQuery("preset=three-processes&t=3.rm1", "three-processes").error).toMatch(/do not decode/);
    expect(readReconcileQuery("follower=z").error).toMatch(/no follower "z"/);
    expect(readQuorumQuery("a=zz", "majority", 1).error).toMatch(/do not decode/);
    const lin = readLinearizabilityQuery("h=1.0.x", "stale-read");
    expect(lin.error).toMatch(/does not decode/);
    expect(lin.ops).toEqual(LINEARIZABILITY_PRESETS["stale-read"].history);
  });
});
