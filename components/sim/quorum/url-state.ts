// The quorum simulator's URL: ?preset=flexible-paxos&seed=7&a=d.x3.d&step=3
// (a: the learner's actions, see encodeQuorumActions).
import { QUORUM_PRESET_NAMES, decodeQuorumActions, encodeQuorumActions, type QuorumAction, type QuorumPreset } from "./view-model";

export interface QuorumUrl {
  preset: QuorumPreset;
  seed: number;
  actions: QuorumAction[];
  step: number | null;
  error: string | null;
}

export function readQuorumQuery(query: string, fallback: QuorumPreset, freshSeed: number): QuorumUrl {
  const p = new URLSearchParams(query);
  const fresh = (error: string | null): QuorumUrl => ({ preset: fallback, seed: freshSeed, actions: [], step: null, error });
  const preset = p.get("preset") ?? fallback;
  if (!QUORUM_PRESET_NAMES.includes(preset as QuorumPreset)) return fresh(`Unknown preset "${preset}": starting a fresh run.`);
  const seed = p.get("seed");
  if (seed !== null && !/^\d{1,9}$/.test(seed)) return fresh(`The link's seed "${seed}" is not a number: starting a fresh run.`);
  const actions = decodeQuorumActions(p.get("a") ?? "");
  if (!actions) return fresh("This link's actions do not decode: starting a fresh run.");
  const step = p.get("step");
  if (step !== null && !/^\d{1,3}$/.test(step)) return fresh(`The link's step "${step}" is not a number: starting a fresh run.`);
  return { preset: preset as QuorumPreset, seed: seed === null ? freshSeed : Number(seed), actions, step: step === null ? null : Number(step), error: null };
}

export function writeQuorumQuery(preset: QuorumPreset, seed: number, actions: QuorumAction[], step: number): string {
  return new URLSearchParams({ preset, seed: String(seed), a: encodeQuorumActions(actions), step: String(step) }).toString();
}
