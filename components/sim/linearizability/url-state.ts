// The linearizability simulator's URL: where the history comes from, and the step shown.
//   ?preset=stale-read            a lesson preset
//   ?gen=illegal&seed=7           the engine's generator (verdict asked for, seed)
//   ?h=1.0.4.w.1.o~2.2.6.r.1      any other history (hand-built or pasted), see encodeHistory
// plus &step=N. A pasted history too large for a link (over MAX_LINK_CHARS) is not put in it.
import { decodeHistory, encodeHistory, type HistoryOp } from "./history";
import { LINEARIZABILITY_PRESET_NAMES, LINEARIZABILITY_PRESETS, generatedHistory, type LinearizabilityPreset } from "./view-model";

export const MAX_LINK_CHARS = 6000;

export type HistorySource =
  | { kind: "preset"; preset: LinearizabilityPreset }
  | { kind: "generated"; seed: number; verdict: "ok" | "illegal" }
  | { kind: "custom"; label: string };

export interface LinearizabilityUrl {
  source: HistorySource;
  ops: HistoryOp[];
  step: number | null;
  error: string | null;
}

export function readLinearizabilityQuery(query: string, fallback: LinearizabilityPreset): LinearizabilityUrl {
  const p = new URLSearchParams(query);
  const fresh = (error: string | null): LinearizabilityUrl => ({
    source: { kind: "preset", preset: fallback },
    ops: LINEARIZABILITY_PRESETS[fallback].history.slice(),
    step: null,
    error,
  });
  const step = p.get("step");
  if (step !== null && !/^\d{1,4}$/.test(step)) return fresh(`The link's step "${step}" is not a number: starting a fresh run.`);
  const at = step === null ? null : Number(step);
  const h = p.get("h");
  if (h !== null) {
    const ops = decodeHistory(h);
    if (!ops) return fresh("This link's history does not decode: starting a fresh run.");
    return { source: { kind: "custom", label: "history from a link" }, ops, step: at, error: null };
  }
  const gen = p.get("gen");
  if (gen !== null) {
    const seed = p.get("seed") ?? "1";
    if ((gen !== "ok" && gen !== "illegal") || !/^\d{1,9}$/.test(seed)) return fresh("This link's generator settings do not decode: starting a fresh run.");
    return { source: { kind: "generated", seed: Number(seed), verdict: gen }, ops: generatedHistory(Number(seed), gen), step: at, error: null };
  }
  const preset = p.get("preset") ?? fallback;
  if (!LINEARIZABILITY_PRESET_NAMES.includes(preset as LinearizabilityPreset)) return fresh(`Unknown preset "${preset}": starting a fresh run.`);
  return { source: { kind: "preset", preset: preset as LinearizabilityPreset }, ops: LINEARIZABILITY_PRESETS[preset as LinearizabilityPreset].history.slice(), step: at, error: null };
}

/** The query for the current history; null when a custom history is too long for a link. */
export function writeLinearizabilityQuery(source: HistorySource, ops: HistoryOp[], step: number): string | null {
  const p = new URLSearchParams();
  if (source.kind === "preset") p.set("preset", source.preset);
  else if (source.kind === "generated") {
    p.set("gen", source.verdict);
    p.set("seed", String(source.seed));
  } else {
    const h = encodeHistory(ops);
    if (h.length > MAX_LINK_CHARS) return null;
    p.set("h", h);
  }
  p.set("step", String(step));
  return p.toString();
}
