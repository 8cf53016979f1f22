// The Wing & Gong (1993) depth-first search with Lowe's memoization, as in Porcupine's
// checker.go (checkSingle): walk a doubly linked list of call/return entries; at a call,
// try to linearize that operation now (lift it out of the list); at a return of an
// operation not yet linearized, no order of the open calls works from here, so backtrack.
// A cache of (linearized set, state) pairs seen before prunes revisits (Lowe, "Testing for
// linearizability", 2017).
//
// One pruning Porcupine lacks, for operations the model declares read-only (legal or not,
// they never change any state: a read, a failed cas). If such an operation is open and
// legal now, placing it first is never worse: in any linearization of the rest from here,
// move it to the front. It was free to go next (called before every pending return), it
// sees the state it was just checked against, and wherever it stood before it changed
// nothing. So the node is not branched on: it stands or falls with that one child, and
// backtracking through such a placement goes straight past it. (If the child is in the
// memo already, it has failed, and so has this node.) Being an identity in the current
// state is not enough: write(1) in state 1 may be needed later, after a write(2).
//
// Everything is in typed arrays: the list is next/prev index arrays, the linearized set is
// an Int32Array bitset with a Zobrist hash updated by one XOR per step, and the cache is
// a chained hash table of Int32Array records (state-cache.ts). No allocation per step
// beyond what model.step makes.
import { StateCache } from "./state-cache";
import type { StateKeyer } from "./state-key";
import type { Model } from "./types";

export interface SearchOutcome<S> {
  /** "running" until the search finishes; a stopped search reports it as "unknown". */
  verdict: "ok" | "illegal" | "running";
  /** Operation indices of the full (ok) or longest partial linearization found. */
  order: number[];
  /** Model state after each operation of `order`. */
  states: S[];
  /** The operation whose return stopped the longest prefix; -1 when ok. */
  blocked: number;
  steps: number;
}

const POLL_MASK = 4095;

/** Call entries sorted before returns at equal times: intervals are closed. */
function sortEntries(calls: ArrayLike<number>, returns: ArrayLike<number>): Int32Array {
  const n = calls.length;
  const order = Array.from({ length: 2 * n }, (_, i) => i); // i < n: call of i; else return
  const time = (e: number) => (e < n ? calls[e] : returns[e - n]);
  order.sort((a, b) => time(a) - time(b) || (a < n ? 0 : 1) - (b < n ? 0 : 1) || a - b);
  return Int32Array.from(order);
}

/** Fixed-seed Zobrist keys: the hash of a set of ops is the XOR of their keys. */
function zobristKeys(n: number): Int32Array {
  const keys = new Int32Array(n);
  let x = 0x2545f491;
  for (let i = 0; i < n; i++) {
    x = (x + 0x9e3779b9) | 0; // splitmix32
    let z = Math.imul(x ^ (x >>> 16), 0x85ebca6b);
    z = Math.imul(z ^ (z >>> 13), 0xc2b2ae35);
    keys[i] = z ^ (z >>> 16);
  }
  return keys;
}

/**
 * One partition's search, resumable so that the checker can interleave partitions the way
 * Porcupine runs one goroutine per partition: a partition that explodes must not hide a
 * cheap proof of illegality in another one.
 */
export class LinearizationSearch<S, I, O> {
  verdict: "ok" | "illegal" | "running" = "running";
  steps = 0;
  private readonly next: Int32Array;
  private readonly prev: Int32Array;
  private readonly match: Int32Array; // call node -> its return node; return node -> -1
  private readonly opOf: Int32Array;
  private readonly bits: Int32Array;
  private readonly zobrist: Int32Array;
  private readonly readOnly: Uint8Array;
  private readonly cache: StateCache<S>;
  private readonly stackNode: Int32Array;
  private readonly stackState: S[];
  private readonly stackKey: Float64Array;
  private readonly stackFp: Int32Array;
  private readonly stackForced: Uint8Array;
  private depth = 0;
  private state: S;
  private key: number;
  private fp: number;
  private setHash = 0;
  private node: number;
  private bestOrder: number[] = [];
  private bestStates: S[] = [];
  private bestBlocked = -1;

  constructor(
    private readonly model: Model<S, I, O>,
    private readonly keyer: StateKeyer<S>,
    private readonly inputs: I[],
    private readonly outputs: O[],
    calls: ArrayLike<number>,
    returns: ArrayLike<number>,
  ) {
    const n = inputs.length;
    const m = 2 * n;
    // Node 0 is the head sentinel; nodes 1..m are the entries in time order.
    const next = (this.next = new Int32Array(m + 1));
    const prev = (this.prev = new Int32Array(m + 1));
    const match = (this.match = new Int32Array(m + 1));
    const opOf = (this.opOf = new Int32Array(m + 1));
    const nodeOfCall = new Int32Array(n);
    const sorted = sortEntries(calls, returns);
    for (let k = 0; k < m; k++) {
      const e = sorted[k];
      const node = k + 1;
      opOf[node] = e < n ? e : e - n;
      if (e < n) nodeOfCall[e] = node;
      else match[node] = -1;
      next[k] = node;
      prev[node] = k;
    }
    next[m] = -1;
    prev[0] = -1;
    for (let k = 1; k <= m; k++) if (match[k] === -1) match[nodeOfCall[opOf[k]]] = k;

    const words = (n + 31) >>> 5;
    this.bits = new Int32Array(words);
    this.zobrist = zobristKeys(n);
    this.readOnly = Uint8Array.from(inputs, (input, op) => (model.isReadOnly?.(input, outputs[op]) ? 1 : 0));
    this.cache = new StateCache<S>(words, keyer);
    this.stackNode = new Int32Array(n);
    this.stackState = new Array(n);
    this.stackKey = new Float64Array(n);
    this.stackFp = new Int32Array(n);
    this.stackForced = new Uint8Array(n);
    this.state = model.init();
    this.key = keyer.key(this.state);
    this.fp = keyer.fp(this.key);
    this.node = next[0];
    if (n === 0) this.verdict = "ok";
  }

  /**
   * Runs up to `maxSteps` more steps (one step = one visit of a call or return entry) and
   * returns the verdict so far. `expired` is polled every 4096 steps.
   */
  run(maxSteps: number, expired: () => boolean): "ok" | "illegal" | "running" {
    if (this.verdict !== "running") return this.verdict;
    const { next, prev, match, opOf, bits, zobrist, cache, keyer, inputs, outputs, readOnly } = this;
    const { stackNode, stackState, stackKey, stackFp, stackForced } = this;
    const model = this.model;
    let { depth, state, key, fp, setHash, node, steps } = this;
    const stepLimit = steps + maxSteps;
    let verdict: "ok" | "illegal" | "running" = "running";

    search: while (true) {
      if (next[0] === -1) {
        verdict = "ok";
        break;
      }
      if (steps >= stepLimit || ((++steps & POLL_MASK) === 0 && expired())) break;
      const ret = match[node];
      if (ret > 0) {
        const op = opOf[node];
        const result = model.step(state, inputs[op], outputs[op]);
        if (!result.ok) {
          node = next[node];
          continue;
        }
        // A legal read-only operation goes first or not at all: this node stands or falls
        // with that one child (see the header).
        const preserving = readOnly[op] === 1;
        const newState = preserving ? state : result.state;
        const newKey = preserving ? key : keyer.key(newState);
        const newFp = preserving ? fp : keyer.fp(newKey);
        const newSetHash = setHash ^ zobrist[op];
        bits[op >>> 5] ^= 1 << (op & 31);
        if (cache.addIfAbsent(newSetHash ^ newFp, bits, newState, newKey)) {
          stackNode[depth] = node;
          stackState[depth] = state;
          stackKey[depth] = key;
          stackFp[depth] = fp;
          stackForced[depth] = preserving ? 1 : 0;
          depth++;
          state = newState;
          key = newKey;
          fp = newFp;
          setHash = newSetHash;
          // lift: unlink the call and its return
          next[prev[node]] = next[node];
          prev[next[node]] = prev[node];
          const rp = prev[ret];
          const rn = next[ret];
          next[rp] = rn;
          if (rn !== -1) prev[rn] = rp;
          node = next[0];
          continue;
        }
        bits[op >>> 5] ^= 1 << (op & 31);
        if (!preserving) {
          node = next[node];
          continue;
        }
        // The forced child was explored before and failed, so this node fails too.
      } else if (depth > this.bestOrder.length || this.bestBlocked === -1) {
        // The return of an operation not linearized yet: a dead end. Keep the deepest one
        // for the explanation.
        this.bestOrder = Array.from(stackNode.subarray(0, depth), (nd) => opOf[nd]);
        this.bestStates = depth === 0 ? [] : [...stackState.slice(1, depth), state];
        this.bestBlocked = opOf[node];
      }
      // Backtrack; a forced placement that failed takes its parent down with it.
      do {
        if (depth === 0) {
          verdict = "illegal";
          break search;
        }
        depth--;
        node = stackNode[depth];
        state = stackState[depth];
        key = stackKey[depth];
        fp = stackFp[depth];
        stackState[depth] = undefined as S; // let the GC have states no longer needed
        const op = opOf[node];
        bits[op >>> 5] ^= 1 << (op & 31);
        setHash ^= zobrist[op];
        // unlift: relink the return, then the call
        const r = match[node];
        next[prev[r]] = r;
        if (next[r] !== -1) prev[next[r]] = r;
        next[prev[node]] = node;
        prev[next[node]] = node;
      } while (stackForced[depth] === 1);
      node = next[node];
    }
    Object.assign(this, { depth, state, key, fp, setHash, node, steps, verdict });
    return verdict;
  }

  outcome(): SearchOutcome<S> {
    if (this.verdict === "ok") {
      const order = Array.from(this.stackNode.subarray(0, this.depth), (nd) => this.opOf[nd]);
      const states = this.depth === 0 ? [] : [...this.stackState.slice(1, this.depth), this.state];
      return { verdict: "ok", order, states, blocked: -1, steps: this.steps };
    }
    const { bestOrder: order, bestStates: states, bestBlocked: blocked, steps } = this;
    return { verdict: this.verdict, order, states, blocked, steps };
  }

  /** Memo entries kept so far (for the benchmark's curiosity). */
  get cacheSize(): number {
    return this.cache.size;
  }
}
