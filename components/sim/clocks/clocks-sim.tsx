"use client";
// The clocks simulator: the learner adds local events, sends and receives on a space-time
// diagram; the engine stamps every event with Lamport and vector clocks; picking two events
// answers "happens before or concurrent?" with the reason.
import { useMemo, useState } from "react";
import { SELECT, StepPlayer } from "../shared/controls";
import { EventLog } from "../shared/event-log";
import { InvariantBanner } from "../shared/invariant-banner";
import { ShareLink } from "../shared/share-button";
import { stepSimEntry, useUrlState } from "../shared/step-sim";
import { useStepPlayer } from "../shared/use-step-player";
import { SpaceTime } from "./space-time";
import { readClocksQuery, writeClocksQuery } from "./url-state";
import {
  MAX_PROCESSES,
  buildSpaceTime,
  clockInvariants,
  clockLogLines,
  clockState,
  comparePair,
  refuseAction,
  type ClockAction,
  type ClockPreset,
  type ClockScenario,
  CLOCK_PRESET_NAMES,
} from "./view-model";

const BTN = "rounded-md border border-line-strong bg-surface-raised px-3 py-1.5 text-sm font-medium text-ink hover:bg-surface-sunken disabled:opacity-50";
export function ClocksSim({ query = "", preset = "three-processes", embedded = false }: { query?: string; preset?: ClockPreset; embedded?: boolean }) {
  const initial = useMemo(() => readClocksQuery(query, preset), [query, preset]);
  const [scenario, setScenario] = useState<ClockScenario>(initial.scenario);
  const [pick, setPick] = useState<string[]>(initial.pick);
  const [refusal, setRefusal] = useState<string | null>(null);
  const [localOn, setLocalOn] = useState(1);
  const [label, setLabel] = useState("");
  const [from, setFrom] = useState(1);
  const [to, setTo] = useState(2);
  const total = scenario.actions.length;
  const player = useStepPlayer(total, initial.step ?? total);
  const state = useMemo(() => clockState(scenario, player.step), [scenario, player.step]);
  const view = buildSpaceTime(state);
  const visible = new Set(state.analysis.events.map((e) => e.id));
  const picked = pick.filter((id) => visible.has(id));
  const answer = picked.length === 2 ? comparePair(state, picked[0], picked[1]) : null;
  const href = useUrlState("clocks", writeClocksQuery(preset, scenario, player.step, picked), embedded);
  const n = scenario.processes;

  const act = (a: ClockAction) => {
    // Acting while scrubbed back rewrites history from the shown step on.
    const base: ClockScenario = { processes: n, actions: scenario.actions.slice(0, player.step) };
    const why = refuseAction(base, a);
    if (why) {
      setRefusal(why);
      return;
    }
    setRefusal(player.step < total ? `Later events (${total - player.step}) were replaced by this one.` : null);
    const next = { processes: n, actions: [...base.actions, a] };
    setScenario(next);
    player.setStep(next.actions.length);
  };
  const select = (id: string) => setPick((p) => (p.includes(id) ? p.filter((x) => x !== id) : [...p.slice(-1), id]));
  const procs = Array.from({ length: n }, (_, i) => i + 1);

  return (
    <section aria-label="Clocks simulator" className="space-y-3" data-sim-root="clocks">
      {initial.error && (
        <p role="alert" className="rounded-md border border-warn px-3 py-2 text-sm text-warn">
          {initial.error}
        </p>
      )}
      <div className="flex flex-wrap items-end gap-4 rounded-lg border border-line bg-surface-raised p-3 text-sm">
        <fieldset className="flex flex-wrap items-center gap-1">
          <legend className="sr-only">Add a local event</legend>
          <select aria-label="Process for the local event" className={SELECT} value={localOn} onChange={(e) => setLocalOn(Number(e.target.value))}>
            {procs.map((p) => (
              <option key={p} value={p}>
                P{p}
              </option>
            ))}
          </select>
          <input aria-label="Label (optional)" placeholder="label (optional)" maxLength={40} className={`${SELECT} w-32`} value={label} onChange={(e) => setLabel(e.target.value)} />
          <button type="button" className={BTN} onClick={() => act({ kind: "local", process: localOn, ...(label.trim() ? { label: label.trim() } : {}) })}>
            Add local event
          </button>
        </fieldset>
        <fieldset className="flex flex-wrap items-center gap-1">
          <legend className="sr-only">Send a message</legend>
          <select aria-label="Sender" className={SELECT} value={from} onChange={(e) => setFrom(Number(e.target.value))}>
            {procs.map((p) => (
              <option key={p} value={p}>
                P{p}
              </option>
            ))}
          </select>
          <span aria-hidden="true">→</span>
          <select aria-label="Receiver" className={SELECT} value={to} onChange={(e) => setTo(Number(e.target.value))}>
            {procs.map((p) => (
              <option key={p} value={p}>
                P{p}
              </option>
            ))}
          </select>
          <button type="button" className={BTN} onClick={() => act({ kind: "send", process: from, to })}>
            Send message
          </button>
        </fieldset>
        <fieldset className="flex flex-wrap items-center gap-1">
          <legend className="sr-only">Deliver a message in flight</legend>
          {state.inFlight.length === 0 ? (
            <span className="text-muted">No message in flight.</span>
          ) : (
            state.inFlight.map((m) => (
              <button key={m.message} type="button" className={BTN} onClick={() => act({ kind: "receive", message: m.message })}>
                Deliver {m.message} to P{m.to}
              </button>
            ))
          )}
        </fieldset>
        <label className="flex items-center gap-1">
          Processes
          <select
            className={SELECT}
            value={n}
            onChange={(e) => {
              setScenario({ processes: Number(e.target.value), actions: [] });
              setPick([]);
              player.reset();
            }}
          >
            {Array.from({ length: MAX_PROCESSES - 1 }, (_, i) => i + 2).map((k) => (
              <option key={k} value={k}>
                {k} (clears)
              </option>
            ))}
          </select>
        </label>
      </div>
      <p aria-live="polite" className="min-h-5 text-sm text-warn">
        {refusal}
      </p>
      <StepPlayer player={player} position={`event ${player.step} of ${total}`} />
      <InvariantBanner invariants={clockInvariants(state)} />
      <div className="overflow-x-auto rounded-lg border border-line bg-surface p-2" tabIndex={0} role="region" aria-label="Space-time diagram, scrolls sideways">
        <SpaceTime view={view} selected={picked} onSelect={select} title={`Space-time diagram, ${state.analysis.events.length} events`} />
        <p className="px-1 text-xs text-muted">● local, ▲ send, ■ receive; above each event its id and Lamport stamp, below its vector. Select two events to compare them.</p>
      </div>
      <div className="flex flex-wrap items-center gap-2 text-sm">
        <span>Compare</span>
        {[0, 1].map((k) => (
          <select
            key={k}
            aria-label={k === 0 ? "First event" : "Second event"}
            className={SELECT}
            value={picked[k] ?? ""}
            onChange={(e) => {
              const next = [...picked];
              next[k] = e.target.value;
              setPick(next.filter(Boolean));
            }}
          >
            <option value="">choose…</option>
            {state.analysis.events.map((e) => (
              <option key={e.id} value={e.id}>
                {e.id} (P{e.process})
              </option>
            ))}
          </select>
        ))}
      </div>
      <div aria-live="polite" className="min-h-10 rounded-lg border border-line bg-surface-raised px-3 py-2 text-sm" data-testid="clocks-answer">
        {answer ? (
          <>
            <p className="font-semibold text-ink">{answer.headline}</p>
            <ul className="mt-1 list-disc pl-5 text-ink">
              {answer.because.map((b) => (
                <li key={b}>{b}</li>
              ))}
            </ul>
          </>
        ) : (
          <p className="text-muted">Pick two events (click them, or use the lists) to be told whether one happens before the other.</p>
        )}
      </div>
      <EventLog lines={clockLogLines(state)} empty="No events yet: add one above." />
      <ShareLink href={href} />
    </section>
  );
}

/** The registry's entry (components/sim/registry.tsx). */
export default stepSimEntry(ClocksSim, CLOCK_PRESET_NAMES, "three-processes");
