// The public face of the protocol engine. Contract: ../shared/docs/protocol-api.md.
// Pure TypeScript: no React, DOM or Node APIs, no wall clock, no Math.random().
// Each area below is exported from its own folder; keep one line per area.

// rng + simulated network + raft + split-brain + log reconciliation
export * from "./rng";
export * from "./sim";
export * from "./raft";
export * from "./split-brain";
export * from "./reconcile";
// linearizability checker
export * from "./linearizability";
// paxos + two-phase commit + clocks + quorum arithmetic
export * from "./paxos";
export * from "./two-phase-commit";
export * from "./clocks";
export * from "./quorum";
// generated exercises (quizzes, review)
export * from "./exercises";
export {};
