// Logs as arrays of terms (terms[0] is index 1), their validity under Raft's rules,
// and a seeded generator of divergent leader/follower pairs like Figure 7's.

import { createRng } from "../rng";

export class InvalidLogsError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "InvalidLogsError";
  }
}

/**
 * Throws InvalidLogsError unless the pair could occur in Raft: positive integer terms,
 * non-decreasing along each log, the leader's current term at least its last entry's,
 * follower entries older than the leader's current term unless copied from the leader,
 * and Log Matching (§5.3): a shared (index, term) means identical logs up to there,
 * and a term's entries in both logs come from that term's one leader.
 */
export function validateLogs(leader: ReadonlyArray<number>, follower: ReadonlyArray<number>, leaderTerm: number): void {
  for (const [name, log] of [["leader", leader], ["follower", follower]] as const) {
    log.forEach((t, i) => {
      if (!Number.isInteger(t) || t < 1) throw new InvalidLogsError(`${name} entry ${i + 1} has term ${t}; terms are integers >= 1`);
      if (i > 0 && t < log[i - 1]) throw new InvalidLogsError(`${name} terms go down at index ${i + 1} (${log[i - 1]} then ${t})`);
    });
  }
  const leaderLast = leader.length ? leader[leader.length - 1] : 0;
  if (!Number.isInteger(leaderTerm) || leaderTerm < Math.max(1, leaderLast)) {
    throw new InvalidLogsError(`leader term ${leaderTerm} is below its last entry's term ${leaderLast}`);
  }
  const match = lastSharedIndex(leader, follower);
  for (let i = 0; i < match; i++) {
    if (leader[i] !== follower[i]) {
      throw new InvalidLogsError(`Log Matching: both logs hold term ${leader[match - 1]} at index ${match} but differ at index ${i + 1}`);
    }
  }
  // One leader per term with one append-only log: if both logs hold term t, both hold
  // that leader's log up to the earlier of their last term-t entries.
  const lastOf = (log: ReadonlyArray<number>) => {
    const m = new Map<number, number>();
    log.forEach((t, i) => m.set(t, i + 1));
    return m;
  };
  const inFollower = lastOf(follower);
  for (const [t, li] of lastOf(leader)) {
    const fi = inFollower.get(t);
    if (fi !== undefined && Math.min(li, fi) > match) {
      throw new InvalidLogsError(`both logs hold term ${t} entries that cannot come from one leader's log (Log Matching)`);
    }
  }
  for (let i = match; i < follower.length; i++) {
    if (follower[i] >= leaderTerm) {
      throw new InvalidLogsError(`follower entry ${i + 1} has term ${follower[i]}, but only the leader creates entries of term ${leaderTerm} or later`);
    }
  }
}

/** The largest index where both logs hold an entry of the same term (0 if none). */
export function lastSharedIndex(leader: ReadonlyArray<number>, follower: ReadonlyArray<number>): number {
  for (let i = Math.min(leader.length, follower.length); i > 0; i--) if (leader[i - 1] === follower[i - 1]) return i;
  return 0;
}

export interface DivergentLogs {
  leader: number[];
  follower: number[];
  leaderTerm: number;
}

export interface GenerateOptions {
  /** The leader's current term (default: 5..8 at random). */
  leaderTerm?: number;
  /** Cap on log length (default 12). */
  maxLength?: number;
}

/**
 * A history of leaders, one per term: each starts from a prefix of some earlier
 * leader's log (what it had when elected) and appends entries of its own term. A
 * follower's log is a prefix of one of those logs. Logs built this way satisfy Log
 * Matching by construction, as in Figure 7 of the paper: a shared committed prefix,
 * then branches left behind by leaders that crashed before replicating everything.
 */
export function generateDivergentLogs(seed: number, o: GenerateOptions = {}): DivergentLogs {
  const rng = createRng(seed);
  const maxLen = o.maxLength ?? 12;
  const T = o.leaderTerm ?? rng.int(5, 8);
  if (!Number.isInteger(T) || T < 2) throw new RangeError(`leaderTerm must be an integer >= 2, got ${T}`);
  for (;;) {
    const committed = new Array<number>(rng.int(1, 3)).fill(1);
    const history: number[][] = [committed];
    const extend = (base: number[], term: number, add: number) => {
      // Elected with all of base, or (less often) with only part of its uncommitted tail.
      const k = rng.chance(0.7) ? base.length : rng.int(committed.length, base.length);
      const log = base.slice(0, k);
      for (let i = 0; i < add && log.length < maxLen; i++) log.push(term);
      return log;
    };
    for (let t = 2; t < T; t++) {
      if (!rng.chance(0.75)) continue;
      const base = rng.chance(0.7) ? history[history.length - 1] : rng.pick(history);
      history.push(extend(base, t, rng.int(1, 3)));
    }
    // The new leader usually won with the most up-to-date log, and has taken a new entry.
    const freshest = history.reduce((a, b) => (upToDate(b, a) ? b : a));
    const leader = extend(rng.chance(0.7) ? freshest : rng.pick(history), T, rng.chance(0.8) ? 1 : rng.int(0, 2));
    const source = rng.pick(history);
    const follower = source.slice(0, rng.chance(0.7) ? source.length : rng.int(committed.length, source.length));
    if (sameLog(leader, follower)) continue;
    const match = lastSharedIndex(leader, follower);
    if (match === leader.length) continue; // nothing for the leader to send: no exercise
    validateLogs(leader, follower, T);
    return { leader, follower, leaderTerm: T };
  }
}

/** §5.4.1's comparison: a's last term is later, or equal with a log at least as long. */
function upToDate(a: ReadonlyArray<number>, b: ReadonlyArray<number>): boolean {
  const ta = a.length ? a[a.length - 1] : 0;
  const tb = b.length ? b[b.length - 1] : 0;
  return ta > tb || (ta === tb && a.length >= b.length);
}

function sameLog(a: ReadonlyArray<number>, b: ReadonlyArray<number>): boolean {
  return a.length === b.length && a.every((t, i) => t === b[i]);
}

/** Figure 7: the leader of term 8 (with one new entry of its term) and followers (a)-(f). */
export const FIGURE_7 = {
  leaderTerm: 8,
  leaderBeforeNewEntry: [1, 1, 1, 4, 4, 5, 5, 6, 6, 6],
  leader: [1, 1, 1, 4, 4, 5, 5, 6, 6, 6, 8],
  followers: {
    a: [1, 1, 1, 4, 4, 5, 5, 6, 6],
    b: [1, 1, 1, 4],
    c: [1, 1, 1, 4, 4, 5, 5, 6, 6, 6, 6],
    d: [1, 1, 1, 4, 4, 5, 5, 6, 6, 6, 7, 7],
    e: [1, 1, 1, 4, 4, 4, 4],
    f: [1, 1, 1, 2, 2, 2, 3, 3, 3, 3, 3],
  },
} as const;
