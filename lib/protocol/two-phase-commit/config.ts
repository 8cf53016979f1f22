import { TpcError, type CrashPoint, type TpcBugs, type TpcConfig, type Vote } from "./types";

export type ResolvedTpcConfig = Required<Omit<TpcConfig, "votes" | "crashes" | "bugs">> & {
  bugs: TpcBugs;
  votes: ReadonlyArray<Vote>;
  crashes: ReadonlyArray<{ node: number; at: CrashPoint }>;
};

export function resolveTpcConfig(c: TpcConfig): ResolvedTpcConfig {
  const r: ResolvedTpcConfig = {
    participants: c.participants ?? 3, seed: c.seed, latency: c.latency ?? [10, 20], dropRate: c.dropRate ?? 0,
    votes: c.votes ?? [], noProbability: c.noProbability ?? 0, voteTimeout: c.voteTimeout ?? 200,
    resendInterval: c.resendInterval ?? 100, inquiryInterval: c.inquiryInterval ?? 100, workTimeout: c.workTimeout ?? 1000,
    cooperativeTermination: c.cooperativeTermination ?? false, crashes: c.crashes ?? [], traceLimit: c.traceLimit ?? 10_000,
    bugs: { inDoubtTimeoutAborts: false, ...c.bugs },
  };
  if (!Number.isInteger(r.participants) || r.participants < 1 || r.participants > 8) throw new TpcError(`participants must be 1..8, got ${r.participants}`);
  if (r.votes.length > r.participants) throw new TpcError(`${r.votes.length} votes given for ${r.participants} participants`);
  for (const v of r.votes) if (v !== "yes" && v !== "no") throw new TpcError(`a vote is "yes" or "no", got ${String(v)}`);
  if (!(r.noProbability >= 0 && r.noProbability <= 1)) throw new TpcError(`noProbability must be in [0, 1], got ${r.noProbability}`);
  if (!Number.isInteger(r.traceLimit) || r.traceLimit < 0) throw new TpcError(`traceLimit must be a whole number >= 0, got ${r.traceLimit}`);
  for (const k of ["voteTimeout", "resendInterval", "inquiryInterval", "workTimeout"] as const) {
    if (!Number.isInteger(r[k]) || r[k] <= 0) throw new TpcError(`${k} must be a whole number of ms > 0, got ${r[k]}`);
  }
  return r;
}
