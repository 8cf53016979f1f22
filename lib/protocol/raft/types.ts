// Data shapes for Raft (Ongaro & Ousterhout 2014, Figure 2). Messages are plain data;
// node ids and log indexes are 1-based, as in the paper.

export type Role = "follower" | "candidate" | "leader";

/** A log entry. Immutable once created: nodes share entry objects, never edit them. */
export interface Entry {
  readonly term: number;
  readonly command: string;
}

export interface RequestVote {
  type: "RequestVote";
  from: number;
  to: number;
  term: number;
  lastLogIndex: number;
  lastLogTerm: number;
}

export interface RequestVoteReply {
  type: "RequestVoteReply";
  from: number;
  to: number;
  term: number;
  voteGranted: boolean;
}

export interface AppendEntries {
  type: "AppendEntries";
  from: number;
  to: number;
  term: number;
  prevLogIndex: number;
  prevLogTerm: number;
  entries: ReadonlyArray<Entry>;
  leaderCommit: number;
}

export interface AppendEntriesReply {
  type: "AppendEntriesReply";
  from: number;
  to: number;
  term: number;
  success: boolean;
  /** On success: the index of the last entry the follower now matches (prev + entries). */
  matchIndex: number;
  /** The prevLogIndex of the request being answered, so stale rejections are ignored. */
  prevLogIndex: number;
  /**
   * On failure, hints for skipping back faster (§5.3, last paragraphs): the term of our
   * entry at prevLogIndex (0 if our log is too short) and the first index we hold with
   * that term (our last index + 1 if too short). Leaders use them only with fastBackup.
   */
  conflictTerm: number;
  conflictIndex: number;
}

export type RaftMessage = RequestVote | RequestVoteReply | AppendEntries | AppendEntriesReply;

/**
 * Deliberate protocol bugs, off by default. They exist so tests can prove that the
 * invariant checker catches the failures each rule prevents.
 */
export interface RaftBugs {
  /** Grant votes without the §5.4.1 "at least as up-to-date" log check. */
  skipElectionRestriction: boolean;
  /** Commit entries of earlier terms by counting replicas (what §5.4.2 / Figure 8 forbids). */
  commitPriorTermEntries: boolean;
  /** Grant every RequestVote of the current term, even after voting for someone else. */
  voteTwice: boolean;
}

export interface RaftNodeConfig {
  id: number;
  nodes: number;
  heartbeatInterval: number;
  maxEntriesPerMessage: number;
  /** Use the conflict hints to skip a whole term per round trip instead of one entry. */
  fastBackup: boolean;
  bugs: RaftBugs;
}

/** One server's state. The first block survives crashes (Figure 2 "persistent state"). */
export interface RaftNodeState {
  readonly config: RaftNodeConfig;
  // Persistent on all servers.
  term: number;
  votedFor: number | null;
  log: Entry[];
  // Volatile on all servers. Entries are applied as soon as committed, so lastApplied = commitIndex.
  role: Role;
  commitIndex: number;
  leaderId: number | null;
  electionDeadline: number;
  // Candidates: who has granted a vote this term (index by node id).
  votes: boolean[];
  // Leaders, reinitialised after each election.
  nextIndex: number[];
  matchIndex: number[];
  heartbeatDeadline: number;
}

/** What a step needs from outside: the time, a timeout draw, and where to put messages. */
export interface RaftEnv {
  now: number;
  /** A fresh randomized election timeout in ms (§5.2), from the seeded generator. */
  electionTimeout(): number;
  /** Outgoing messages; the driver puts them on the network after the step. */
  out: RaftMessage[];
}
