"use client";
// What the node-and-message simulators (paxos, two-phase-commit, split-brain) share around
// useSimRun: the catalog's presets, reduced motion, the view model recomputed per frame, the
// selected node and message; and the "selected message" tools (drop it, hold it back).
import { useMemo, useState } from "react";
import { simInfo } from "@/lib/sim-catalog";
import { BUTTON } from "./controls";
import type { SimModel } from "./model";
import { useReducedMotion, useSimRun } from "./use-sim-run";

export function useGraphSim<C, A, Cfg, V>(
  model: SimModel<C, A, Cfg>,
  { preset, mode }: { preset: string; mode: "page" | "embed" },
  view: (c: C, now: number, reducedMotion: boolean) => V,
) {
  const info = simInfo(model.name)!;
  const run = useSimRun(model, { name: model.name, presets: info.presets.map((p) => p.name), preset, mode });
  const reduced = useReducedMotion();
  const [node, setNode] = useState<number | null>(null);
  const [message, setMessage] = useState<number | null>(null);
  const ctl = run.ctl;
  // run.version changes whenever the engine moved: the view is rebuilt from the same (mutable) run.
  const shapes = useMemo(() => (ctl ? view(ctl.c, run.drawTime, reduced) : null), [ctl, run.version, run.drawTime, reduced]); // eslint-disable-line react-hooks/exhaustive-deps
  return {
    run,
    view: shapes,
    node,
    message,
    /** GraphDrawing's selection props: pressing a selected node or message again lets it go. */
    selection: {
      selectedNode: node,
      selectedMessage: message,
      onNode: (id: number) => setNode((n) => (n === id ? null : id)),
      onMessage: (id: number) => setMessage((m) => (m === id ? null : id)),
    },
    clearMessage: () => setMessage(null),
  };
}

/** The selected message in words with Drop and Hold back, or a hint to select one. */
export function SelectedMessage({
  message,
  holdMs,
  hint,
  onDrop,
  onHold,
}: {
  message: { id: number; label: string } | undefined;
  holdMs: number;
  hint: string;
  onDrop(id: number): void;
  onHold(id: number, ms: number): void;
}) {
  if (!message) return <p className="mt-2 text-xs text-muted">{hint}</p>;
  return (
    <div className="mt-2 border-t border-line pt-2" aria-label="Selected message">
      <p>{message.label}</p>
      <div className="mt-1 flex gap-2">
        <button type="button" className={BUTTON} onClick={() => onDrop(message.id)}>
          Drop message #{message.id}
        </button>
        <button type="button" className={BUTTON} onClick={() => onHold(message.id, holdMs)}>
          Hold back {holdMs} ms
        </button>
      </div>
    </div>
  );
}
