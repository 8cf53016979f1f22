// The checker must be able to fail: each Figure 3 property is broken on purpose, by a
// hand-made state or by a deliberately buggy node, and violations() must say so.
import { describe, expect, it } from "vitest";
import { createRaftCluster } from "./index";
import { RaftInvariants } from "./invariants";
import { createNode } from "./node";
import type { Entry, RaftNodeState } from "./types";
import { chaosSchedule } from "./chaos";

const BUGS = { skipElectionRestriction: false, commitPriorTermEntries: false, voteTwice: false };
const env = { now: 0, out: [], electionTimeout: () => 200 };

function node(id: number, over: Partial<RaftNodeState> = {}): RaftNodeState {
  const s = createNode({ id, nodes: 3, heartbeatInterval: 50, maxEntriesPerMessage: 64, fastBackup: false, bugs: BUGS }, env);
  return Object.assign(s, over);
}

const e = (term: number, command: string): Entry => ({ term, command });

describe("hand-made states that break Figure 3", () => {
  it("Election Safety: two leaders in one term", () => {
    const inv = new RaftInvariants(3);
    inv.observe(node(1, { role: "leader", term: 2 }));
    inv.observe(node(3, { role: "leader", term: 2 }));
    expect(inv.messages).toEqual(["Election Safety: nodes 1 and 3 were both elected leader of term 2"]);
  });

  it("Leader Append-Only: a leader drops entries from its own log", () => {
    const inv = new RaftInvariants(3);
    const l = node(1, { role: "leader", term: 2, log: [e(1, "a"), e(2, "b"), e(2, "c")] });
    inv.observe(l);
    l.log = l.log.slice(0, 1);
    inv.observe(l);
    expect(inv.messages).toEqual(["Leader Append-Only: leader 1 of term 2 removed entries 2..3 from its log"]);
  });

  it("a follower truncating its log is fine (that is how conflicts are resolved)", () => {
    const inv = new RaftInvariants(3);
    const f = node(2, { term: 2, log: [e(1, "a"), e(1, "b")] });
    inv.observe(f);
    f.log = [e(1, "a"), e(2, "z")];
    inv.observe(f);
    expect(inv.messages).toEqual([]);
  });

  it("Log Matching: same index and term, different history", () => {
    const inv = new RaftInvariants(3);
    inv.observe(node(1, { log: [e(1, "a"), e(3, "x")] }));
    inv.observe(node(2, { log: [e(2, "b"), e(3, "x")] }));
    expect(inv.messages).toEqual([
      "Log Matching: node 2 and node 1 both hold an entry of term 3 at index 2 but their logs before it differ; they first differ at index 1",
    ]);
  });

  it("State Machine Safety: two nodes apply different entries at one index", () => {
    const inv = new RaftInvariants(3);
    inv.observe(node(1, { log: [e(1, "a")], commitIndex: 1 }));
    inv.observe(node(2, { log: [e(2, "b")], commitIndex: 1 }));
    expect(inv.messages).toEqual([
      'State Machine Safety: node 2 applied {term 2, "b"} at index 1 where {term 1, "a"} was already applied',
    ]);
  });

  it("State Machine Safety: a node deletes an entry it had committed", () => {
    const inv = new RaftInvariants(3);
    const f = node(2, { log: [e(1, "a"), e(1, "b")], commitIndex: 2 });
    inv.observe(f);
    f.log = [e(1, "a"), e(2, "c")];
    inv.observe(f);
    expect(inv.messages).toEqual(['State Machine Safety: node 2 deleted committed entry 2 {term 1, "b"}']);
  });

  it("Leader Completeness: a later leader lacks a committed entry", () => {
    const inv = new RaftInvariants(3);
    inv.observe(node(1, { term: 1, role: "leader", log: [e(1, "a")], commitIndex: 1 }));
    inv.observe(node(2, { term: 2, role: "leader", log: [] }));
    expect(inv.messages).toEqual(['Leader Completeness: node 2 is leader of term 2 but lacks committed entry 1 {term 1, "a"} (it has nothing)']);
  });

  it("a correct history raises nothing", () => {
    const inv = new RaftInvariants(3);
    const l = node(1, { term: 1, role: "leader", log: [e(1, "a")] });
    const f = node(2, { term: 1, log: [] });
    inv.observe(l);
    inv.observe(f);
    f.log = l.log.slice();
    inv.observe(f);
    l.commitIndex = 1;
    inv.observe(l);
    f.commitIndex = 1;
    inv.observe(f);
    expect(inv.messages).toEqual([]);
    expect(inv.committedLength).toBe(1);
  });
});

/** Run chaos schedules on buggy clusters until the checker objects. */
function firstViolation(bugs: Parameters<typeof createRaftCluster>[0]["bugs"], seeds: number): string[] {
  for (let seed = 1; seed <= seeds; seed++) {
    const c = createRaftCluster({ nodes: 5, seed, bugs, traceLimit: 0 });
    for (const s of chaosSchedule(seed, { nodes: 5, steps: 200 })) {
      c.advance(s.wait);
      c.apply(s.action);
      if (c.violations().length > 0) return c.violations();
    }
  }
  return [];
}

describe("buggy nodes are caught under random faults", () => {
  it("voting twice per term breaks Election Safety", () => {
    expect(firstViolation({ voteTwice: true }, 20)).toEqual(
      expect.arrayContaining([expect.stringMatching(/^Election Safety/)]),
    );
  });

  it("skipping the election restriction (§5.4.1) loses committed entries", () => {
    const v = firstViolation({ skipElectionRestriction: true }, 50);
    expect(v.some((m) => /^(Leader Completeness|State Machine Safety)/.test(m))).toBe(true);
  });

  it("the correct node passes the same schedules", () => {
    expect(firstViolation({}, 20)).toEqual([]);
  });
});

describe("State Machine Safety counts only what a node itself committed", () => {
  const terms = (c: ReturnType<typeof createRaftCluster>, id: number) => c.nodes()[id - 1].log.map((x) => `${x.term}${x.command}`);

  it("a stale term-2 leader may overwrite a term-1 follower's entry that the term-3 leader committed elsewhere (legal Raft, no violation)", () => {
    // Seven servers; elections only when the test times a server out.
    const c = createRaftCluster({ nodes: 7, seed: 3, electionTimeout: [100_000, 200_000] });
    // Term 1: S1 leads and commits "a" everywhere.
    c.timeout(1);
    c.advance(100);
    c.propose("a", 1);
    c.advance(100);
    expect(c.nodes().every((v) => v.commitIndex === 1)).toBe(true);
    // S1 appends "b" at index 2; only S6 and S7 get it (3 of 7: not committed).
    c.partition([[1, 6, 7]]);
    c.propose("b", 1);
    c.advance(100);
    expect(terms(c, 6)).toEqual(["1a", "1b"]);
    expect(c.nodes()[5].commitIndex).toBe(1);
    // Term 2: S2 wins with S3, S4, S5, then is cut off alone and appends "c" at index 2.
    c.partition([[2, 3, 4, 5]]);
    c.timeout(2);
    c.advance(100);
    expect([c.leader(), c.nodes()[1].term]).toEqual([2, 2]);
    c.partition([[2], [1, 3, 4, 5, 7], [6]]);
    c.propose("c", 2);
    // Term 3: S1 (log a, b) is refused in term 2 (S3-S5 voted for S2), wins term 3, and commits b
    // with its own term-3 entry "d" on S1, S3, S4, S5, S7.
    c.timeout(1);
    c.advance(100);
    c.timeout(1);
    c.advance(200);
    expect(c.nodes()[0]).toMatchObject({ role: "leader", term: 3 });
    c.propose("d", 1);
    c.advance(200);
    expect(c.nodes()[0].commitIndex).toBe(3);
    expect(c.committed().map((x) => x.command)).toEqual(["a", "b", "d"]);
    // The stale term-2 leader S2 now reaches S6 (term 1, commitIndex 1), which has not heard of term 3.
    c.partition([[2, 6], [1, 3, 4, 5, 7]]);
    c.advance(100);
    // S6 took S2's term-2 entry in place of "b": committed in the cluster, but never by S6.
    expect(terms(c, 6)).toEqual(["1a", "2c"]);
    expect(c.nodes()[5].commitIndex).toBe(1);
    expect(c.violations()).toEqual([]); // before the fix: "node 6 deleted committed entry 2"
    // Healing: the term-3 leader repairs S6, and everything stays safe.
    c.heal();
    c.advance(500);
    expect(terms(c, 6)).toEqual(["1a", "1b", "3d"]);
    expect(c.violations()).toEqual([]);
  });

  it("a node that had learned an entry was committed and then loses it is still caught, even after a restart reset its commitIndex", () => {
    const inv = new RaftInvariants(3);
    const f = node(2, { log: [e(1, "a"), e(1, "b")], commitIndex: 2 });
    inv.observe(f);
    f.commitIndex = 0; // crash + restart: the volatile commitIndex is gone, what was applied is not
    inv.observe(f);
    f.log = [e(1, "a"), e(2, "c")];
    inv.observe(f);
    expect(inv.messages).toEqual(['State Machine Safety: node 2 deleted committed entry 2 {term 1, "b"}']);
  });
});
