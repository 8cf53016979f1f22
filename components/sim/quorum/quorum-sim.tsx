"use client";
// The quorum simulator: choose N and the quorum sizes (W/R, Q1/Q2, Byzantine Q and f, or
// EPaxos' fast path), crash replicas, and draw quorums (seeded random or worst case) to see
// which overlap and how many failures each choice survives. Play keeps drawing.
import { useMemo, useState } from "react";
import { StepPlayer } from "../shared/controls";
import { EventLog } from "../shared/event-log";
import { InvariantBanner } from "../shared/invariant-banner";
import { ShareLink } from "../shared/share-button";
import { stepSimEntry, useUrlState } from "../shared/step-sim";
import { useStepPlayer } from "../shared/use-step-player";
import { QuorumRing } from "./quorum-ring";
import { readQuorumQuery, writeQuorumQuery } from "./url-state";
import {
  MAX_NODES,
  MODE_NAMES,
  buildRing,
  fieldNames,
  quorumFacts,
  quorumInvariants,
  quorumSizes,
  quorumState,
  type QuorumAction,
  type QuorumMode,
  type QuorumPreset,
  QUORUM_PRESET_NAMES,
} from "./view-model";

const BTN = "rounded-md border border-line-strong bg-surface-raised px-3 py-1.5 text-sm font-medium text-ink hover:bg-surface-sunken disabled:opacity-50";
const INPUT = "w-16 rounded-md border border-line-strong bg-surface px-2 py-1 text-sm text-ink";

export function QuorumSim({ query = "", preset = "majority", embedded = false }: { query?: string; preset?: QuorumPreset; embedded?: boolean }) {
  const initial = useMemo(() => readQuorumQuery(query, preset, 1), [query, preset]);
  const [actions, setActions] = useState<QuorumAction[]>(initial.actions);
  const seed = initial.seed;
  const start = initial.preset;
  const player = useStepPlayer(actions.length, initial.step ?? actions.length, () => {
    setActions((a) => [...a, { k: "draw" }]);
    return true;
  });
  const state = quorumState(start, actions, seed, player.step);
  const c = state.config;
  const names = fieldNames(c.mode);
  const sizes = quorumSizes(c);
  const facts = quorumFacts(c);
  const ring = buildRing(state);
  const href = useUrlState("quorum", writeQuorumQuery(start, seed, actions, player.step), embedded);

  const act = (a: QuorumAction) => {
    const next = [...actions.slice(0, player.step), a];
    setActions(next);
    player.setStep(next.length);
  };

  return (
    <section aria-label="Quorum simulator" className="space-y-3" data-sim-root="quorum">
      {initial.error && (
        <p role="alert" className="rounded-md border border-warn px-3 py-2 text-sm text-warn">
          {initial.error}
        </p>
      )}
      <div className="flex flex-wrap items-end gap-3 rounded-lg border border-line bg-surface-raised p-3 text-sm">
        <label className="flex flex-col gap-1">
          Model
          <select className="rounded-md border border-line-strong bg-surface px-2 py-1 text-ink" value={c.mode} onChange={(e) => act({ k: "mode", mode: e.target.value as QuorumMode })}>
            {(Object.keys(MODE_NAMES) as QuorumMode[]).map((m) => (
              <option key={m} value={m}>
                {MODE_NAMES[m]}
              </option>
            ))}
          </select>
        </label>
        <label className="flex flex-col gap-1">
          N (replicas)
          <input
            type="number"
            min={c.mode === "epaxos" ? 3 : 1}
            max={MAX_NODES}
            step={c.mode === "epaxos" ? 2 : 1}
            className={INPUT}
            value={c.n}
            onChange={(e) => act({ k: "set", field: "n", value: Number(e.target.value) })}
          />
        </label>
        {names && (
          <>
            <label className="flex flex-col gap-1">
              {names.a}
              <input type="number" min={1} max={c.n} className={INPUT} value={c.a} onChange={(e) => act({ k: "set", field: "a", value: Number(e.target.value) })} />
            </label>
            <label className="flex flex-col gap-1">
              {names.b}
              <input
                type="number"
                min={c.mode === "byzantine" ? 0 : 1}
                max={c.mode === "byzantine" ? Math.floor((c.n - 1) / 2) : c.n}
                className={INPUT}
                value={c.b}
                onChange={(e) => act({ k: "set", field: "b", value: Number(e.target.value) })}
              />
            </label>
          </>
        )}
        {c.mode === "epaxos" && (
          <p className="text-muted">
            F = {(c.n - 1) / 2}: fast quorum {c.a}, majority {c.b}
          </p>
        )}
        <button type="button" className={BTN} onClick={() => act({ k: "draw" })}>
          Draw two quorums
        </button>
        <button type="button" className={BTN} onClick={() => act({ k: "worst" })}>
          Show the worst case
        </button>
      </div>
      <StepPlayer player={player} position={`action ${player.step} of ${actions.length}`} />
      <InvariantBanner invariants={quorumInvariants(state)} />
      <div className="flex flex-wrap items-start gap-4 rounded-lg border border-line bg-surface p-3">
        <QuorumRing
          size={ring.size}
          nodes={ring.nodes}
          firstShort={sizes.first.short}
          secondShort={sizes.second.short}
          onToggle={(id) => act({ k: state.down.includes(id) ? "restart" : "crash", node: id })}
          title={`${c.n} replicas, ${state.down.length} down`}
        />
        <div className="min-w-64 flex-1 space-y-2 text-sm text-ink">
          <p data-testid="quorum-draw">{state.draw ? state.draw.sentence : "Draw two quorums to see whether they meet. Click a replica to crash or restart it."}</p>
          <p>{facts.sentence}</p>
          <ul className="list-disc pl-5">
            {facts.survives.map((s) => (
              <li key={s.name}>
                A {s.name} survives {s.failures} failure{s.failures === 1 ? "" : "s"}.
              </li>
            ))}
          </ul>
          <p className="text-xs text-muted">
            Badge {sizes.first.short} (solid square) = {sizes.first.name}; badge {sizes.second.short} with dashed ring = {sizes.second.name}; dashed grey = down.
          </p>
        </div>
      </div>
      <EventLog lines={state.log} empty="No actions yet." />
      <ShareLink href={href} />
    </section>
  );
}

/** The registry's entry (components/sim/registry.tsx). */
export default stepSimEntry(QuorumSim, QUORUM_PRESET_NAMES, "majority");
