// Quorum arithmetic: the counting arguments behind majority consensus, Dynamo-style replication,
// Flexible Paxos and Byzantine agreement. Every rule is "two quorums must share enough members".

export type QuorumErrorCode = "not-integer" | "out-of-range";

/** Bad input (n < 1, a fractional count, a quorum larger than the cluster...). */
export class QuorumError extends Error {
  readonly code: QuorumErrorCode;
  readonly field: string;
  constructor(code: QuorumErrorCode, field: string, message: string) {
    super(message);
    this.name = "QuorumError";
    this.code = code;
    this.field = field;
  }
}

function check(field: string, value: number, lo: number, hi = Infinity): number {
  if (typeof value !== "number" || !Number.isInteger(value)) {
    throw new QuorumError("not-integer", field, `${field} must be a whole number, got ${value}`);
  }
  if (value < lo || value > hi) {
    const range = hi === Infinity ? `≥ ${lo}` : `between ${lo} and ${hi}`;
    throw new QuorumError("out-of-range", field, `${field} must be ${range}, got ${value}`);
  }
  return value;
}

/** Smallest set that intersects every other set of the same size: ⌊n/2⌋ + 1. */
export function majority(n: number): number {
  return Math.floor(check("n", n, 1) / 2) + 1;
}

/** Crash faults a majority-quorum protocol survives: ⌊(n−1)/2⌋ (n − majority(n)). */
export function toleratedCrashFaults(n: number): number {
  return Math.floor((check("n", n, 1) - 1) / 2);
}

/** Nodes needed to survive f crash faults with majority quorums: 2f + 1. */
export function nodesForCrashFaults(f: number): number {
  return 2 * check("f", f, 0) + 1;
}

export interface ReplicaQuorums {
  n: number;
  w: number;
  r: number;
  /** W + R > N: every read quorum meets every write quorum. */
  readWriteOverlap: boolean;
  /** Replicas any read quorum shares with any write quorum: max(0, W + R − N). */
  minReadWriteOverlap: number;
  /** W > N/2: any two write quorums meet. */
  writeWriteOverlap: boolean;
  /** Replicas that may be down with writes still succeeding (strict quorums). */
  writeToleratesDown: number;
  readToleratesDown: number;
  guarantees: string[];
  doesNotGuarantee: string[];
}

/**
 * Dynamo-style N/W/R (DeCandia et al. 2007 §4.5; Gifford 1979). States exactly what the overlap
 * buys and what it does not (errata E41; DDIA ch. 5 "Limitations of Quorum Consistency").
 */
export function analyzeReplicaQuorums(input: { n: number; w: number; r: number }): ReplicaQuorums {
  const n = check("n", input.n, 1);
  const w = check("w", input.w, 1, n);
  const r = check("r", input.r, 1, n);
  const readWriteOverlap = w + r > n;
  const writeWriteOverlap = 2 * w > n;
  const guarantees: string[] = [];
  const doesNotGuarantee: string[] = [];
  if (readWriteOverlap) {
    guarantees.push(
      `With strict quorums, every read quorum shares at least ${w + r - n} replica(s) with the last completed write quorum, so a read that starts after a write was acknowledged normally sees it (or a newer version).`,
    );
  } else {
    doesNotGuarantee.push(
      `W + R = ${w + r} ≤ N = ${n}: a read quorum can miss every replica of the last completed write, so stale reads happen even with no failures.`,
    );
  }
  if (writeWriteOverlap) {
    guarantees.push(
      `Any two write quorums share a replica, which lets a protocol that checks versions at the replicas (Gifford-style voting) serialize writes.`,
    );
  } else {
    doesNotGuarantee.push(`W = ${w} ≤ N/2: two write quorums can be disjoint, so two writes can each reach a full quorum without any replica seeing both.`);
  }
  doesNotGuarantee.push(
    "Linearizability: a read concurrent with a write can return the new value and a later read the old one, unless reads write back (ABD-style read repair before returning).",
    "Overlap under sloppy quorums: with hinted handoff, writes may land on nodes outside the key's home replicas, so a read quorum need not meet them.",
    "Rejection of concurrent writes: Dynamo-style stores do no read-before-write check, so both conflicting writes are accepted and kept as siblings or resolved by last-write-wins, whatever W is.",
    "Rollback of partially failed writes: a write that reached fewer than W replicas is reported as failed but stays on those replicas and may be read later.",
    "Safety from clock skew: with last-write-wins, a node with a fast clock can silently overwrite a newer write.",
  );
  return {
    n, w, r, readWriteOverlap, minReadWriteOverlap: Math.max(0, w + r - n), writeWriteOverlap,
    writeToleratesDown: n - w, readToleratesDown: n - r, guarantees, doesNotGuarantee,
  };
}

/** Smallest R that meets every write quorum of size W: N − W + 1. */
export function minReadQuorum(n: number, w: number): number {
  check("n", n, 1);
  return n - check("w", w, 1, n) + 1;
}

export interface FlexiblePaxosQuorums {
  n: number;
  q1: number;
  q2: number;
  /** Q1 + Q2 > N: every phase-1 quorum meets every phase-2 quorum. */
  safe: boolean;
  /** Phase-2 (steady-state replication) survives this many failures; phase 1 (leader change) that many. */
  phase2ToleratesDown: number;
  phase1ToleratesDown: number;
  explanation: string;
}

/**
 * Flexible Paxos (Howard, Malkhi & Spiegelman 2016, §3): only phase-1 and phase-2 quorums must
 * intersect; two phase-2 quorums need not. E.g. N = 5, Q2 = 2 needs Q1 = 4 (errata E39).
 */
export function analyzeFlexiblePaxos(input: { n: number; q1: number; q2: number }): FlexiblePaxosQuorums {
  const n = check("n", input.n, 1);
  const q1 = check("q1", input.q1, 1, n);
  const q2 = check("q2", input.q2, 1, n);
  const safe = q1 + q2 > n;
  return {
    n, q1, q2, safe, phase2ToleratesDown: n - q2, phase1ToleratesDown: n - q1,
    explanation: safe
      ? `Q1 + Q2 = ${q1 + q2} > ${n}: any phase-1 quorum shares at least ${q1 + q2 - n} acceptor(s) with any phase-2 quorum, so a new leader learns every value that may have been chosen.`
      : `Q1 + Q2 = ${q1 + q2} ≤ ${n}: a new leader's phase-1 quorum can miss every acceptor of an earlier phase-2 quorum and choose a second value. Unsafe.`,
  };
}

/** Smallest phase-1 quorum for a given phase-2 quorum: N − Q2 + 1. */
export function minPhase1Quorum(n: number, q2: number): number {
  check("n", n, 1);
  return n - check("q2", q2, 1, n) + 1;
}

export interface ByzantineQuorums {
  f: number;
  /** n ≥ 3f + 1 (Lamport, Shostak & Pease 1982; Castro & Liskov 1999 §3). */
  nodes: number;
  /** 2f + 1: after f faulty members, a quorum still has f + 1 correct ones, a majority of it. */
  quorum: number;
  /** Two quorums of 2f + 1 out of 3f + 1 share at least f + 1 nodes, so at least one correct one. */
  overlap: number;
}

export function byzantineQuorums(f: number): ByzantineQuorums {
  check("f", f, 0);
  return { f, nodes: 3 * f + 1, quorum: 2 * f + 1, overlap: f + 1 };
}

/** Byzantine faults n nodes tolerate: ⌊(n − 1)/3⌋. */
export function byzantineFaultsTolerated(n: number): number {
  return Math.floor((check("n", n, 1) - 1) / 3);
}

/**
 * EPaxos (Moraru, Andersen & Kaminsky 2013, §4.3) with N = 2F + 1: fast-path quorum F + ⌊(F+1)/2⌋
 * (the command leader included), slow-path quorum F + 1.
 */
export function epaxosQuorums(n: number): { f: number; fast: number; slow: number } {
  check("n", n, 3);
  if (n % 2 === 0) throw new QuorumError("out-of-range", "n", `EPaxos assumes N = 2F + 1 (odd), got ${n}`);
  const f = (n - 1) / 2;
  return { f, fast: f + Math.floor((f + 1) / 2), slow: f + 1 };
}
