// The share-link format (README "Simulators"): /sim/NAME?preset=P&seed=S&run=R where R is
// base64url(JSON { v: 1, c: config, a: [[time, events, action], ...], e: [time, events] }).
// seed and preset stay readable; run is absent for a fresh run. Pure: tested in vitest.

import type { RunSpec, SimModel } from "./model";

export const SHARE_VERSION = 1;

function toBase64Url(text: string): string {
  const bytes = new TextEncoder().encode(text);
  let bin = "";
  for (const b of bytes) bin += String.fromCharCode(b);
  return btoa(bin).replace(/\+/g, "-").replace(/\//g, "_").replace(/=+$/, "");
}

function fromBase64Url(s: string): string {
  const b64 = s.replace(/-/g, "+").replace(/_/g, "/");
  const bin = atob(b64 + "=".repeat((4 - (b64.length % 4)) % 4));
  return new TextDecoder("utf-8", { fatal: true }).decode(Uint8Array.from(bin, (ch) => ch.charCodeAt(0)));
}

/** The query string (no "?") that reproduces `spec`. */
export function encodeRun<A, Cfg>(spec: RunSpec<A, Cfg>): string {
  const q = new URLSearchParams({ preset: spec.preset, seed: String(spec.seed) });
  const body = {
    v: SHARE_VERSION,
    c: spec.config,
    a: spec.actions.map((r) => [r.time, r.events, r.action]),
    e: spec.end ? [spec.end.time, spec.end.events] : null,
  };
  q.set("run", toBase64Url(JSON.stringify(body)));
  return q.toString();
}

export type DecodedRun<A, Cfg> =
  | { ok: true; spec: RunSpec<A, Cfg>; fresh: boolean }
  | { ok: false; message: string; preset: string; seed: number };

const isPoint = (x: unknown): x is number => typeof x === "number" && Number.isInteger(x) && x >= 0;

/** A fresh seed for a new run (the caller supplies the randomness: this module is pure). */
export function seedFrom(random: number): number {
  return Math.floor(random * 1_000_000) + 1;
}

/**
 * Read a share link's query. A link without `run` is a fresh run of its preset and seed.
 * Anything that does not decode gives { ok: false } with a message to show, and the preset
 * and seed to start a fresh run with instead.
 */
export function decodeRun<C, A, Cfg>(
  model: SimModel<C, A, Cfg>,
  query: string,
  presets: readonly string[],
  defaultPreset: string,
  freshSeed: number,
): DecodedRun<A, Cfg> {
  const q = new URLSearchParams(query);
  const rawPreset = q.get("preset");
  const preset = rawPreset !== null && presets.includes(rawPreset) ? rawPreset : defaultPreset;
  const rawSeed = q.get("seed");
  const seed = rawSeed !== null && /^\d{1,9}$/.test(rawSeed) ? Number(rawSeed) : null;
  const fail = (why: string): DecodedRun<A, Cfg> => ({ ok: false, message: `This link could not be read (${why}), so a fresh run has started.`, preset, seed: seed ?? freshSeed });
  if (rawPreset !== null && rawPreset !== preset) return fail(`there is no preset "${rawPreset}"`);
  if (rawSeed !== null && seed === null) return fail(`the seed "${rawSeed}" is not a whole number`);
  const run = q.get("run");
  const base = { seed: seed ?? freshSeed, preset };
  if (run === null) return { ok: true, fresh: true, spec: { ...base, config: model.defaultConfig(preset), actions: [], end: null } };
  let body: unknown;
  try {
    body = JSON.parse(fromBase64Url(run));
  } catch {
    return fail("the run data is damaged");
  }
  if (typeof body !== "object" || body === null) return fail("the run data is damaged");
  const b = body as { v?: unknown; c?: unknown; a?: unknown; e?: unknown };
  if (b.v !== SHARE_VERSION) return fail(`it was made by another version (${String(b.v)})`);
  const config = model.parseConfig(b.c, preset);
  if (config === null) return fail("its settings are not valid for this simulator");
  if (!Array.isArray(b.a) || b.a.length > 5000) return fail("its list of actions is damaged");
  const actions: RunSpec<A, Cfg>["actions"] = [];
  let last = { time: -1, events: -1 };
  for (const raw of b.a) {
    if (!Array.isArray(raw) || raw.length !== 3 || !isPoint(raw[0]) || !isPoint(raw[1])) return fail("an action is damaged");
    const action = model.parseAction(raw[2]);
    if (action === null) return fail(`action ${actions.length + 1} is not one this simulator knows`);
    if (raw[0] < last.time || raw[1] < last.events) return fail("its actions are out of order");
    last = { time: raw[0], events: raw[1] };
    actions.push({ time: raw[0], events: raw[1], action });
  }
  let end = null;
  if (b.e !== null && b.e !== undefined) {
    if (!Array.isArray(b.e) || b.e.length !== 2 || !isPoint(b.e[0]) || !isPoint(b.e[1])) return fail("its end point is damaged");
    if (b.e[0] > 3_600_000) return fail("it runs for more than an hour of simulated time");
    end = { time: b.e[0], events: b.e[1] };
  }
  return { ok: true, fresh: false, spec: { ...base, config, actions, end } };
}
