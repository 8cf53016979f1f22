// The quorum simulator's model: each lesson preset (content/04 and 07) says what its sizes
// guarantee, counts the quorum pairs that miss each other, and a seed plus actions draws the
// same quorums every time.
import { describe, expect, it } from "vitest";
import { decodeQuorumActions, encodeQuorumActions, quorumFacts, quorumInvariants, quorumState, type QuorumAction } from "./view-model";

const holds = (preset: Parameters<typeof quorumState>[0], actions: QuorumAction[] = []) =>
  Object.fromEntries(quorumInvariants(quorumState(preset, actions, 1)).map((f) => [f.name, f.holds]));

describe("presets", () => {
  it("majority: 5 replicas, W = R = 3 overlap and survive 2 crashes each", () => {
    const s = quorumState("majority", [], 1);
    expect(holds("majority")["Reads meet writes (W + R > N)"]).toBe(true);
    const f = quorumFacts(s.config);
    expect(f.disjoint).toBe(0);
    expect(f.survives.map((x) => x.failures)).toEqual([2, 2]);
  });

  it("stale-reads: N = 3, W = R = 1: 6 of 9 pairs miss each other", () => {
    const s = quorumState("stale-reads", [], 1);
    expect(holds("stale-reads")["Reads meet writes (W + R > N)"]).toBe(false);
    expect(quorumFacts(s.config)).toMatchObject({ pairs: 9, disjoint: 6 });
  });

  it("flexible-paxos: Q1 = 4, Q2 = 2 is safe; Q1 = 3 is not", () => {
    expect(holds("flexible-paxos")["Phase 1 meets phase 2 (Q1 + Q2 > N)"]).toBe(true);
    expect(holds("flexible-paxos", [{ k: "set", field: "a", value: 3 }])["Phase 1 meets phase 2 (Q1 + Q2 > N)"]).toBe(false);
    expect(quorumFacts(quorumState("flexible-paxos", [], 1).config).survives.map((x) => x.failures)).toEqual([1, 3]);
  });

  it("byzantine: N = 4, f = 1, Q = 3 overlap in 2; Q = 2 loses the honest overlap", () => {
    expect(Object.values(holds("byzantine")).every(Boolean)).toBe(true);
    const q2 = quorumState("byzantine", [{ k: "set", field: "a", value: 2 }], 1);
    expect(quorumInvariants(q2)[0].holds).toBe(false);
    expect(quorumFacts(q2.config).disjoint).toBeGreaterThan(0);
  });

  it("epaxos: N = 5 uses a fast quorum of 3; N = 7 of 5 (the lesson's table)", () => {
    expect(quorumState("epaxos", [], 1).config).toMatchObject({ n: 5, a: 3, b: 3 });
    expect(quorumState("epaxos", [{ k: "set", field: "n", value: 7 }], 1).config).toMatchObject({ n: 7, a: 5, b: 4 });
    expect(quorumState("epaxos", [{ k: "set", field: "n", value: 6 }], 1).config.n).toBe(5);
  });
});

describe("actions", () => {
  it("crashes take quorums away: with 3 of 5 down no majority forms", () => {
    const s = quorumState("majority", [{ k: "crash", node: 1 }, { k: "crash", node: 2 }, { k: "crash", node: 3 }, { k: "draw" }], 1);
    expect(s.down).toEqual([1, 2, 3]);
    expect(s.draw?.first).toBeNull();
    expect(s.log.at(-1)).toMatch(/Only 2 replica\(s\) are up/);
    expect(quorumInvariants(s).find((f) => f.name === "Writes possible now")?.holds).toBe(false);
  });

  it("the worst case of N = 3, W = R = 1 shows two disjoint sets", () => {
    const s = quorumState("stale-reads", [{ k: "worst" }], 1);
    expect(s.draw).toMatchObject({ first: [1], second: [3], shared: [] });
    expect(s.log.at(-1)).toMatch(/share no replica/);
  });

  it("the same seed and actions draw the same quorums; a step back replays a prefix", () => {
    const actions: QuorumAction[] = [{ k: "draw" }, { k: "crash", node: 4 }, { k: "draw" }, { k: "draw" }];
    expect(quorumState("majority", actions, 7).log).toEqual(quorumState("majority", actions, 7).log);
    expect(quorumState("majority", actions, 7, 2).log).toHaveLength(2);
    const draws = new Set(Array.from({ length: 10 }, (_, seed) => quorumState("majority", [{ k: "draw" }], seed).log[0]));
    expect(draws.size).toBeGreaterThan(1);
  });

  it("share links round-trip actions and refuse garbage", () => {
    const actions: QuorumAction[] = [{ k: "mode", mode: "paxos" }, { k: "set", field: "b", value: 2 }, { k: "crash", node: 3 }, { k: "restart", node: 3 }, { k: "draw" }, { k: "worst" }];
    expect(decodeQuorumActions(encodeQuorumActions(actions))).toEqual(actions);
    expect(decodeQuorumActions("q9")).toBeNull();
  });
});
