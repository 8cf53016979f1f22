"use client";

import { memo, useCallback, useMemo, useState } from "react";
import type { RaftAction, RaftClusterSim } from "@/lib/protocol/raft";
import { simInfo } from "@/lib/sim-catalog";
import { BUTTON } from "../shared/controls";
import { SimFrame } from "../shared/sim-frame";
import type { RunController } from "../shared/run-controller";
import { useReducedMotion, useSimFrame, useSimRun, type SimFrameStore } from "../shared/use-sim-run";
import { RaftDrawing } from "./raft-drawing";
import { RAFT_DROP_CHOICES, RAFT_LATENCY_CHOICES, RAFT_NODE_CHOICES, raftModel, type RaftSimConfig } from "./raft-model";
import { raftMessageLabel, raftMoving, raftStill, type RaftStill } from "./raft-view";

interface RaftLiveProps {
  ctl: RunController<RaftClusterSim, RaftAction, RaftSimConfig>;
  frames: SimFrameStore;
  /** Changes whenever the rest of the simulator re-rendered (a step, an action, a few times a second while playing). */
  version: number;
  reduced: boolean;
  selectedServer: number | null;
  selectedMessage: number | null;
  onServer(id: number): void;
  onMessage(id: number): void;
}

/** Each run's last still view: unchanged log rows are shared with it, so they are not re-drawn. */
const lastStill = new WeakMap<RaftClusterSim, RaftStill>();

/**
 * The drawing, and the only part of the simulator that re-renders on every animation frame.
 * What only the engine changes (logs, roles, messages in flight) is rebuilt when an event or
 * action ran; each frame only places the messages and winds the election timers.
 */
const RaftLive = memo(function RaftLive({ ctl, frames, version, reduced, selectedServer, selectedMessage, onServer, onMessage }: RaftLiveProps) {
  const frame = useSimFrame(frames);
  const c = ctl.c;
  const events = c.eventCount;
  const applied = ctl.appliedCount;
  const still = useMemo(() => {
    const s = raftStill(c, lastStill.get(c));
    lastStill.set(c, s);
    return s;
  }, [c, events, applied, version]); // eslint-disable-line react-hooks/exhaustive-deps
  const now = c.time + frame.carry;
  const moving = useMemo(() => raftMoving(still, now, reduced), [still, now, reduced]);
  const view = useMemo(() => ({ ...moving, rows: still.rows, committed: still.committed, leader: still.leader, groups: still.groups }), [moving, still]);
  return <RaftDrawing view={view} selectedServer={selectedServer} selectedMessage={selectedMessage} onServer={onServer} onMessage={onMessage} />;
});

const SELECT = "rounded border border-line-strong bg-surface px-1 py-1 text-sm";

export default function RaftSim({ preset, mode }: { preset: string; mode: "page" | "embed" }) {
  const info = simInfo("raft")!;
  // Only the drawing follows every animation frame; the controls, banner and log a few times a second.
  const run = useSimRun(raftModel, { name: "raft", presets: info.presets.map((p) => p.name), preset, mode, frameUpdates: "drawing" });
  const reduced = useReducedMotion();
  const [server, setServer] = useState<number | null>(null);
  const [message, setMessage] = useState<number | null>(null);
  const [sideA, setSideA] = useState<number[]>([]);
  const ctl = run.ctl;
  const onServer = useCallback((id: number) => setServer((s) => (s === id ? null : id)), []);
  const onMessage = useCallback((id: number) => setMessage((m) => (m === id ? null : id)), []);
  if (!ctl) return <SimFrame run={run} mode={mode} drawing={null} />;
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
    <div className="grid grid-cols-1 gap-3 text-sm md:grid-cols-2">
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
            <p>{raftMessageLabel(msg)}</p>
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
            <button type="button" className={BUTTON} disabled={stats.groups.length <= 1} onClick={() => act({ type: "heal" })}>
              Heal
            </button>
          </div>
        </fieldset>
      </section>
    </div>
  );

  return (
    <SimFrame
      run={run}
      mode={mode}
      drawing={
        <RaftLive
          ctl={ctl}
          frames={run.frames}
          version={run.version}
          reduced={reduced}
          selectedServer={server}
          selectedMessage={message}
          onServer={onServer}
          onMessage={onMessage}
        />
      }
      tools={tools}
    />
  );
}

/** The message delay in force: the last latency action, else the config's. */
function cfgLatency(recorded: ReadonlyArray<{ action: RaftAction }>, initial: [number, number]): [number, number] {
  let l = initial;
  for (const r of recorded) if (r.action.type === "latency") l = r.action.range;
  return l;
}
