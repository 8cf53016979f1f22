"use client";

import { useMemo, useState } from "react";
import type { PaxosAction, PaxosBugs } from "@/lib/protocol/paxos";
import { simInfo } from "@/lib/sim-catalog";
import { BUTTON } from "../shared/controls";
import { GraphDrawing } from "../shared/graph-drawing";
import { SimFrame } from "../shared/sim-frame";
import { useReducedMotion, useSimRun } from "../shared/use-sim-run";
import { PAXOS_VALUES, paxosModel } from "./paxos-model";
import { PAXOS_VIEWBOX, paxosView } from "./paxos-view";

export default function PaxosSim({ preset, mode }: { preset: string; mode: "page" | "embed" }) {
  const info = simInfo("paxos")!;
  const run = useSimRun(paxosModel, { name: "paxos", presets: info.presets.map((p) => p.name), preset, mode });
  const reduced = useReducedMotion();
  const [node, setNode] = useState<number | null>(null);
  const [message, setMessage] = useState<number | null>(null);
  const ctl = run.ctl;
  const view = useMemo(() => (ctl ? paxosView(ctl.c, run.drawTime, reduced) : null), [ctl, run.version, run.drawTime, reduced]); // eslint-disable-line react-hooks/exhaustive-deps
  if (!ctl || !view) return <SimFrame run={run} mode={mode} drawing={null} />;
  const c = ctl.c;
  const cfg = ctl.config;
  const act = (a: PaxosAction) => run.act(a);
  const sel = node !== null ? c.nodes().find((n) => n.id === node) : undefined;
  const msg = message !== null ? view.messages.find((m) => m.id === message) : undefined;
  const distinct = new Set(view.accepted.map((a) => a.value).filter((v) => v !== null));

  const tools = (
    <div className="grid gap-3 text-sm md:grid-cols-2">
      <section aria-label="Selected node" className="rounded border border-line p-2">
        {sel ? (
          <>
            <p className="font-semibold">
              {c.label(sel.id)}: {sel.role}, {sel.alive ? "up" : "stopped"}
            </p>
            <div className="mt-2 flex flex-wrap gap-2">
              {sel.role === "proposer" ? (
                <button type="button" className={BUTTON} disabled={!sel.alive} onClick={() => act({ at: 0, kind: "propose", proposer: sel.id, value: PAXOS_VALUES[sel.id - 1] })}>
                  Propose &quot;{PAXOS_VALUES[sel.id - 1]}&quot; (new ballot)
                </button>
              ) : null}
              {sel.alive ? (
                <button type="button" className={BUTTON} onClick={() => act({ at: 0, kind: "crash", id: sel.id })}>
                  Stop {c.label(sel.id)}
                </button>
              ) : (
                <button type="button" className={BUTTON} onClick={() => act({ at: 0, kind: "restart", id: sel.id })}>
                  Restart {c.label(sel.id)}
                </button>
              )}
            </div>
          </>
        ) : (
          <p className="text-muted">Select a proposer or acceptor (click, or Tab and Enter) to start a ballot, stop or restart it.</p>
        )}
        {msg ? (
          <div className="mt-2 border-t border-line pt-2" aria-label="Selected message">
            <p>{msg.label}</p>
            <div className="mt-1 flex gap-2">
              <button type="button" className={BUTTON} onClick={() => (act({ at: 0, kind: "dropMessage", messageId: msg.id }), setMessage(null))}>
                Drop message #{msg.id}
              </button>
              <button type="button" className={BUTTON} onClick={() => (act({ at: 0, kind: "delayMessage", messageId: msg.id, ms: 30 }), setMessage(null))}>
                Hold back 30 ms
              </button>
            </div>
          </div>
        ) : (
          <p className="mt-2 text-xs text-muted">Select a message to drop it or hold it back.</p>
        )}
      </section>
      <section aria-label="Challenge" className="rounded border border-line p-2">
        <p className="font-semibold">Challenge: make two acceptors decide different values.</p>
        <p className="text-muted">
          Start ballots, hold messages back, drop them, stop acceptors. Paxos should beat you; a bug switch above shows what it takes to lose.
        </p>
        <p className="mt-1" data-testid="paxos-chosen">
          Chosen: <strong>{view.chosen}</strong> · highest round {view.maxRound}
        </p>
        <p>
          Acceptors hold {distinct.size === 0 ? "no value" : [...distinct].map((v) => `"${v}"`).join(" and ")}
          {distinct.size > 1 ? " (different values accepted is fine; two values *chosen* is not)" : ""}.
        </p>
      </section>
    </div>
  );

  return (
    <SimFrame
      run={run}
      mode={mode}
      drawing={
        <GraphDrawing
          width={PAXOS_VIEWBOX.width}
          height={PAXOS_VIEWBOX.height}
          label={`Paxos: ${c.proposerIds.length} proposers, ${c.acceptorIds.length} acceptors; ${view.chosen}`}
          nodes={view.nodes}
          messages={view.messages}
          selectedNode={node}
          selectedMessage={message}
          onNode={(id) => setNode((n) => (n === id ? null : id))}
          onMessage={(id) => setMessage((m) => (m === id ? null : id))}
        >
          <text x={110} y={16} textAnchor="middle" fontSize={12} className="fill-muted">
            proposers (and learners)
          </text>
          <text x={590} y={16} textAnchor="middle" fontSize={12} className="fill-muted">
            acceptors
          </text>
        </GraphDrawing>
      }
      tools={tools}
      bugs={cfg.bugs as Record<string, boolean>}
      onBug={(key, on) => run.reset({ config: { ...cfg, bugs: { ...cfg.bugs, [key as keyof PaxosBugs]: on } } })}
    />
  );
}
