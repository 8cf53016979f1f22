"use client";

import { useState } from "react";
import type { SplitBrainAction, SplitBrainMode } from "@/lib/protocol/split-brain";
import { BUTTON, SELECT } from "../shared/controls";
import { GraphDrawing } from "../shared/graph-drawing";
import { SimFrame } from "../shared/sim-frame";
import { useGraphSim } from "../shared/use-graph-sim";
import { SPLIT_BRAIN_MODES, splitBrainModel } from "./split-brain-model";
import { SPLIT_BRAIN_VIEWBOX, splitBrainView } from "./split-brain-view";

export default function SplitBrainSim({ preset, mode }: { preset: string; mode: "page" | "embed" }) {
  const { run, view, node, selection } = useGraphSim(splitBrainModel, { preset, mode }, splitBrainView);
  const [sideA, setSideA] = useState<number[]>([]);
  const ctl = run.ctl;
  if (!ctl || !view) return <SimFrame run={run} mode={mode} drawing={null} />;
  const c = ctl.c;
  const cfg = ctl.config;
  const act = (a: SplitBrainAction) => run.act(a);
  const sel = node !== null ? c.nodes().find((n) => n.id === node) : undefined;
  const writes = ctl.recorded.filter((r) => r.action.kind === "write").length;
  const all = Array.from({ length: cfg.nodes }, (_, i) => i + 1);

  const tools = (
    <div className="grid grid-cols-1 gap-3 text-sm md:grid-cols-2">
      <section aria-label="Selected node" className="rounded border border-line p-2">
        {sel ? (
          <>
            <p className="font-semibold">{view.nodes.find((n) => n.id === sel.id)?.label}</p>
            <div className="mt-2 flex flex-wrap gap-2">
              <button type="button" className={BUTTON} disabled={!sel.alive} onClick={() => act({ at: 0, kind: "write", value: `v${writes + 1}`, to: sel.id })}>
                Client write &quot;v{writes + 1}&quot; to N{sel.id}
              </button>
              {sel.alive ? (
                <button type="button" className={BUTTON} onClick={() => act({ at: 0, kind: "crash", id: sel.id })}>
                  Stop N{sel.id}
                </button>
              ) : (
                <button type="button" className={BUTTON} onClick={() => act({ at: 0, kind: "restart", id: sel.id })}>
                  Restart N{sel.id}
                </button>
              )}
            </div>
          </>
        ) : (
          <p className="text-muted">Select a node (click, or Tab and Enter) to send it a client write, stop or restart it.</p>
        )}
        <p className="mt-2">{view.leaders}.</p>
      </section>
      <section aria-label="Network and failover rule" className="space-y-2 rounded border border-line p-2">
        <label className="flex flex-wrap items-center gap-1">
          Failover rule
          <select className={SELECT} value={cfg.mode} onChange={(e) => run.reset({ config: { ...cfg, mode: e.target.value as SplitBrainMode } })}>
            {(Object.keys(SPLIT_BRAIN_MODES) as SplitBrainMode[]).map((m) => (
              <option key={m} value={m}>
                {SPLIT_BRAIN_MODES[m]}
              </option>
            ))}
          </select>
          <span className="text-muted">(new run)</span>
        </label>
        <fieldset>
          <legend>Partition: tick the nodes on one side</legend>
          <div className="flex flex-wrap gap-2">
            {all.map((id) => (
              <label key={id} className="flex items-center gap-1">
                <input type="checkbox" checked={sideA.includes(id)} onChange={(e) => setSideA((s) => (e.target.checked ? [...s, id] : s.filter((x) => x !== id)))} />N{id}
              </label>
            ))}
          </div>
          <div className="mt-1 flex gap-2">
            <button
              type="button"
              className={BUTTON}
              disabled={sideA.length === 0 || sideA.length === cfg.nodes}
              onClick={() => act({ at: 0, kind: "partition", groups: [sideA.slice().sort(), all.filter((i) => !sideA.includes(i))] })}
            >
              Partition
            </button>
            <button type="button" className={BUTTON} disabled={view.cuts.length === 0} onClick={() => act({ at: 0, kind: "heal" })}>
              Heal
            </button>
          </div>
        </fieldset>
      </section>
      <section aria-label="Client writes" className="rounded border border-line p-2 md:col-span-2">
        <h3 className="font-semibold">Client writes</h3>
        {view.writes.length === 0 ? (
          <p className="text-muted">None yet.</p>
        ) : (
          <table className="mt-1 w-full text-left text-xs">
            <thead>
              <tr>
                <th>write</th>
                <th>node</th>
                <th>epoch</th>
                <th>slot</th>
                <th>client told</th>
                <th>still in a log?</th>
              </tr>
            </thead>
            <tbody>
              {view.writes.map((w) => (
                <tr key={w.id} data-write={w.value}>
                  <td>&quot;{w.value}&quot;</td>
                  <td>N{w.node}</td>
                  <td>{w.epoch}</td>
                  <td>{w.slot}</td>
                  <td>{w.acked ? "✓ acknowledged" : "… waiting"}</td>
                  <td className={w.lost ? "text-violated" : ""}>{w.lost ? "✗ LOST" : "yes"}</td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
        {view.storage ? (
          <p className="mt-2">
            Storage: highest token <strong>{view.storage.token}</strong>; writes {view.storage.values.map((v) => `"${v}"`).join(", ") || "none"}
            {view.storage.refused.length ? `; refused (fenced): ${view.storage.refused.join(", ")}` : ""}.
          </p>
        ) : null}
      </section>
    </div>
  );

  return (
    <SimFrame
      run={run}
      mode={mode}
      drawing={
        <GraphDrawing
          width={SPLIT_BRAIN_VIEWBOX.width}
          height={SPLIT_BRAIN_VIEWBOX.height}
          label={`Split brain, ${SPLIT_BRAIN_MODES[cfg.mode]}: ${view.leaders}`}
          nodes={view.nodes}
          messages={view.messages}
          {...selection}
          selectedMessage={null}
          onMessage={() => {}}
        >
          {view.cuts.map((x) => (
            <g key={x}>
              <line x1={x} y1={20} x2={x} y2={230} className="stroke-violated" strokeWidth={2} strokeDasharray="6 4" />
              <text x={x} y={16} textAnchor="middle" fontSize={11} className="fill-violated">
                ⚡ partition
              </text>
            </g>
          ))}
          {view.storage ? (
            <g aria-label={`Shared storage, highest token ${view.storage.token}`} role="img">
              <rect x={SPLIT_BRAIN_VIEWBOX.width / 2 - 160} y={260} width={320} height={70} rx={6} className="fill-surface-raised stroke-line-strong" />
              <text x={SPLIT_BRAIN_VIEWBOX.width / 2} y={282} textAnchor="middle" fontSize={13} fontWeight={700} className="fill-ink">
                Storage · highest token {view.storage.token}
              </text>
              <text x={SPLIT_BRAIN_VIEWBOX.width / 2} y={300} textAnchor="middle" fontSize={11} className="fill-ink">
                {view.storage.values.slice(-5).join(", ") || "empty"}
              </text>
              <text x={SPLIT_BRAIN_VIEWBOX.width / 2} y={318} textAnchor="middle" fontSize={11} className="fill-violated">
                {view.storage.refused.length ? `refused ${view.storage.refused.length} stale write${view.storage.refused.length === 1 ? "" : "s"}` : ""}
              </text>
            </g>
          ) : null}
        </GraphDrawing>
      }
      tools={tools}
    />
  );
}
