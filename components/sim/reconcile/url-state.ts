// The reconcile simulator's URL: ?preset=figure-7&follower=f&backoff=one-step&step=3, or
// ?seed=42&backoff=conflict-term&step=3 for a seeded random pair.
import type { BackoffRule } from "@/lib/protocol";
import { FOLLOWER_NAMES, RECONCILE_PRESET_NAMES, presetScenario, type FollowerName, type ReconcilePreset, type ReconcileScenario } from "./view-model";

export interface ReconcileUrl {
  scenario: ReconcileScenario;
  step: number;
  /** Set when the link did not decode: what was wrong (a fresh run starts instead). */
  error: string | null;
}

export function readReconcileQuery(query: string, fallbackPreset: ReconcilePreset = "figure-7"): ReconcileUrl {
  const p = new URLSearchParams(query);
  const fresh = (error: string | null): ReconcileUrl => ({ scenario: presetScenario(fallbackPreset), step: 0, error });
  const preset = p.get("preset") ?? fallbackPreset;
  if (!RECONCILE_PRESET_NAMES.includes(preset as ReconcilePreset)) return fresh(`Unknown preset "${preset}": starting a fresh run.`);
  let scenario = presetScenario(preset as ReconcilePreset);
  const backoff = p.get("backoff");
  if (backoff !== null && backoff !== "one-step" && backoff !== "conflict-term") return fresh(`The link's back-off rule "${backoff}" is not one of ours: starting a fresh run.`);
  const seed = p.get("seed");
  if (seed !== null) {
    if (!/^\d{1,9}$/.test(seed)) return fresh(`The link's seed "${seed}" is not a number: starting a fresh run.`);
    scenario = { source: "random", seed: Number(seed), backoff: (backoff as BackoffRule) ?? scenario.backoff };
  } else {
    const follower = p.get("follower");
    if (follower !== null && !FOLLOWER_NAMES.includes(follower as FollowerName)) return fresh(`Figure 7 has no follower "${follower}": starting a fresh run.`);
    scenario = { source: "figure-7", follower: (follower as FollowerName) ?? "f", backoff: (backoff as BackoffRule) ?? scenario.backoff };
  }
  const step = p.get("step");
  if (step !== null && !/^\d{1,4}$/.test(step)) return fresh(`The link's step "${step}" is not a number: starting a fresh run.`);
  return { scenario, step: Number(step ?? 0), error: null };
}

export function writeReconcileQuery(preset: ReconcilePreset, s: ReconcileScenario, step: number): string {
  const p = new URLSearchParams({ preset });
  if (s.source === "random") p.set("seed", String(s.seed));
  else p.set("follower", s.follower);
  p.set("backoff", s.backoff);
  p.set("step", String(step));
  return p.toString();
}
