"use client";

import { useMemo, useState } from "react";
import type { RaftAction, RaftBugs } from "@/lib/protocol/raft";
import { simInfo } from "@/lib/sim-catalog";
import { BUTTON } from "../shared/controls";
import { SimFrame } from "../shared/sim-frame";
import { useReducedMotion, useSimRun } from "../shared/use-sim-run";
import { RaftDrawing } from "./raft-drawing";
import { RAFT_DROP_CHOICES, RAFT_LATENCY_CHOICES, RAFT_NODE_CHOICES, raftModel } from "./raft-model";
import { raftView } from "./raft-view";

const SELECT = "rounded border border-line-strong bg-surface px-1 py-1 text-sm";

export default function RaftSim({ preset, mode }: { preset: string; mode: "page" | "embed" }) {
  const info = simInfo("raft")!;
  const run = useSimRun(raftModel, { name: "raft", presets: info.presets.map((p) => p.name), preset, mode });
  const reduced = useReducedMotion();
  const [server, setServer] = useState<number | null>(null);
  const [message, setMessage] = useState<number | null>(null);
  const [sideA, setSideA] = useState<number[]>([]);
  const ctl = run.ctl;
  // Recomputed whenever the run moves (run.version) or the clock's fraction changes.
  const view = useMemo(() => (ctl ? raftView(ctl.c, run.drawTime, reduced) : null), [ctl, run.version, run.drawTime, reduced]); // eslint-disable-line react-hooks/exhaustive-deps
  if (!ctl || !view) return <SimFrame run={run} mode={mode} drawing={null} />;
  const c = ctl.c;
  const cfg = ctl.config;
  const act = (a: RaftAction) => run.act(a);
  const sel = server !== null && server <= cfg.nodes ? c.node(server) : null;
  const msg = message !== null ? c.inFlight().find((m) => m.id === message) : undefined;
  const proposals = ctl.recorded.filter((r) => r.action.type === "propose").length;
  const stats = c.networkStats();
  const latency = cfgLatency(ctl.recorded, cfg.latency);
  const drop = stats.dropRate;

  const tools = (
    <div className="grid gap-3 text-sm md:grid-cols-2">
      <section aria-label="Selected server" className="rounded border border-line p-2">
        {sel ? (
          <>
            <p className="font-semibold">
              S{sel.id}: {sel.alive ? sel.role : "stopped"}, term {sel.term}
              {sel.votedFor !== null ? `, voted for S${sel.votedFor}` : ""}
            </p>
            <div className="mt-2 flex flex-wrap gap-2">
              {sel.alive ? (
                <button type="button" className={BUTTON} onClick={() => act({ type: "crash", id: sel.id })}>
                  Stop S{sel.id}
                </button>
              ) : (
                <button type="button" className={BUTTON} onClick={() => act({ type: "restart", id: sel.id })}>
                  Restart S{sel.id}
                </button>
              )}
              <button type="button" className={BUTTON} disabled={!sel.alive || sel.role === "leader"} onClick={() => act({ type: "timeout", id: sel.id })}>
                Time out now
              </button>
              <button type="button" className={BUTTON} disabled={!sel.alive} onClick={() => act({ type: "propose", command: `v${proposals + 1}`, to: sel.id })}>
                Client request
              </button>
            </div>
            {sel.alive && sel.role !== "leader" ? <p className="mt-1 text-xs text-muted">A client request to a follower is refused: only the leader accepts writes.</p> : null}
          </>
        ) : (
          <p className="text-muted">Select a server (click it, or Tab to it and press Enter) to stop, restart, time it out or send it a client request.</p>
        )}
        {msg ? (
          <div className="mt-2 border-t border-line pt-2" aria-label="Selected message">
            <p>{view.messages.find((m) => m.id === msg.id)?.label}</p>
            <button type="button" className={`${BUTTON} mt-1`} onClick={() => (act({ type: "dropMessage", id: msg.id }), setMessage(null))}>
              Drop message #{msg.id}
            </button>
          </div>
        ) : (
          <p className="mt-2 text-xs text-muted">Select a message in flight to drop it.</p>
        )}
      </section>
      <section aria-label="Network and cluster" className="space-y-2 rounded border border-line p-2">
        <div className="flex flex-wrap gap-3">
          <label className="flex items-center gap-1">
            Drop rate
            <select className={SELECT} value={drop} onChange={(e) => act({ type: "dropRate", p: Number(e.target.value) })}>
              {RAFT_DROP_CHOICES.map((p) => (
                <option key={p} value={p}>
                  {Math.round(p * 100)}%
                </option>
              ))}
            </select>
          </label>
          <label className="flex items-center gap-1">
            Message delay
            <select
              className={SELECT}
              value={latency.join("-")}
              onChange={(e) => act({ type: "latency", range: e.target.value.split("-").map(Number) as [number, number] })}
            >
              {RAFT_LATENCY_CHOICES.map((r) => (
                <option key={r.join("-")} value={r.join("-")}>
                  {r[0]}–{r[1]} ms
                </option>
              ))}
            </select>
          </label>
          <label className="flex items-center gap-1">
            Servers
            <select className={SELECT} value={cfg.nodes} onChange={(e) => run.reset({ config: { ...cfg, nodes: Number(e.target.value) } })}>
              {RAFT_NODE_CHOICES.map((k) => (
                <option key={k} value={k}>
                  {k} (new run)
                </option>
              ))}
            </select>
          </label>
        </div>
        <fieldset>
          <legend>Partition: tick the servers on one side</legend>
          <div className="flex flex-wrap gap-2">
            {Array.from({ length: cfg.nodes }, (_, i) => i + 1).map((id) => (
              <label key={id} className="flex items-center gap-1">
                <input type="checkbox" checked={sideA.includes(id)} onChange={(e) => setSideA((s) => (e.target.checked ? [...s, id] : s.filter((x) => x !== id)))} />
                S{id}
              </label>
            ))}
          </div>
          <div className="mt-1 flex gap-2">
            <button
              type="button"
              className={BUTTON}
              disabled={sideA.length === 0 || sideA.length === cfg.nodes}
              onClick={() => {
                const a = sideA.filter((id) => id <= cfg.nodes).sort();
                const b = Array.from({ length: cfg.nodes }, (_, i) => i + 1).filter((id) => !a.includes(id));
                act({ type: "partition", groups: [a, b] });
              }}
            >
              Partition
            </button>
            <button type="button" className={BUTTON} disabled={!view.groups} onClick={() => act({ type: "heal" })}>
              Heal
            </button>
          </div>
        </fieldset>
      </section>
    </div>
  );

  const onBug = (key: string, on: boolean) => run.reset({ config: { ...cfg, bugs: { ...cfg.bugs, [key as keyof RaftBugs]: on } } });
  return (
    <SimFrame
      run={run}
      mode={mode}
      drawing={
        <RaftDrawing
          view={view}
          selectedServer={server}
          selectedMessage={message}
          onServer={(id) => setServer((s) => (s === id ? null : id))}
          onMessage={(id) => setMessage((m) => (m === id ? null : id))}
        />
      }
      tools={tools}
      bugs={cfg.bugs as Record<string, boolean>}
      onBug={onBug}
    />
  );
}

/** The message delay in force: the last latency action, else the config's. */
function cfgLatency(recorded: ReadonlyArray<{ action: RaftAction }>, initial: [number, number]): [number, number] {
  let l = initial;
  for (const r of recorded) if (r.action.type === "latency") l = r.action.range;
  return l;
}
