// Figure 8 of the Raft paper, built by hand: why a leader may only commit entries of
// its current term by counting replicas (§5.4.2). Elections happen only when the test
// forces them (election timeouts are far beyond the scenario's length).
import { describe, expect, it } from "vitest";
import { createRaftCluster } from "./index";
import type { RaftClusterSim } from "./cluster";

const terms = (c: RaftClusterSim, id: number) => c.nodes()[id - 1].log.map((e) => e.term);

/** Steps (a)-(c): S1 (term 4) has re-replicated its term-2 entry to a majority. */
function upToC(commitPriorTermEntries: boolean): RaftClusterSim {
  const c = createRaftCluster({
    nodes: 5,
    seed: 8,
    electionTimeout: [100_000, 200_000],
    bugs: { commitPriorTermEntries },
  });
  // Term 1: S1 leads and commits entry 1 everywhere.
  c.timeout(1);
  c.advance(100);
  c.propose("x", 1);
  c.advance(100);
  // (a) S1 leads term 2 and replicates index 2 only to S2.
  c.timeout(1);
  c.advance(100);
  c.partition([[1, 2]]);
  c.propose("term-2 entry", 1);
  c.advance(100);
  expect([terms(c, 1), terms(c, 2), terms(c, 3)]).toEqual([[1, 2], [1, 2], [1]]);
  // (b) S1 crashes; S5 is elected for term 3 by S3, S4, S5 and takes a different entry at index 2.
  c.crash(1);
  c.partition([[3, 4, 5]]);
  c.timeout(5);
  c.advance(100);
  expect(c.leader()).toBe(5);
  c.partition([[5]]);
  c.propose("term-3 entry", 5);
  c.advance(100);
  expect(terms(c, 5)).toEqual([1, 3]);
  // (c) S5 crashes; S1 restarts and wins term 4 with S2 and S3 (S3 voted for S5 in
  // term 3, so the first try at term 3 fails), then copies its term-2 entry to S3.
  c.crash(5);
  c.partition([[1, 2, 3]]);
  c.restart(1);
  c.timeout(1);
  c.advance(100);
  c.timeout(1);
  c.advance(200);
  expect([c.leader(), c.nodes()[0].term]).toEqual([1, 4]);
  expect([terms(c, 1), terms(c, 2), terms(c, 3)]).toEqual([[1, 2], [1, 2], [1, 2]]);
  return c;
}

/** (d) S1 crashes; S5 restarts and, its last term (3) beating 2, wins and overwrites index 2. */
function stepD(c: RaftClusterSim): void {
  c.crash(1);
  c.partition([[2, 3, 4, 5]]);
  c.restart(5);
  c.timeout(5); // term 4: S2 and S3 already voted for S1
  c.advance(100);
  c.timeout(5); // term 5
  c.advance(300);
}

describe("Figure 8: committing entries from previous terms (§5.4.2)", () => {
  it("with the current-term rule, S1 does not count its term-2 entry as committed, and S5 may safely overwrite it", () => {
    const c = upToC(false);
    // S1 restarted, so it knows of no commits yet; index 2 is on a majority, but it is from
    // term 2 and counting replicas does not commit it.
    expect(c.nodes()[0].commitIndex).toBe(0);
    stepD(c);
    expect(c.leader()).toBe(5);
    expect(terms(c, 2)).toEqual([1, 3]); // the term-2 entry is gone from S2 and S3 ...
    expect(terms(c, 3)).toEqual([1, 3]);
    expect(c.violations()).toEqual([]); // ... which is fine: it was never committed
  });

  it("if a leader committed older-term entries by counting, (d) would erase a committed entry", () => {
    const c = upToC(true);
    expect(c.nodes()[0].commitIndex).toBe(2); // the unsafe rule commits the term-2 entry
    stepD(c);
    expect(c.leader()).toBe(5);
    const v = c.violations();
    expect(v.some((m) => m.startsWith("Leader Completeness: node 5 is leader of term 5 but lacks committed entry 2"))).toBe(true);
    expect(v.some((m) => m.startsWith("State Machine Safety: node 2 deleted committed entry 2"))).toBe(true);
  });

  it("(e): once S1 commits an entry of its own term, S5 can no longer win", () => {
    const c = upToC(false);
    c.propose("term-4 entry", 1);
    c.advance(100);
    expect(c.nodes()[0].commitIndex).toBe(3); // index 3 (term 4) commits index 2 with it
    stepD(c);
    expect(c.leader()).not.toBe(5); // S2, S3 refuse: their last term 4 beats S5's 3 (§5.4.1)
    expect(c.nodes()[4].role).not.toBe("leader");
    expect(c.violations()).toEqual([]);
  });
});
