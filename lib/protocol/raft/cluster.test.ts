// The cluster driver: contract behaviour, determinism, replay, snapshots and UI hooks.
import { describe, expect, it } from "vitest";
import { createRaftCluster, replayRaft } from "./index";
import type { RaftClusterSim } from "./cluster";

function scripted(seed: number): RaftClusterSim {
  const c = createRaftCluster({ nodes: 5, seed, dropRate: 0.05 });
  c.advance(400);
  c.propose("a");
  c.advance(37);
  c.crash(c.leader() ?? 1);
  c.advance(500);
  c.propose("b");
  c.partition([[1, 2], [3, 4, 5]]);
  c.advance(600);
  c.propose("c");
  c.heal();
  c.restart(1);
  c.restart(2);
  c.restart(3);
  c.advance(800);
  return c;
}

describe("cluster contract", () => {
  it("elects a leader, replicates a proposal to everyone and commits it", () => {
    const c = createRaftCluster({ nodes: 3, seed: 1 });
    expect(c.runUntil((x) => x.leader() !== null, 2000)).toBe(true);
    const r = c.propose("set x=1");
    expect(r).toEqual({ ok: true, leader: c.leader(), index: 1 });
    c.advance(200);
    for (const v of c.nodes()) {
      expect(v.log).toEqual([{ term: v.term, command: "set x=1" }]);
      expect(v.commitIndex).toBe(1);
    }
  });

  it("explains why a proposal is refused", () => {
    const c = createRaftCluster({ nodes: 3, seed: 2 });
    expect(c.propose("x")).toEqual({ ok: false, reason: expect.stringMatching(/no leader/) });
    c.runUntil((x) => x.leader() !== null, 2000);
    const follower = c.nodes().find((v) => v.role === "follower")!.id;
    expect(c.propose("x", follower)).toEqual({ ok: false, reason: expect.stringMatching(/follower.*not the leader/) });
    c.crash(follower);
    expect(c.propose("x", follower)).toEqual({ ok: false, reason: `node ${follower} is crashed` });
  });

  it("a crash keeps term, vote and log but loses the role and commitIndex", () => {
    const c = createRaftCluster({ nodes: 3, seed: 3 });
    c.runUntil((x) => x.leader() !== null, 2000);
    const leader = c.leader()!;
    c.propose("x");
    c.advance(100);
    const before = c.nodes()[leader - 1];
    c.crash(leader);
    const after = c.nodes()[leader - 1];
    expect(after).toMatchObject({ alive: false, role: "follower", term: before.term, votedFor: before.votedFor, log: before.log, commitIndex: 0 });
    expect(c.leader()).toBeNull();
  });

  it("runUntil reports false when the predicate never holds in time", () => {
    const c = createRaftCluster({ nodes: 3, seed: 4 });
    c.partition([[1], [2], [3]]);
    expect(c.runUntil((x) => x.leader() !== null, 1000)).toBe(false);
    expect(c.time).toBe(1000);
  });

  it("rejects a bad config with a readable error", () => {
    expect(() => createRaftCluster({ nodes: 0, seed: 1 })).toThrow(/1\.\.9 nodes/);
    expect(() => createRaftCluster({ nodes: 10, seed: 1 })).toThrow(/1\.\.9 nodes/);
    expect(() => createRaftCluster({ nodes: 3, seed: 1, electionTimeout: [300, 150] })).toThrow(/electionTimeout/);
    expect(() => createRaftCluster({ nodes: 3, seed: 1, dropRate: 2 })).toThrow(/dropRate/);
  });

  it("refuses configurations that can never keep a leader (§5.2: randomized timeouts, broadcastTime << electionTimeout)", () => {
    // min = max: followers time out in lockstep and split the vote every time.
    expect(() => createRaftCluster({ nodes: 3, seed: 1, electionTimeout: [200, 200] })).toThrow(/min = max.*split the vote/);
    // A heartbeat plus the slowest message reaches the shortest timeout: followers time out under a live leader.
    expect(() => createRaftCluster({ nodes: 3, seed: 1, electionTimeout: [100, 300], heartbeatInterval: 80, latency: [10, 20] })).toThrow(
      /heartbeatInterval \(80 ms\) \+ the slowest message \(20 ms\) must be below the shortest election timeout \(100 ms\)/,
    );
    expect(() => createRaftCluster({ nodes: 3, seed: 1, electionTimeout: [101, 300], heartbeatInterval: 80, latency: [10, 20] })).not.toThrow();
    // One node elects itself: nothing to split.
    expect(() => createRaftCluster({ nodes: 1, seed: 1, electionTimeout: [200, 200] })).not.toThrow();
  });
});

describe("determinism: same seed + same actions = same run", () => {
  it("the same seed gives an identical trace", () => {
    const a = scripted(42);
    const b = scripted(42);
    expect(a.trace().length).toBeGreaterThan(100);
    expect(b.trace()).toEqual(a.trace());
    expect(b.nodes()).toEqual(a.nodes());
  });

  it("a different seed typically gives a different run", () => {
    const traces = [42, 43, 44].map((s) => JSON.stringify(scripted(s).trace()));
    expect(new Set(traces).size).toBe(3);
  });

  it("replay(record) reproduces a run with user actions, single steps and dropped messages", () => {
    const c = createRaftCluster({ nodes: 5, seed: 7, latency: [5, 40] });
    c.advance(300);
    for (let i = 0; i < 7; i++) c.stepEvent(); // a user single-stepping mid-millisecond
    c.propose("x");
    const victim = c.inFlight()[0];
    expect(c.dropMessage(victim.id)).toBe(true);
    c.timeout(3);
    c.setDropRate(0.2);
    c.setLatency([30, 90]);
    c.advance(700);
    c.crash(2);
    c.advance(300);
    const record = JSON.parse(JSON.stringify(c.runRecord()));
    const again = replayRaft(record);
    expect(again.trace()).toEqual(c.trace());
    expect(again.nodes()).toEqual(c.nodes());
    expect(again.time).toBe(c.time);
    expect(again.runRecord()).toEqual(c.runRecord());
  });
});

describe("UI hooks", () => {
  it("restore rewinds to a snapshot; the same actions then give the same future", () => {
    const c = scripted(9);
    const snap = c.snapshot();
    const future = () => {
      c.propose("after");
      c.crash(4);
      c.advance(500);
      return { trace: c.trace(), nodes: c.nodes(), record: c.runRecord() };
    };
    const first = future();
    c.restore(snap);
    expect(future()).toEqual(first);
  });

  it("fork branches off without disturbing the original", () => {
    const c = scripted(10);
    const before = c.nodes();
    const f = c.fork();
    f.crash(1);
    f.crash(2);
    f.crash(3);
    f.advance(1000);
    expect(c.nodes()).toEqual(before);
    c.advance(100);
    expect(f.time).toBe(c.time + 900);
  });

  it("lists in-flight messages, and a dropped one never arrives", () => {
    const c = createRaftCluster({ nodes: 3, seed: 11 });
    c.runUntil((x) => x.leader() !== null, 2000);
    c.propose("x");
    const flying = c.inFlight();
    expect(flying.length).toBeGreaterThan(0);
    const m = flying.find((f) => f.msg.type === "AppendEntries" && f.msg.entries.length > 0)!;
    expect(c.dropMessage(m.id)).toBe(true);
    expect(c.inFlight().some((f) => f.id === m.id)).toBe(false);
    c.advance(300);
    expect(c.trace().some((t) => t.kind === "deliver" && t.msg === m.msg)).toBe(false);
    // The heartbeat retransmits the entry, so the follower still gets it (§5.3).
    expect(c.nodes()[m.to - 1].log.map((e) => e.command)).toEqual(["x"]);
  });

  it("timeout(id) forces an election at once", () => {
    const c = createRaftCluster({ nodes: 3, seed: 12, electionTimeout: [5000, 6000] });
    c.timeout(2);
    expect(c.nodes()[1]).toMatchObject({ role: "candidate", term: 1 });
    c.advance(100);
    expect(c.leader()).toBe(2);
  });
});
