import type { PaxosAction } from "./actions";
import { replayPaxos, type PaxosCluster } from "./cluster";
import type { PaxosConfig } from "./types";

// Ready-made scenarios for the simulator and the tests. Each is (config, actions), so loading one
// is just a replay and a UI can show the recorded steps.

export interface PaxosPreset {
  name: string;
  title: string;
  description: string;
  config: Omit<PaxosConfig, "seed">;
  actions: PaxosAction[];
}

export const PAXOS_PRESETS: readonly PaxosPreset[] = [
  {
    name: "single-proposer",
    title: "One proposer",
    description: "One proposer, three acceptors: prepare, promise, accept, accepted. The value is chosen after two round trips.",
    config: { proposers: 1, acceptors: 3 },
    actions: [{ at: 0, kind: "propose", proposer: 1, value: "x" }],
  },
  {
    name: "competing-proposers",
    title: "Two proposers, one value",
    description: "P2 starts a higher ballot while P1 is mid-way. One ballot wins and both proposers learn the same value.",
    config: { proposers: 2, acceptors: 3 },
    actions: [
      { at: 0, kind: "propose", proposer: 1, value: "x" },
      { at: 5, kind: "propose", proposer: 2, value: "y" },
    ],
  },
  {
    name: "dueling-livelock",
    title: "Dueling proposers (livelock)",
    description:
      "Fixed 10 ms links; each proposer abandons a ballot 35 ms after starting it and retries at once, with no random backoff. " +
      "Started 15 ms apart, each new prepare reaches the acceptors just before the other proposer's accept, so every accept is " +
      "rejected, ballots climb and nothing is chosen (Paxos Made Simple §2.4). Safety holds; progress does not.",
    config: { proposers: 2, acceptors: 3, latency: [10, 10], retryTimeout: 35, backoff: [0, 0] },
    actions: [
      { at: 0, kind: "propose", proposer: 1, value: "x" },
      { at: 15, kind: "propose", proposer: 2, value: "y" },
    ],
  },
  {
    name: "dueling-with-backoff",
    title: "Dueling proposers, randomised backoff",
    description: "The same timing, but each retry waits an extra seeded random 0–50 ms. The symmetry breaks and one ballot completes.",
    config: { proposers: 2, acceptors: 3, latency: [10, 10], retryTimeout: 35, backoff: [0, 50] },
    actions: [
      { at: 0, kind: "propose", proposer: 1, value: "x" },
      { at: 15, kind: "propose", proposer: 2, value: "y" },
    ],
  },
  {
    name: "acceptor-minority-crash",
    title: "Two of five acceptors crash",
    description: "A majority (3 of 5) is still up, so the proposer still gets its value chosen.",
    config: { proposers: 1, acceptors: 5 },
    actions: [
      { at: 0, kind: "crash", id: 2 },
      { at: 0, kind: "crash", id: 3 },
      { at: 0, kind: "propose", proposer: 1, value: "x" },
    ],
  },
];

export function loadPaxosPreset(name: string, seed: number): PaxosCluster {
  const preset = PAXOS_PRESETS.find((p) => p.name === name);
  if (!preset) throw new RangeError(`no Paxos preset "${name}"; try ${PAXOS_PRESETS.map((p) => p.name).join(", ")}`);
  return replayPaxos({ ...preset.config, seed }, preset.actions);
}
