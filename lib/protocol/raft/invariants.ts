// Incremental checker for Raft's safety properties (Raft paper, Figure 3).
//
// The driver calls observe(node) after anything changes that node. The checker keeps a
// shadow of each log with a running hash of every prefix, so each property costs
// O(entries that changed) rather than O(log) per event:
// - Election Safety: a map term -> leader, checked when a node becomes leader.
// - Leader Append-Only: a leader's shadow must never lose entries within its term.
// - Log Matching: a map (index, term) -> prefix hash. The leader of a term creates at
//   most one entry per index, so every log that ever holds (index, term) must agree on
//   everything up to it; one hash comparison checks the whole prefix.
// - Leader Completeness: the committed prefix (hashes plus the term it was committed
//   in) must be a prefix of every new leader of a later term.
// - State Machine Safety: entries are applied as they commit, so every node's committed
//   prefix must hash to the global committed prefix, and a node never deletes an entry at
//   or below the highest commitIndex it has itself had. (An entry committed elsewhere may
//   legally vanish from a node that never learned it was committed: a stale leader of an
//   older term can overwrite a follower that has not heard of the newer term yet.)
// Known blind spot: the log diff walks back from the end to the first entry equal to
// the shadow's, so an edit that leaves later entries identical (same index, term and
// command) is not seen. Raft only truncates a suffix and appends, so a real node would
// need to recreate an identical entry after a different one to hide that way.

import type { Entry, RaftNodeState, Role } from "./types";

interface Shadow {
  refs: Entry[];
  hashes: number[];
  role: Role;
  term: number;
  commit: number;
  /** The highest commitIndex this node has had: commitIndex is volatile (a restart resets it), what it applied is not. */
  maxCommit: number;
}

const MAX_MESSAGES = 50;
const TERM_SPACE = 4194304; // 2^22: key = index * TERM_SPACE + term stays below 2^53

function strHash(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 0x01000193);
  return h;
}

function mix(prev: number, e: Entry): number {
  let h = Math.imul(prev ^ e.term, 0x9e3779b1);
  h ^= h >>> 15;
  h = Math.imul(h ^ strHash(e.command), 0x85ebca77);
  return h ^ (h >>> 13);
}

const same = (a: Entry, b: Entry) => a === b || (a.term === b.term && a.command === b.command);

const show = (e: Entry | undefined) => (e ? `{term ${e.term}, "${e.command}"}` : "nothing");

export class RaftInvariants {
  messages: string[] = [];
  count = 0;
  private shadows: Shadow[] = [];
  private leaderOfTerm = new Map<number, number>();
  private entryPrefix = new Map<number, number>();
  private committed: Entry[] = [];
  private committedHash: number[] = [];
  private committedTerm: number[] = []; // term of the node whose commit first covered it

  constructor(readonly n: number) {
    for (let i = 0; i <= n; i++) this.shadows.push({ refs: [], hashes: [], role: "follower", term: 0, commit: 0, maxCommit: 0 });
  }

  private report(msg: string): void {
    this.count++;
    if (this.messages.length < MAX_MESSAGES) this.messages.push(msg);
  }

  /** How many entries are committed cluster-wide so far (the longest commitIndex seen). */
  get committedLength(): number {
    return this.committed.length;
  }

  committedEntries(): ReadonlyArray<Entry> {
    return this.committed;
  }

  observe(node: RaftNodeState): void {
    const id = node.config.id;
    const sh = this.shadows[id];
    const log = node.log;
    const k0 = sh.refs.length;
    if (!(k0 === log.length && (k0 === 0 || same(sh.refs[k0 - 1], log[k0 - 1])))) this.syncLog(node, sh);
    if (node.role === "leader" && !(sh.role === "leader" && sh.term === node.term)) this.onLeader(node, sh);
    if (node.commitIndex !== sh.commit) {
      if (node.commitIndex > log.length) {
        this.report(`State Machine Safety: node ${id} has commitIndex ${node.commitIndex} beyond its log of ${log.length}`);
      } else if (node.commitIndex > sh.commit) this.onCommit(node, sh);
    }
    sh.role = node.role;
    sh.term = node.term;
    sh.commit = node.commitIndex;
    if (sh.commit > sh.maxCommit) sh.maxCommit = sh.commit;
  }

  private syncLog(node: RaftNodeState, sh: Shadow): void {
    const id = node.config.id;
    const log = node.log;
    let k = Math.min(sh.refs.length, log.length);
    while (k > 0 && !same(sh.refs[k - 1], log[k - 1])) k--;
    if (k < sh.refs.length) {
      if (sh.role === "leader" && node.role === "leader" && sh.term === node.term) {
        this.report(`Leader Append-Only: leader ${id} of term ${node.term} removed entries ${k + 1}..${sh.refs.length} from its log`);
      }
      if (k < sh.maxCommit) {
        this.report(`State Machine Safety: node ${id} deleted committed entry ${k + 1} ${show(sh.refs[k])}`);
      }
      sh.refs.length = k;
      sh.hashes.length = k;
    }
    let h = k === 0 ? 0 : sh.hashes[k - 1];
    for (let i = k; i < log.length; i++) {
      const e = log[i];
      h = mix(h, e);
      sh.refs.push(e);
      sh.hashes.push(h);
      if (e.term >= TERM_SPACE) throw new RangeError(`term ${e.term} too large for the checker`);
      const key = (i + 1) * TERM_SPACE + e.term;
      const seen = this.entryPrefix.get(key);
      if (seen === undefined) this.entryPrefix.set(key, h);
      else if (seen !== h) this.reportLogMatching(id, i, e);
    }
  }

  private reportLogMatching(id: number, i: number, e: Entry): void {
    const mine = this.shadows[id];
    const other = this.shadows.findIndex(
      (s, j) => j !== id && j > 0 && s.refs[i]?.term === e.term && s.hashes[i] !== mine.hashes[i],
    );
    const who = other > 0 ? `node ${other}` : "an earlier log";
    let d = 0;
    if (other > 0) while (d < i && same(this.shadows[other].refs[d], mine.refs[d])) d++;
    const where = other > 0 ? `; they first differ at index ${d + 1}` : "";
    this.report(`Log Matching: node ${id} and ${who} both hold an entry of term ${e.term} at index ${i + 1} but their logs before it differ${where}`);
  }

  private onLeader(node: RaftNodeState, sh: Shadow): void {
    const id = node.config.id;
    const other = this.leaderOfTerm.get(node.term);
    if (other !== undefined && other !== id) {
      this.report(`Election Safety: nodes ${other} and ${id} were both elected leader of term ${node.term}`);
    } else this.leaderOfTerm.set(node.term, id);
    this.checkComplete(id, sh, node.term);
  }

  /** Leader Completeness for a leader of `term`: it holds every entry committed in an earlier term. */
  private checkComplete(id: number, sh: Shadow, term: number): void {
    let need = this.committedHash.length;
    while (need > 0 && this.committedTerm[need - 1] >= term) need--;
    if (need === 0 || sh.hashes[need - 1] === this.committedHash[need - 1]) return;
    let miss = 0;
    while (miss < need && sh.hashes[miss] === this.committedHash[miss]) miss++;
    this.report(`Leader Completeness: node ${id} is leader of term ${term} but lacks committed entry ${miss + 1} ${show(this.committed[miss])} (it has ${show(sh.refs[miss])})`);
  }

  private onCommit(node: RaftNodeState, sh: Shadow): void {
    const id = node.config.id;
    const c = node.commitIndex;
    const g = this.committedHash.length;
    const upto = Math.min(c, g);
    if (upto > 0 && sh.hashes[upto - 1] !== this.committedHash[upto - 1]) {
      let d = 0;
      while (d < upto && sh.hashes[d] === this.committedHash[d]) d++;
      this.report(`State Machine Safety: node ${id} applied ${show(sh.refs[d])} at index ${d + 1} where ${show(this.committed[d])} was already applied`);
      return;
    }
    if (c <= g) return;
    for (let i = g; i < c; i++) {
      this.committed.push(sh.refs[i]);
      this.committedHash.push(sh.hashes[i]);
      this.committedTerm.push(node.term);
    }
    // A leader of a later term elected before this commit must hold the new entries too.
    for (let j = 1; j <= this.n; j++) {
      const other = this.shadows[j];
      if (j !== id && other.role === "leader" && other.term > node.term) this.checkComplete(j, other, other.term);
    }
  }

  clone(): RaftInvariants {
    const c = new RaftInvariants(this.n);
    c.messages = this.messages.slice();
    c.count = this.count;
    c.shadows = this.shadows.map((s) => ({ ...s, refs: s.refs.slice(), hashes: s.hashes.slice() }));
    c.leaderOfTerm = new Map(this.leaderOfTerm);
    c.entryPrefix = new Map(this.entryPrefix);
    c.committed = this.committed.slice();
    c.committedHash = this.committedHash.slice();
    c.committedTerm = this.committedTerm.slice();
    return c;
  }
}
