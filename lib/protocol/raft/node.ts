// One Raft server: role transitions, timers and client proposals (Raft paper §5,
// Figure 2). Message handling is in step.ts. Shaped like etcd-io/raft: the driver
// calls step(state, message, env) and tick(state, env); outgoing messages are pushed
// to env.out as plain data. Functions mutate the state they are given (as etcd's
// raft.Step does) and touch nothing else; cloneNode gives an independent copy.

import type { Entry, RaftEnv, RaftNodeConfig, RaftNodeState } from "./types";

export const EMPTY_ENTRIES: ReadonlyArray<Entry> = Object.freeze([]);

export function createNode(config: RaftNodeConfig, env: RaftEnv): RaftNodeState {
  const n = config.nodes;
  return {
    config,
    term: 0,
    votedFor: null,
    log: [],
    role: "follower",
    commitIndex: 0,
    leaderId: null,
    electionDeadline: env.now + env.electionTimeout(),
    votes: new Array<boolean>(n + 1).fill(false),
    nextIndex: new Array<number>(n + 1).fill(1),
    matchIndex: new Array<number>(n + 1).fill(0),
    heartbeatDeadline: Infinity,
  };
}

export function cloneNode(s: RaftNodeState): RaftNodeState {
  return {
    ...s,
    log: s.log.slice(),
    votes: s.votes.slice(),
    nextIndex: s.nextIndex.slice(),
    matchIndex: s.matchIndex.slice(),
  };
}

export function lastIndex(s: RaftNodeState): number {
  return s.log.length;
}

export function termAt(s: RaftNodeState, index: number): number {
  return index === 0 ? 0 : s.log[index - 1].term;
}

/** Crash: keep currentTerm, votedFor and log (Figure 2 "persistent"); lose the rest. */
export function crashNode(s: RaftNodeState): void {
  s.role = "follower";
  s.commitIndex = 0;
  s.leaderId = null;
  s.votes.fill(false);
  s.nextIndex.fill(1);
  s.matchIndex.fill(0);
  s.heartbeatDeadline = Infinity;
  s.electionDeadline = Infinity;
}

/** Restart: come back as a follower with a fresh election timer (§5.2). */
export function restartNode(s: RaftNodeState, env: RaftEnv): void {
  s.electionDeadline = env.now + env.electionTimeout();
}

/** The next time tick() has something to do. */
export function nextWake(s: RaftNodeState): number {
  return s.role === "leader" ? s.heartbeatDeadline : s.electionDeadline;
}

export function becomeFollower(s: RaftNodeState, term: number, leaderId: number | null, env: RaftEnv): void {
  if (term < s.term) throw new Error(`node ${s.config.id}: term cannot go back from ${s.term} to ${term}`);
  if (term > s.term) {
    s.term = term;
    s.votedFor = null;
  }
  s.role = "follower";
  s.leaderId = leaderId;
  s.heartbeatDeadline = Infinity;
  s.electionDeadline = env.now + env.electionTimeout();
}

/** §5.2: increment the term, vote for self, ask everyone else for a vote. */
export function campaign(s: RaftNodeState, env: RaftEnv): void {
  const { id, nodes } = s.config;
  s.term += 1;
  s.role = "candidate";
  s.votedFor = id;
  s.leaderId = null;
  s.votes.fill(false);
  s.votes[id] = true;
  s.heartbeatDeadline = Infinity;
  s.electionDeadline = env.now + env.electionTimeout();
  if (nodes === 1) {
    becomeLeader(s, env);
    return;
  }
  const lastLogIndex = lastIndex(s);
  const lastLogTerm = termAt(s, lastLogIndex);
  for (let to = 1; to <= nodes; to++) {
    if (to === id) continue;
    env.out.push({ type: "RequestVote", from: id, to, term: s.term, lastLogIndex, lastLogTerm });
  }
}

export function becomeLeader(s: RaftNodeState, env: RaftEnv): void {
  if (s.role !== "candidate") throw new Error(`node ${s.config.id}: only a candidate can become leader`);
  const last = lastIndex(s);
  s.role = "leader";
  s.leaderId = s.config.id;
  s.nextIndex.fill(last + 1);
  s.matchIndex.fill(0);
  s.matchIndex[s.config.id] = last;
  s.electionDeadline = Infinity;
  // §5.2: send initial empty AppendEntries at once to assert leadership.
  broadcastAppend(s, env);
}

/** Send AppendEntries to one follower, carrying entries from its nextIndex (§5.3). */
export function sendAppend(s: RaftNodeState, to: number, env: RaftEnv): void {
  const next = s.nextIndex[to];
  const prevLogIndex = next - 1;
  const last = lastIndex(s);
  const entries =
    next > last ? EMPTY_ENTRIES : s.log.slice(prevLogIndex, prevLogIndex + s.config.maxEntriesPerMessage);
  env.out.push({
    type: "AppendEntries",
    from: s.config.id,
    to,
    term: s.term,
    prevLogIndex,
    prevLogTerm: termAt(s, prevLogIndex),
    entries,
    leaderCommit: s.commitIndex,
  });
}

export function broadcastAppend(s: RaftNodeState, env: RaftEnv): void {
  for (let to = 1; to <= s.config.nodes; to++) if (to !== s.config.id) sendAppend(s, to, env);
  s.heartbeatDeadline = env.now + s.config.heartbeatInterval;
}

/** Timers: a leader's heartbeat (§5.2), everyone else's election timeout. */
export function tick(s: RaftNodeState, env: RaftEnv): void {
  if (s.role === "leader") {
    if (env.now >= s.heartbeatDeadline) broadcastAppend(s, env);
  } else if (env.now >= s.electionDeadline) {
    campaign(s, env);
  }
}

/**
 * A client command (§5.3). Only a leader accepts it: it appends to its own log and
 * replicates to followers that are caught up (the others get it with their next reply
 * or heartbeat). Returns the new entry's index, or null if this node is not leader.
 */
export function propose(s: RaftNodeState, command: string, env: RaftEnv): number | null {
  if (s.role !== "leader") return null;
  s.log.push({ term: s.term, command });
  const index = lastIndex(s);
  s.matchIndex[s.config.id] = index;
  if (s.config.nodes === 1) s.commitIndex = index;
  for (let to = 1; to <= s.config.nodes; to++) {
    if (to !== s.config.id && s.nextIndex[to] === index) sendAppend(s, to, env);
  }
  return index;
}
