// MIT 6.824 Lab 2B (log replication) on simulated time. Raft paper §5.3, §5.4.
import { describe, expect, it } from "vitest";
import { ELECTION_TIMEOUT, LabHarness } from "./lab-harness";

const next = (id: number, k: number, n: number) => ((id - 1 + k) % n) + 1;

describe("6.824 2B: agreement (§5.3)", () => {
  it("basic agreement: each command is committed by everyone at the next index", () => {
    const h = new LabHarness({ nodes: 3, seed: 11 });
    for (let index = 1; index <= 3; index++) {
      expect(h.nCommitted(index).count).toBe(0); // nothing committed before Start()
      expect(h.one(`${index * 100}`, 3, false)).toBe(index);
    }
    expect(h.c.violations()).toEqual([]);
  });

  it("agreement despite a disconnected follower, which catches up on rejoining", () => {
    const h = new LabHarness({ nodes: 3, seed: 12 });
    h.one("101", 3, false);
    const leader = h.checkOneLeader();
    h.disconnect(next(leader, 1, 3));
    // The leader and the remaining follower are a majority.
    h.one("102", 2, false);
    h.one("103", 2, false);
    h.sleep(ELECTION_TIMEOUT);
    h.one("104", 2, false);
    h.one("105", 2, false);
    h.connect(next(leader, 1, 3));
    h.one("106", 3, true);
    h.sleep(ELECTION_TIMEOUT);
    h.one("107", 3, true);
    expect(h.c.violations()).toEqual([]);
  });

  it("no agreement if too many followers disconnect; the uncommitted entry may be replaced", () => {
    const h = new LabHarness({ nodes: 5, seed: 13 });
    h.one("10", 5, false);
    const leader = h.checkOneLeader();
    for (const k of [1, 2, 3]) h.disconnect(next(leader, k, 5));

    const r = h.c.propose("20", leader);
    expect(r).toEqual({ ok: true, leader, index: 2 });
    h.sleep(2 * ELECTION_TIMEOUT);
    expect(h.nCommitted(2).count).toBe(0); // a minority cannot commit (§5.3)

    for (const k of [1, 2, 3]) h.connect(next(leader, k, 5));
    // The disconnected majority may have elected its own leader; either way index 2
    // or 3 is next, and the cluster agrees again.
    const leader2 = h.checkOneLeader();
    const r2 = h.c.propose("30", leader2);
    expect(r2.ok).toBe(true);
    if (r2.ok) expect([2, 3]).toContain(r2.index);
    h.one("1000", 5, true);
    expect(h.c.violations()).toEqual([]);
  });

  it("concurrent starts: five commands proposed at the same instant all commit, in one term", () => {
    const h = new LabHarness({ nodes: 3, seed: 14 });
    const leader = h.checkOneLeader();
    const term = h.c.node(leader).term;
    const results = [1, 2, 3, 4, 5].map((i) => h.c.propose(`c${i}`, leader));
    expect(results.map((r) => r.ok && r.index)).toEqual([1, 2, 3, 4, 5]);
    h.sleep(500);
    expect(h.c.node(leader).term).toBe(term);
    const committed = [1, 2, 3, 4, 5].map((i) => h.nCommitted(i));
    expect(committed.map((x) => x.count)).toEqual([3, 3, 3, 3, 3]);
    expect(new Set(committed.map((x) => x.command))).toEqual(new Set(["c1", "c2", "c3", "c4", "c5"]));
  });

  it("rejoin of a partitioned leader: its uncommitted entries are discarded", () => {
    const h = new LabHarness({ nodes: 3, seed: 15 });
    h.one("101", 3, true);
    const leader1 = h.checkOneLeader();
    h.disconnect(leader1);
    // The cut-off leader accepts commands it can never commit.
    for (const cmd of ["102", "103", "104"]) expect(h.c.propose(cmd, leader1).ok).toBe(true);

    h.one("103", 2, true); // the new leader commits 103 at index 2
    const leader2 = h.checkOneLeader();
    h.disconnect(leader2);
    h.connect(leader1); // old leader's log must lose 102..104 (§5.3 conflict truncation)
    h.one("104", 2, true);
    h.connect(leader2);
    h.one("105", 3, true);
    const log = h.c.node(leader1).log.map((e) => e.command);
    expect(log).not.toContain("102");
    expect(h.c.violations()).toEqual([]);
  });

  it("backup: a leader quickly overwrites long runs of conflicting entries", () => {
    const h = new LabHarness({ nodes: 5, seed: 16 });
    const r = () => String(h.rng.int(0, 1_000_000));
    h.one(r(), 5, true);
    // Put the leader and one follower in a partition; they take 50 doomed entries.
    const leader1 = h.checkOneLeader();
    for (const k of [2, 3, 4]) h.disconnect(next(leader1, k, 5));
    for (let i = 0; i < 50; i++) h.c.propose(r(), leader1);
    h.sleep(ELECTION_TIMEOUT / 2);
    h.disconnect(leader1);
    h.disconnect(next(leader1, 1, 5));
    // The other three elect a leader and commit 50 entries of their own.
    for (const k of [2, 3, 4]) h.connect(next(leader1, k, 5));
    for (let i = 0; i < 50; i++) h.one(r(), 3, true);

    // Now another partitioned leader and one follower: 50 more doomed entries.
    const leader2 = h.checkOneLeader();
    let other = next(leader1, 2, 5);
    if (leader2 === other) other = next(leader2, 1, 5);
    h.disconnect(other);
    for (let i = 0; i < 50; i++) h.c.propose(r(), leader2);
    h.sleep(ELECTION_TIMEOUT / 2);

    // Bring the original leader back with the stale follower: they must be overwritten.
    for (const id of h.ids()) h.disconnect(id);
    h.connect(leader1);
    h.connect(next(leader1, 1, 5));
    h.connect(other);
    for (let i = 0; i < 50; i++) h.one(r(), 3, true);
    for (const id of h.ids()) h.connect(id);
    const last = h.one(r(), 5, true);
    expect(last).toBe(102);
    expect(h.c.violations()).toEqual([]);
  });

  it("message count: an election and ten agreements take a bounded number of messages", () => {
    const h = new LabHarness({ nodes: 3, seed: 17 });
    h.checkOneLeader();
    const electionSent = h.c.networkStats().sent;
    // Votes plus ~half a second of heartbeats (the lab allows 30 RPCs at 10 heartbeats/s; ours are 20/s).
    expect(electionSent).toBeGreaterThan(1);
    expect(electionSent).toBeLessThan(60);
    const before = h.c.networkStats().sent;
    for (let i = 1; i <= 10; i++) h.one(`x${i}`, 3, false);
    const perAgreement = (h.c.networkStats().sent - before) / 10;
    // Roughly AppendEntries + reply to each of two followers, plus heartbeats in between.
    expect(perAgreement).toBeLessThan(20);
  });
});
