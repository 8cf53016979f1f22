"use client";

import type { PaxosAction } from "@/lib/protocol/paxos";
import { BUTTON } from "../shared/controls";
import { GraphDrawing } from "../shared/graph-drawing";
import { SimFrame } from "../shared/sim-frame";
import { SelectedMessage, useGraphSim } from "../shared/use-graph-sim";
import { PAXOS_VALUES, paxosModel } from "./paxos-model";
import { PAXOS_VIEWBOX, paxosView } from "./paxos-view";

export default function PaxosSim({ preset, mode }: { preset: string; mode: "page" | "embed" }) {
  const { run, view, node, message, selection, clearMessage } = useGraphSim(paxosModel, { preset, mode }, paxosView);
  const ctl = run.ctl;
  if (!ctl || !view) return <SimFrame run={run} mode={mode} drawing={null} />;
  const c = ctl.c;
  const act = (a: PaxosAction) => run.act(a);
  const sel = node !== null ? c.nodes().find((n) => n.id === node) : undefined;
  const msg = message !== null ? view.messages.find((m) => m.id === message) : undefined;
  const distinct = new Set(view.accepted.map((a) => a.value).filter((v) => v !== null));

  const tools = (
    <div className="grid grid-cols-1 gap-3 text-sm md:grid-cols-2">
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
        <SelectedMessage
          message={msg}
          holdMs={30}
          hint="Select a message to drop it or hold it back."
          onDrop={(id) => (act({ at: 0, kind: "dropMessage", messageId: id }), clearMessage())}
          onHold={(id, ms) => (act({ at: 0, kind: "delayMessage", messageId: id, ms }), clearMessage())}
        />
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
          {...selection}
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
    />
  );
}
