// Defaults and validation for createRaftCluster's config. Bad input gets a readable
// RangeError at creation time rather than a confusing run.

import type { RaftConfig } from "./cluster-types";
import type { RaftBugs } from "./types";

export interface FullRaftConfig {
  nodes: number;
  seed: number;
  electionTimeout: [number, number];
  heartbeatInterval: number;
  latency: [number, number];
  dropRate: number;
  checkInvariants: boolean;
  traceLimit: number;
  maxEntriesPerMessage: number;
  fastBackup: boolean;
  bugs: RaftBugs;
}

const NO_BUGS: RaftBugs = { skipElectionRestriction: false, commitPriorTermEntries: false, voteTwice: false };

function range(name: string, r: [number, number], min: number): [number, number] {
  const [lo, hi] = r;
  if (!Number.isInteger(lo) || !Number.isInteger(hi) || lo < min || hi < lo) {
    throw new RangeError(`${name} must be integers ${min} <= min <= max, got [${lo}, ${hi}]`);
  }
  return [lo, hi];
}

export function normalizeConfig(c: RaftConfig): FullRaftConfig {
  if (!Number.isInteger(c.nodes) || c.nodes < 1 || c.nodes > 9) {
    throw new RangeError(`a Raft cluster has 1..9 nodes, got ${c.nodes}`);
  }
  if (!Number.isFinite(c.seed)) throw new RangeError(`seed must be a finite number, got ${c.seed}`);
  const heartbeatInterval = c.heartbeatInterval ?? 50;
  if (!Number.isInteger(heartbeatInterval) || heartbeatInterval < 1) {
    throw new RangeError(`heartbeatInterval must be a positive integer, got ${heartbeatInterval}`);
  }
  const dropRate = c.dropRate ?? 0;
  if (!(dropRate >= 0 && dropRate <= 1)) throw new RangeError(`dropRate must be in [0, 1], got ${dropRate}`);
  const traceLimit = c.traceLimit ?? 1000;
  const maxEntriesPerMessage = c.maxEntriesPerMessage ?? 64;
  if (!Number.isInteger(traceLimit) || traceLimit < 0) throw new RangeError(`traceLimit must be >= 0, got ${traceLimit}`);
  if (!Number.isInteger(maxEntriesPerMessage) || maxEntriesPerMessage < 1) {
    throw new RangeError(`maxEntriesPerMessage must be >= 1, got ${maxEntriesPerMessage}`);
  }
  const electionTimeout = range("electionTimeout", c.electionTimeout ?? [150, 300], 1);
  const latency = range("latency", c.latency ?? [10, 20], 0);
  refuseNeverElecting(c.nodes, electionTimeout, heartbeatInterval, latency);
  return {
    nodes: c.nodes,
    seed: c.seed,
    electionTimeout,
    heartbeatInterval,
    latency,
    dropRate,
    checkInvariants: c.checkInvariants ?? true,
    traceLimit,
    maxEntriesPerMessage,
    fastBackup: c.fastBackup ?? false,
    bugs: { ...NO_BUGS, ...c.bugs },
  };
}

/**
 * Configurations that can never keep a leader (§5.2, §9.3 "broadcastTime << electionTimeout"):
 * - min = max: every follower that hears nothing times out in lockstep, so the vote keeps
 *   splitting the same way (randomization is what breaks ties);
 * - heartbeat interval + the slowest one-way delay >= the shortest election timeout: a
 *   follower can time out between two heartbeats of a healthy leader, so elections never end.
 * One node needs no votes from anyone, so neither rule applies to it.
 */
function refuseNeverElecting(nodes: number, [lo, hi]: [number, number], heartbeat: number, [, maxLatency]: [number, number]): void {
  if (nodes === 1) return;
  if (lo === hi) {
    throw new RangeError(`electionTimeout [${lo}, ${hi}] has min = max: followers would time out in lockstep and split the vote forever; give a range (e.g. [${lo}, ${lo * 2}])`);
  }
  if (heartbeat + maxLatency >= lo) {
    throw new RangeError(
      `heartbeatInterval (${heartbeat} ms) + the slowest message (${maxLatency} ms) must be below the shortest election timeout (${lo} ms), or followers time out under a healthy leader and no leader lasts`,
    );
  }
}

/** A plain, independent copy of a config (for run records). */
export function copyConfig(c: FullRaftConfig): FullRaftConfig {
  return {
    ...c,
    electionTimeout: [c.electionTimeout[0], c.electionTimeout[1]],
    latency: [c.latency[0], c.latency[1]],
    bugs: { ...c.bugs },
  };
}
