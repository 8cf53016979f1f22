// The clocks simulator's URL: ?preset=three-processes&t=3.l1.s1-2…&step=5&pick=e1,e4
// (t: the processes and the learner's actions, see encodeScenario).
import { CLOCK_PRESET_NAMES, decodeScenario, encodeScenario, presetScenario, type ClockPreset, type ClockScenario } from "./view-model";

export interface ClocksUrl {
  scenario: ClockScenario;
  step: number | null;
  pick: string[];
  error: string | null;
}

export function readClocksQuery(query: string, fallback: ClockPreset): ClocksUrl {
  const p = new URLSearchParams(query);
  const preset = p.get("preset") ?? fallback;
  const fresh = (error: string | null): ClocksUrl => ({ scenario: presetScenario(fallback), step: null, pick: [], error });
  if (!CLOCK_PRESET_NAMES.includes(preset as ClockPreset)) return fresh(`Unknown preset "${preset}": starting a fresh run.`);
  let scenario = presetScenario(preset as ClockPreset);
  const t = p.get("t");
  if (t !== null) {
    const decoded = decodeScenario(t);
    if (!decoded) return fresh("This link's events do not decode (a receive before its send, an unknown process…): starting a fresh run.");
    scenario = decoded;
  }
  const step = p.get("step");
  if (step !== null && !/^\d{1,3}$/.test(step)) return fresh(`The link's step "${step}" is not a number: starting a fresh run.`);
  const pick = (p.get("pick") ?? "").split(",").filter((id) => /^e\d{1,3}$/.test(id)).slice(0, 2);
  return { scenario, step: step === null ? null : Number(step), pick, error: null };
}

export function writeClocksQuery(preset: ClockPreset, s: ClockScenario, step: number, pick: string[]): string {
  const p = new URLSearchParams({ preset, t: encodeScenario(s), step: String(step) });
  if (pick.length) p.set("pick", pick.join(","));
  return p.toString();
}
