"use client";

import { COORDINATOR_CRASH_POINTS, type CoordinatorCrashPoint, type TpcAction, type Vote } from "@/lib/protocol/two-phase-commit";
import { BUTTON, SELECT } from "../shared/controls";
import { GraphDrawing } from "../shared/graph-drawing";
import { SimFrame } from "../shared/sim-frame";
import { SelectedMessage, useGraphSim } from "../shared/use-graph-sim";
import { TPC_CRASH_WORDS, tpcModel } from "./tpc-model";
import { TPC_VIEWBOX, tpcView } from "./tpc-view";

export default function TpcSim({ preset, mode }: { preset: string; mode: "page" | "embed" }) {
  const { run, view, node, message, selection, clearMessage } = useGraphSim(tpcModel, { preset, mode }, tpcView);
  const ctl = run.ctl;
  if (!ctl || !view) return <SimFrame run={run} mode={mode} drawing={null} />;
  const c = ctl.c;
  const cfg = ctl.config;
  const act = (a: TpcAction) => run.act(a);
  const sel = node !== null ? view.nodes.find((n) => n.id === node) : undefined;
  const alive = node !== null && c.nodes().find((n) => n.id === node)?.alive;
  const msg = message !== null ? view.messages.find((m) => m.id === message) : undefined;

  const tools = (
    <div className="grid grid-cols-1 gap-3 text-sm md:grid-cols-2">
      <section aria-label="Selected node" className="rounded border border-line p-2">
        {sel ? (
          <>
            <p className="font-semibold">{sel.label}</p>
            <div className="mt-2 flex flex-wrap gap-2">
              {alive ? (
                <button type="button" className={BUTTON} onClick={() => act({ at: 0, kind: "crash", id: sel.id })}>
                  Crash {sel.title}
                </button>
              ) : (
                <button type="button" className={BUTTON} onClick={() => act({ at: 0, kind: "restart", id: sel.id })}>
                  Restart {sel.title} (recovers from its log)
                </button>
              )}
            </div>
          </>
        ) : (
          <p className="text-muted">Select the coordinator or a participant (click, or Tab and Enter) to crash or restart it.</p>
        )}
        <SelectedMessage
          message={msg}
          holdMs={40}
          hint="Select a message to drop or delay it."
          onDrop={(id) => (act({ at: 0, kind: "dropMessage", messageId: id }), clearMessage())}
          onHold={(id, ms) => (act({ at: 0, kind: "delayMessage", messageId: id, ms }), clearMessage())}
        />
      </section>
      <section aria-label="Transaction set-up" className="space-y-2 rounded border border-line p-2">
        <p>
          Outcome: <strong data-testid="tpc-outcome">{view.outcome}</strong>
        </p>
        <label className="flex flex-wrap items-center gap-1">
          Coordinator crashes
          <select
            className={SELECT}
            value={cfg.crashAt ?? "never"}
            onChange={(e) => run.reset({ config: { ...cfg, crashAt: e.target.value === "never" ? null : (e.target.value as CoordinatorCrashPoint) } })}
          >
            <option value="never">never</option>
            {COORDINATOR_CRASH_POINTS.map((p) => (
              <option key={p} value={p}>
                {TPC_CRASH_WORDS[p]}
              </option>
            ))}
          </select>
          <span className="text-muted">(new run)</span>
        </label>
        <fieldset className="flex flex-wrap gap-3">
          <legend>Votes (new run)</legend>
          {Array.from({ length: cfg.participants }, (_, i) => (
            <label key={i} className="flex items-center gap-1">
              P{i + 2}
              <select
                className={SELECT}
                value={cfg.votes[i] ?? "yes"}
                onChange={(e) => {
                  const votes = Array.from({ length: cfg.participants }, (_, k) => cfg.votes[k] ?? "yes") as Vote[];
                  votes[i] = e.target.value as Vote;
                  run.reset({ config: { ...cfg, votes } });
                }}
              >
                <option value="yes">YES</option>
                <option value="no">NO</option>
              </select>
            </label>
          ))}
        </fieldset>
        <label className="flex items-center gap-2">
          <input type="checkbox" checked={cfg.cooperativeTermination} onChange={(e) => run.reset({ config: { ...cfg, cooperativeTermination: e.target.checked } })} />
          In-doubt participants ask each other (cooperative termination; new run)
        </label>
      </section>
    </div>
  );

  return (
    <SimFrame
      run={run}
      mode={mode}
      drawing={
        <GraphDrawing
          width={TPC_VIEWBOX.width}
          height={TPC_VIEWBOX.height}
          label={`Two-phase commit: coordinator and ${cfg.participants} participants; ${view.outcome}`}
          nodes={view.nodes}
          messages={view.messages}
          {...selection}
        >
          <text x={12} y={TPC_VIEWBOX.height - 10} fontSize={11} className="fill-muted">
            P prepare · Y/N vote · C/A commit/abort decision · ✓ ack · ? asking for the decision · dashed outline: blocked or stopped
          </text>
        </GraphDrawing>
      }
      tools={tools}
    />
  );
}
