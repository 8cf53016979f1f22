import { describe, expect, it } from "vitest";
import {
  analyzeFlexiblePaxos, analyzeReplicaQuorums, byzantineFaultsTolerated, byzantineQuorums, epaxosQuorums,
  generateQuorumExercise, majority, minPhase1Quorum, minReadQuorum, nodesForCrashFaults, QuorumError,
  QUORUM_QUESTION_KINDS, toleratedCrashFaults,
} from "./index";

describe("majority quorums (Paxos Made Simple §2.1: any two majorities share an acceptor)", () => {
  it("matches the classic table for N = 1..7", () => {
    const table = [1, 2, 3, 4, 5, 6, 7].map((n) => `${n}:${majority(n)}/${toleratedCrashFaults(n)}`);
    expect(table).toEqual(["1:1/0", "2:2/0", "3:2/1", "4:3/1", "5:3/2", "6:4/2", "7:4/3"]);
  });

  it("an even cluster tolerates no more crashes than the odd one below it", () => {
    expect(toleratedCrashFaults(4)).toBe(toleratedCrashFaults(3));
    expect(toleratedCrashFaults(6)).toBe(toleratedCrashFaults(5));
  });

  it("any two majorities intersect, and 2f + 1 nodes survive f crashes", () => {
    for (let n = 1; n <= 50; n++) expect(2 * majority(n)).toBeGreaterThan(n);
    for (let f = 0; f <= 10; f++) expect(toleratedCrashFaults(nodesForCrashFaults(f))).toBe(f);
  });
});

describe("Dynamo-style N/W/R (errata E41)", () => {
  it("N=3, W=2, R=2: reads meet writes and writes meet writes, yet it is not linearizable", () => {
    const q = analyzeReplicaQuorums({ n: 3, w: 2, r: 2 });
    expect(q.readWriteOverlap).toBe(true);
    expect(q.minReadWriteOverlap).toBe(1);
    expect(q.writeWriteOverlap).toBe(true);
    expect(q.writeToleratesDown).toBe(1);
    expect(q.doesNotGuarantee.join(" ")).toMatch(/Linearizability/);
    expect(q.doesNotGuarantee.join(" ")).toMatch(/sloppy quorums/);
    expect(q.doesNotGuarantee.join(" ")).toMatch(/both conflicting writes are accepted/);
  });

  it("N=3, W=1, R=1: stale reads even without failures", () => {
    const q = analyzeReplicaQuorums({ n: 3, w: 1, r: 1 });
    expect(q.readWriteOverlap).toBe(false);
    expect(q.writeWriteOverlap).toBe(false);
    expect(q.minReadWriteOverlap).toBe(0);
    expect(q.doesNotGuarantee[0]).toMatch(/stale reads/);
  });

  it("N=4, W=2 is exactly half: write quorums can be disjoint", () => {
    expect(analyzeReplicaQuorums({ n: 4, w: 2, r: 3 }).writeWriteOverlap).toBe(false);
    expect(analyzeReplicaQuorums({ n: 4, w: 3, r: 2 }).writeWriteOverlap).toBe(true);
  });

  it("minimum R for overlap is N − W + 1", () => {
    expect(minReadQuorum(3, 2)).toBe(2);
    expect(minReadQuorum(5, 1)).toBe(5);
    expect(minReadQuorum(5, 5)).toBe(1);
  });
});

describe("Flexible Paxos (Howard et al. 2016 §3, errata E39)", () => {
  it("N=5 with Q2=2 needs Q1=4", () => {
    expect(minPhase1Quorum(5, 2)).toBe(4);
    expect(analyzeFlexiblePaxos({ n: 5, q1: 4, q2: 2 }).safe).toBe(true);
    expect(analyzeFlexiblePaxos({ n: 5, q1: 3, q2: 2 }).safe).toBe(false);
  });
  it("N=6 with Q2=3 needs Q1=4; N=3 with Q2=2 is just a majority", () => {
    expect(minPhase1Quorum(6, 3)).toBe(4);
    expect(minPhase1Quorum(3, 2)).toBe(2);
  });
  it("reports how many failures each phase survives", () => {
    const q = analyzeFlexiblePaxos({ n: 5, q1: 4, q2: 2 });
    expect([q.phase1ToleratesDown, q.phase2ToleratesDown]).toEqual([1, 3]);
  });
});

describe("Byzantine quorums (PBFT, Castro & Liskov 1999 §3)", () => {
  it("f = 1: 4 nodes, quorums of 3, overlap of 2", () => {
    expect(byzantineQuorums(1)).toEqual({ f: 1, nodes: 4, quorum: 3, overlap: 2 });
  });
  it("two quorums always share a correct node", () => {
    for (let f = 0; f <= 10; f++) {
      const b = byzantineQuorums(f);
      expect(2 * b.quorum - b.nodes).toBe(b.overlap);
      expect(b.overlap - f).toBe(1);
    }
  });
  it("n nodes tolerate ⌊(n−1)/3⌋ faults", () => {
    expect([1, 3, 4, 6, 7, 10].map(byzantineFaultsTolerated)).toEqual([0, 0, 1, 1, 2, 3]);
  });
});

describe("EPaxos quorums (Moraru et al. 2013 §4.3)", () => {
  it("fast quorum F + ⌊(F+1)/2⌋, slow quorum F + 1", () => {
    expect(epaxosQuorums(3)).toEqual({ f: 1, fast: 2, slow: 2 });
    expect(epaxosQuorums(5)).toEqual({ f: 2, fast: 3, slow: 3 });
    expect(epaxosQuorums(7)).toEqual({ f: 3, fast: 5, slow: 4 });
    expect(() => epaxosQuorums(4)).toThrow(/odd/);
  });
});

describe("input validation", () => {
  const err = (f: () => unknown) => {
    try {
      f();
    } catch (e) {
      expect(e).toBeInstanceOf(QuorumError);
      return `${(e as QuorumError).code}:${(e as QuorumError).field}`;
    }
    throw new Error("expected a QuorumError");
  };
  it("rejects n < 1, fractions, NaN, and quorums larger than the cluster", () => {
    expect(err(() => majority(0))).toBe("out-of-range:n");
    expect(err(() => majority(2.5))).toBe("not-integer:n");
    expect(err(() => toleratedCrashFaults(Number.NaN))).toBe("not-integer:n");
    expect(err(() => analyzeReplicaQuorums({ n: 3, w: 4, r: 1 }))).toBe("out-of-range:w");
    expect(err(() => analyzeFlexiblePaxos({ n: 5, q1: 4, q2: 0 }))).toBe("out-of-range:q2");
    expect(err(() => byzantineQuorums(-1))).toBe("out-of-range:f");
    expect(() => majority(0)).toThrow("n must be ≥ 1, got 0");
  });
});

describe("quorum exercises", () => {
  it("are seeded, cover every kind, and state numeric answers", () => {
    const a = generateQuorumExercise(9);
    expect(a).toEqual(generateQuorumExercise(9));
    expect(new Set(a.map((q) => q.kind))).toEqual(new Set(QUORUM_QUESTION_KINDS));
    for (const q of a) expect(Number.isInteger(q.answer)).toBe(true);
  });
  it("answers agree with the formulas", () => {
    for (let seed = 1; seed <= 50; seed++) {
      for (const q of generateQuorumExercise(seed, 16)) {
        const p = q.params;
        if (q.kind === "majority") expect(q.answer).toBe(Math.floor(p.n / 2) + 1);
        if (q.kind === "flexible-paxos-q1") expect(q.answer + p.q2).toBe(p.n + 1);
        if (q.kind === "min-read-quorum") expect(q.answer + p.w).toBe(p.n + 1);
        if (q.kind === "byzantine-nodes") expect(q.answer).toBe(3 * p.f + 1);
        if (q.kind === "byzantine-quorum") expect(q.answer).toBe(2 * p.f + 1);
      }
    }
  });
});
