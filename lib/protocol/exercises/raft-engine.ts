import { campaign, createNode } from "../raft/node";
import { step } from "../raft/step";
import type { RaftEnv, RaftMessage, RaftNodeState } from "../raft/types";

// Small drivers over the Raft node's own step functions (no network): the exercises ask what the
// real handlers do with a given state, so the key is the engine's behaviour, not a re-statement.

const NO_BUGS = { skipElectionRestriction: false, commitPriorTermEntries: false, voteTwice: false };

function env(): RaftEnv {
  return { now: 0, electionTimeout: () => 1000, out: [] };
}

export interface ServerState {
  term: number;
  log: number[]; // terms; index = position + 1
}

function node(id: number, n: number, s: ServerState): RaftNodeState {
  const x = createNode({ id, nodes: n, heartbeatInterval: 50, maxEntriesPerMessage: 64, fastBackup: false, bugs: NO_BUGS }, env());
  x.term = s.term;
  x.log = s.log.map((term, i) => ({ term, command: `c${i + 1}` }));
  return x;
}

/** Server `candidate` times out first: who grants it a vote, and does it become leader? */
export function runElection(servers: ReadonlyArray<ServerState>, candidate: number): { voters: number[]; won: boolean; newTerm: number } {
  const n = servers.length;
  const nodes = servers.map((s, i) => node(i + 1, n, s));
  const e = env();
  const c = nodes[candidate - 1];
  campaign(c, e);
  const newTerm = c.term;
  const voters = [candidate];
  const requests = e.out.splice(0);
  const replies: RaftMessage[] = [];
  for (const m of requests) {
    const r = env();
    step(nodes[m.to - 1], m, r);
    replies.push(...r.out);
  }
  // Grants first: a win needs only a majority of votes, whatever order the refusals arrive in.
  replies.sort((a, b) => Number(b.type === "RequestVoteReply" && b.voteGranted) - Number(a.type === "RequestVoteReply" && a.voteGranted));
  let won = false;
  for (const m of replies) {
    if (m.type === "RequestVoteReply" && m.voteGranted) voters.push(m.from);
    step(c, m, e);
    won ||= c.role === "leader";
  }
  return { voters: voters.sort((a, b) => a - b), won, newTerm };
}

/**
 * A leader of `term` with log `leader` hears that each follower matches its log up to
 * `matchIndex[i]`: the commit index the leader's own rule (§5.3, §5.4.2) then reaches.
 */
export function leaderCommitIndex(leader: number[], term: number, followerMatch: number[]): number {
  const n = followerMatch.length + 1;
  const l = node(1, n, { term: term - 1, log: leader });
  const e = env();
  campaign(l, e); // term becomes `term`
  // Every vote arrives: the node becomes leader by its own handler.
  for (let f = 2; f <= n; f++) step(l, { type: "RequestVoteReply", from: f, to: 1, term, voteGranted: true }, e);
  if (l.role !== "leader") throw new Error("leader did not win its own election");
  followerMatch.forEach((m, i) => {
    step(l, { type: "AppendEntriesReply", from: i + 2, to: 1, term, success: true, matchIndex: m, prevLogIndex: m, conflictTerm: 0, conflictIndex: 0 }, env());
  });
  return l.commitIndex;
}
