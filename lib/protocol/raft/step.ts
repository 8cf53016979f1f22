// Raft message handling (Figure 2, "Rules for Servers" and the two RPCs).
// step(state, message, env) mutates only `state` and pushes replies to env.out.

import {
  becomeFollower,
  becomeLeader,
  lastIndex,
  sendAppend,
  termAt,
} from "./node";
import type {
  AppendEntries,
  AppendEntriesReply,
  RaftEnv,
  RaftMessage,
  RaftNodeState,
  RequestVote,
  RequestVoteReply,
} from "./types";

export function step(s: RaftNodeState, m: RaftMessage, env: RaftEnv): void {
  // §5.1: any message with a newer term makes us a follower of that term.
  if (m.term > s.term) {
    becomeFollower(s, m.term, m.type === "AppendEntries" ? m.from : null, env);
  }
  switch (m.type) {
    case "RequestVote":
      return handleRequestVote(s, m, env);
    case "RequestVoteReply":
      return handleVoteReply(s, m, env);
    case "AppendEntries":
      return handleAppendEntries(s, m, env);
    case "AppendEntriesReply":
      return handleAppendReply(s, m, env);
  }
}

/** §5.4.1: the candidate's log must be at least as up-to-date as ours. */
function candidateUpToDate(s: RaftNodeState, m: RequestVote): boolean {
  const myLast = lastIndex(s);
  const myLastTerm = termAt(s, myLast);
  return m.lastLogTerm > myLastTerm || (m.lastLogTerm === myLastTerm && m.lastLogIndex >= myLast);
}

function handleRequestVote(s: RaftNodeState, m: RequestVote, env: RaftEnv): void {
  const bugs = s.config.bugs;
  const freeVote = s.votedFor === null || s.votedFor === m.from || bugs.voteTwice;
  const granted =
    m.term === s.term &&
    s.role !== "leader" &&
    freeVote &&
    (bugs.skipElectionRestriction || candidateUpToDate(s, m));
  if (granted) {
    s.votedFor = m.from;
    // Figure 2: granting a vote resets the election timer.
    s.electionDeadline = env.now + env.electionTimeout();
  }
  env.out.push({ type: "RequestVoteReply", from: s.config.id, to: m.from, term: s.term, voteGranted: granted });
}

function handleVoteReply(s: RaftNodeState, m: RequestVoteReply, env: RaftEnv): void {
  if (s.role !== "candidate" || m.term !== s.term || !m.voteGranted) return;
  s.votes[m.from] = true;
  let count = 0;
  for (let i = 1; i <= s.config.nodes; i++) if (s.votes[i]) count++;
  if (2 * count > s.config.nodes) becomeLeader(s, env);
}

function handleAppendEntries(s: RaftNodeState, m: AppendEntries, env: RaftEnv): void {
  const reply: AppendEntriesReply = {
    type: "AppendEntriesReply",
    from: s.config.id,
    to: m.from,
    term: s.term,
    success: false,
    matchIndex: 0,
    prevLogIndex: m.prevLogIndex,
    conflictTerm: 0,
    conflictIndex: 0,
  };
  env.out.push(reply);
  if (m.term < s.term) return; // §5.1: reject a stale leader
  // Same term: a candidate recognises the new leader (§5.2). A leader cannot see another
  // leader of its own term unless Election Safety already failed; stepping down is the
  // least harmful reaction, and the checker has recorded the breach.
  if (s.role !== "follower" || s.leaderId !== m.from) becomeFollower(s, m.term, m.from, env);
  else s.electionDeadline = env.now + env.electionTimeout();

  // Consistency check (§5.3): we must hold prevLogIndex with prevLogTerm.
  if (m.prevLogIndex > lastIndex(s)) {
    reply.conflictIndex = lastIndex(s) + 1;
    return;
  }
  const have = termAt(s, m.prevLogIndex);
  if (have !== m.prevLogTerm) {
    let first = m.prevLogIndex;
    while (first > 1 && termAt(s, first - 1) === have) first--;
    reply.conflictTerm = have;
    reply.conflictIndex = first;
    return;
  }

  // Append, deleting a conflicting suffix first. Entries we already hold with the same
  // term are kept: a reordered, shorter AppendEntries must not truncate newer entries.
  const log = s.log;
  let index = m.prevLogIndex;
  for (const e of m.entries) {
    index++;
    if (index <= log.length) {
      if (log[index - 1].term === e.term) continue;
      log.length = index - 1;
    }
    log.push(e);
  }
  const lastNew = m.prevLogIndex + m.entries.length;
  if (m.leaderCommit > s.commitIndex) {
    const c = Math.min(m.leaderCommit, lastNew);
    if (c > s.commitIndex) s.commitIndex = c;
  }
  reply.success = true;
  reply.matchIndex = lastNew;
}

const scratch: number[] = [];

/** §5.3 and §5.4.2: commit the highest index stored on a majority, if it is from our term. */
function advanceCommit(s: RaftNodeState): void {
  const n = s.config.nodes;
  scratch.length = 0;
  for (let i = 1; i <= n; i++) scratch.push(s.matchIndex[i]);
  scratch.sort((a, b) => b - a);
  const majorityIndex = scratch[n >> 1]; // stored on at least floor(n/2)+1 servers
  if (majorityIndex <= s.commitIndex) return;
  if (s.config.bugs.commitPriorTermEntries || termAt(s, majorityIndex) === s.term) {
    s.commitIndex = majorityIndex;
  }
}

function handleAppendReply(s: RaftNodeState, m: AppendEntriesReply, env: RaftEnv): void {
  if (s.role !== "leader" || m.term !== s.term) return;
  const f = m.from;
  if (m.success) {
    if (m.matchIndex > s.matchIndex[f]) s.matchIndex[f] = m.matchIndex;
    if (m.matchIndex + 1 > s.nextIndex[f]) s.nextIndex[f] = m.matchIndex + 1;
    advanceCommit(s);
    if (s.nextIndex[f] <= lastIndex(s)) sendAppend(s, f, env); // keep catching it up
    return;
  }
  // Log inconsistency: decrement nextIndex and retry (Figure 2). Only a rejection of
  // the probe we are currently making counts; duplicates and stale replies do not.
  if (m.prevLogIndex !== s.nextIndex[f] - 1 || s.nextIndex[f] <= 1) return;
  let next = s.nextIndex[f] - 1;
  if (s.config.fastBackup) next = Math.min(next, hintedNext(s, m));
  s.nextIndex[f] = Math.max(next, s.matchIndex[f] + 1, 1);
  sendAppend(s, f, env);
}

/** Where to probe next using the follower's conflict hints (the 6.824 "fast backup"). */
function hintedNext(s: RaftNodeState, m: AppendEntriesReply): number {
  if (m.conflictTerm === 0) return m.conflictIndex;
  // If we hold entries of the conflicting term, the follower may match up to our last one.
  for (let i = Math.min(m.prevLogIndex, lastIndex(s)); i >= 1; i--) {
    const t = termAt(s, i);
    if (t === m.conflictTerm) return i + 1;
    if (t < m.conflictTerm) break;
  }
  return m.conflictIndex;
}
