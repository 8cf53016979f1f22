import { PaxosError, type PaxosBugs, type PaxosConfig } from "./types";

export type ResolvedPaxosConfig = Required<Omit<PaxosConfig, "bugs">> & { bugs: PaxosBugs };

export function resolvePaxosConfig(c: PaxosConfig): ResolvedPaxosConfig {
  const r: ResolvedPaxosConfig = {
    proposers: c.proposers ?? 2, acceptors: c.acceptors ?? 3, seed: c.seed, latency: c.latency ?? [10, 20],
    dropRate: c.dropRate ?? 0, retryTimeout: c.retryTimeout ?? 200, backoff: c.backoff ?? [0, 100], traceLimit: c.traceLimit ?? 10_000,
    bugs: { acceptorIgnoresPromises: false, proposerIgnoresAcceptedValues: false, ...c.bugs },
  };
  if (!Number.isInteger(r.proposers) || r.proposers < 1 || r.proposers > 5) throw new PaxosError(`proposers must be 1..5, got ${r.proposers}`);
  if (!Number.isInteger(r.acceptors) || r.acceptors < 1 || r.acceptors > 9) throw new PaxosError(`acceptors must be 1..9, got ${r.acceptors}`);
  if (!(r.retryTimeout > 0)) throw new PaxosError(`retryTimeout must be > 0, got ${r.retryTimeout}`);
  if (!Number.isInteger(r.traceLimit) || r.traceLimit < 0) throw new PaxosError(`traceLimit must be a whole number >= 0, got ${r.traceLimit}`);
  const [lo, hi] = r.backoff;
  if (!Number.isInteger(lo) || !Number.isInteger(hi) || lo < 0 || hi < lo) throw new PaxosError(`backoff must be integers 0 <= min <= max, got [${lo}, ${hi}]`);
  return r;
}
