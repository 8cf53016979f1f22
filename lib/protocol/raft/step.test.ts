// Single-node rules from Figure 2, checked by stepping one node by hand (in the spirit
// of etcd-io/raft's raft_paper_test.go).
import { describe, expect, it } from "vitest";
import { campaign, createNode, propose, tick } from "./node";
import { step } from "./step";
import type { AppendEntries, Entry, RaftEnv, RaftMessage, RaftNodeState } from "./types";

const BUGS = { skipElectionRestriction: false, commitPriorTermEntries: false, voteTwice: false };

function setup(id = 1, nodes = 3): { s: RaftNodeState; env: RaftEnv } {
  const env: RaftEnv = { now: 0, out: [], electionTimeout: () => 200 };
  const s = createNode({ id, nodes, heartbeatInterval: 50, maxEntriesPerMessage: 64, fastBackup: false, bugs: BUGS }, env);
  return { s, env };
}

const entries = (...terms: number[]): Entry[] => terms.map((term, i) => ({ term, command: `e${i + 1}` }));

function ae(over: Partial<AppendEntries>): AppendEntries {
  return { type: "AppendEntries", from: 2, to: 1, term: 1, prevLogIndex: 0, prevLogTerm: 0, entries: [], leaderCommit: 0, ...over };
}

function drain(env: RaftEnv): RaftMessage[] {
  const out = env.out.slice();
  env.out.length = 0;
  return out;
}

describe("elections (§5.2)", () => {
  it("a follower whose election timeout passes becomes a candidate and asks everyone for votes", () => {
    const { s, env } = setup();
    env.now = 200;
    tick(s, env);
    expect(s.role).toBe("candidate");
    expect(s.term).toBe(1);
    expect(s.votedFor).toBe(1);
    expect(drain(env).map((m) => [m.type, m.to])).toEqual([["RequestVote", 2], ["RequestVote", 3]]);
  });

  it("a candidate with votes from a majority becomes leader and sends heartbeats at once", () => {
    const { s, env } = setup();
    campaign(s, env);
    drain(env);
    step(s, { type: "RequestVoteReply", from: 2, to: 1, term: 1, voteGranted: true }, env);
    expect(s.role).toBe("leader");
    expect(drain(env).every((m) => m.type === "AppendEntries" && m.entries.length === 0)).toBe(true);
  });

  it("votes at most once per term, first come first served", () => {
    const { s, env } = setup();
    const rv = (from: number) => ({ type: "RequestVote" as const, from, to: 1, term: 1, lastLogIndex: 0, lastLogTerm: 0 });
    step(s, rv(2), env);
    step(s, rv(3), env);
    step(s, rv(2), env); // a retransmission gets the same answer
    expect(drain(env).map((m) => m.type === "RequestVoteReply" && m.voteGranted)).toEqual([true, false, true]);
  });

  it("§5.4.1 election restriction: no vote for a candidate whose log is less up-to-date", () => {
    const { s, env } = setup();
    s.log = entries(1, 2);
    s.term = 2;
    const ask = (lastLogIndex: number, lastLogTerm: number) => {
      step(s, { type: "RequestVote", from: 2, to: 1, term: 3 + s.term, lastLogIndex, lastLogTerm }, env);
      const r = drain(env)[0];
      return r.type === "RequestVoteReply" && r.voteGranted;
    };
    expect(ask(5, 1)).toBe(false); // longer log, older last term
    expect(ask(1, 2)).toBe(false); // same last term, shorter
    expect(ask(2, 2)).toBe(true); // same last term, as long
    expect(ask(1, 3)).toBe(true); // newer last term wins regardless of length
  });

  it("§5.1: a message from a newer term turns a leader into a follower of that term", () => {
    const { s, env } = setup();
    campaign(s, env);
    step(s, { type: "RequestVoteReply", from: 2, to: 1, term: 1, voteGranted: true }, env);
    step(s, { type: "AppendEntriesReply", from: 3, to: 1, term: 5, success: false, matchIndex: 0, prevLogIndex: 0, conflictTerm: 0, conflictIndex: 0 }, env);
    expect([s.role, s.term, s.votedFor]).toEqual(["follower", 5, null]);
  });
});

describe("AppendEntries (§5.3)", () => {
  it("rejects a stale leader and tells it the current term", () => {
    const { s, env } = setup();
    s.term = 3;
    step(s, ae({ term: 2 }), env);
    expect(drain(env)[0]).toMatchObject({ type: "AppendEntriesReply", success: false, term: 3 });
  });

  it("consistency check: rejects when it lacks prevLogIndex with prevLogTerm", () => {
    const { s, env } = setup();
    s.log = entries(1, 1);
    step(s, ae({ prevLogIndex: 3, prevLogTerm: 1 }), env); // too short
    step(s, ae({ prevLogIndex: 2, prevLogTerm: 2, term: 2 }), env); // wrong term there
    const replies = drain(env);
    expect(replies.map((r) => r.type === "AppendEntriesReply" && r.success)).toEqual([false, false]);
    expect(s.log).toEqual(entries(1, 1)); // nothing changed
  });

  it("deletes a conflicting suffix and appends the leader's entries", () => {
    const { s, env } = setup();
    s.log = entries(1, 1, 2, 2);
    const incoming = [{ term: 3, command: "x" }];
    step(s, ae({ term: 3, prevLogIndex: 2, prevLogTerm: 1, entries: incoming, leaderCommit: 3 }), env);
    expect(s.log.map((e) => e.term)).toEqual([1, 1, 3]);
    expect(s.commitIndex).toBe(3);
    expect(drain(env)[0]).toMatchObject({ success: true, matchIndex: 3 });
  });

  it("a delayed, shorter AppendEntries does not truncate entries that already match", () => {
    const { s, env } = setup();
    const log = entries(1, 1, 1);
    step(s, ae({ entries: log }), env);
    step(s, ae({ entries: log.slice(0, 1) }), env); // arrives late, reordered
    expect(s.log).toEqual(log);
  });

  it("commitIndex follows leaderCommit but never past the last new entry", () => {
    const { s, env } = setup();
    s.log = entries(1, 1, 1, 1);
    // Entries 3..4 may be stale leftovers; only index 2 is known to match.
    step(s, ae({ prevLogIndex: 1, prevLogTerm: 1, entries: entries(1).slice(0, 1), leaderCommit: 4 }), env);
    expect(s.commitIndex).toBe(2);
  });
});

describe("leader replication and commitment", () => {
  function leaderWith(terms: number[], term: number) {
    const { s, env } = setup();
    s.log = entries(...terms);
    s.term = term - 1;
    campaign(s, env);
    step(s, { type: "RequestVoteReply", from: 2, to: 1, term, voteGranted: true }, env);
    drain(env);
    return { s, env };
  }
  const ok = (from: number, term: number, matchIndex: number): RaftMessage => ({
    type: "AppendEntriesReply", from, to: 1, term, success: true, matchIndex, prevLogIndex: 0, conflictTerm: 0, conflictIndex: 0,
  });

  it("commits an entry of its own term once a majority stores it (§5.3)", () => {
    const { s, env } = leaderWith([], 1);
    expect(propose(s, "x", env)).toBe(1);
    step(s, ok(2, 1, 1), env);
    expect(s.commitIndex).toBe(1);
  });

  it("§5.4.2: does not commit an older term's entry by counting replicas", () => {
    const { s, env } = leaderWith([1, 2], 4);
    step(s, ok(2, 4, 2), env);
    expect(s.commitIndex).toBe(0); // index 2 is on a majority but from term 2
    propose(s, "now", env);
    step(s, ok(2, 4, 3), env);
    expect(s.commitIndex).toBe(3); // committing a current-term entry commits all before it
  });

  it("on rejection, decrements nextIndex by one and retries (Figure 2)", () => {
    const { s, env } = leaderWith([1, 1, 1], 2);
    expect(s.nextIndex[2]).toBe(4);
    const reject = { type: "AppendEntriesReply" as const, from: 2, to: 1, term: 2, success: false, matchIndex: 0, prevLogIndex: 3, conflictTerm: 0, conflictIndex: 1 };
    step(s, reject, env);
    expect(s.nextIndex[2]).toBe(3);
    expect(drain(env)[0]).toMatchObject({ type: "AppendEntries", to: 2, prevLogIndex: 2 });
    step(s, reject, env); // a duplicate of the same rejection must not back off twice
    expect(s.nextIndex[2]).toBe(3);
  });

  it("with fastBackup, a short follower's hint skips straight to its end", () => {
    const { s, env } = leaderWith([1, 1, 1, 1, 1], 2);
    (s.config as { fastBackup: boolean }).fastBackup = true;
    step(s, { type: "AppendEntriesReply", from: 2, to: 1, term: 2, success: false, matchIndex: 0, prevLogIndex: 5, conflictTerm: 0, conflictIndex: 2 }, env);
    expect(s.nextIndex[2]).toBe(2);
  });
});
