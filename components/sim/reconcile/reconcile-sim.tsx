"use client";
// The reconcile simulator: Figure 7's followers (or a seeded random pair) brought in line
// with the leader one AppendEntries record at a time, with the message, the banner and the log.
import { useMemo, useState } from "react";
import { SELECT, StepPlayer } from "../shared/controls";
import { EventLog } from "../shared/event-log";
import { InvariantBanner } from "../shared/invariant-banner";
import { ShareLink } from "../shared/share-button";
import { stepSimEntry, useUrlState } from "../shared/step-sim";
import { useStepPlayer } from "../shared/use-step-player";
import { LogRows, type LogRow } from "./log-rows";
import { readReconcileQuery, writeReconcileQuery } from "./url-state";
import {
  FOLLOWER_NAMES,
  figure7Rows,
  frameAt,
  reconcileInvariants,
  reconcileLogLines,
  runScenario,
  scenarioTitle,
  stepCount,
  type FollowerName,
  type ReconcilePreset,
  type ReconcileScenario,
  RECONCILE_PRESET_NAMES,
} from "./view-model";

export function ReconcileSim({ query = "", preset = "figure-7", embedded = false }: { query?: string; preset?: ReconcilePreset; embedded?: boolean }) {
  const initial = useMemo(() => readReconcileQuery(query, preset), [query, preset]);
  const [scenario, setScenario] = useState<ReconcileScenario>(initial.scenario);
  const run = useMemo(() => runScenario(scenario), [scenario]);
  const total = stepCount(run);
  const player = useStepPlayer(total, initial.step);
  const frame = frameAt(run, player.step);
  const href = useUrlState("reconcile", writeReconcileQuery(preset, scenario, player.step), embedded);
  const choose = (s: ReconcileScenario) => {
    setScenario(s);
    player.reset();
  };
  const maxIndex = Math.max(run.leader.length, run.follower.length, ...(scenario.source === "figure-7" ? figure7Rows().map((r) => r.cells.length) : [0])) + 1;
  const rows: LogRow[] = [
    { label: `leader (term ${run.leaderTerm})`, cells: frame.leader, pointer: { index: frame.nextIndex, label: "nextIndex" } },
    { label: scenario.source === "figure-7" ? `follower (${scenario.follower})` : "follower", cells: frame.follower, removed: frame.removed },
  ];
  if (scenario.source === "figure-7") {
    for (const r of figure7Rows()) if (r.name !== scenario.follower) rows.push({ label: `(${r.name}) waiting`, cells: r.cells, faint: true });
  }
  const facts = reconcileInvariants(run, player.step);
  const done = frame.record?.kind === "done";
  return (
    <section aria-label="Log reconciliation simulator" className="space-y-3" data-sim-root="reconcile">
      {initial.error && (
        <p role="alert" className="rounded-md border border-warn px-3 py-2 text-sm text-warn">
          {initial.error}
        </p>
      )}
      <div className="flex flex-wrap items-center gap-3 text-sm">
        <label className="flex items-center gap-1">
          Follower
          <select
            className={SELECT}
            value={scenario.source === "figure-7" ? scenario.follower : "random"}
            onChange={(e) =>
              choose(
                e.target.value === "random"
                  ? { source: "random", seed: scenario.source === "random" ? scenario.seed : 1, backoff: scenario.backoff }
                  : { source: "figure-7", follower: e.target.value as FollowerName, backoff: scenario.backoff },
              )
            }
          >
            {FOLLOWER_NAMES.map((n) => (
              <option key={n} value={n}>
                Figure 7 ({n})
              </option>
            ))}
            <option value="random">Random logs (seeded)</option>
          </select>
        </label>
        {scenario.source === "random" && (
          <label className="flex items-center gap-1">
            Seed
            <input
              type="number"
              min={0}
              max={999999999}
              className={`${SELECT} w-28`}
              value={scenario.seed}
              onChange={(e) => choose({ ...scenario, seed: Math.max(0, Math.floor(Number(e.target.value) || 0)) })}
            />
          </label>
        )}
        <label className="flex items-center gap-1">
          Back-off
          <select className={SELECT} value={scenario.backoff} onChange={(e) => choose({ ...scenario, backoff: e.target.value as ReconcileScenario["backoff"] })}>
            <option value="one-step">one entry per rejection (Figure 2)</option>
            <option value="conflict-term">conflict-term hints (§5.3)</option>
          </select>
        </label>
      </div>
      <StepPlayer player={player} position={`step ${player.step} of ${total}`} />
      <InvariantBanner title={done ? `In line after ${run.result.roundTrips} round trip(s)` : scenarioTitle(scenario)} invariants={facts} />
      <div className="rounded-lg border border-line bg-surface p-2">
        <p className="min-h-6 px-1 text-sm" aria-live="off" data-testid="reconcile-message">
          {frame.message ? (
            <>
              <span className="font-semibold">{frame.message.kind === "reject" ? "✗ Rejected. " : frame.message.kind === "accept" ? "✓ Accepted. " : frame.message.kind === "send" ? "→ AppendEntries. " : ""}</span>
              {frame.message.text}
            </>
          ) : (
            "Press Step or Play: the leader sends its first AppendEntries from nextIndex = its last index + 1."
          )}
        </p>
        <div className="overflow-x-auto" tabIndex={0} role="region" aria-label="Leader and follower logs, scrolls sideways">
          <LogRows rows={rows} maxIndex={maxIndex} title={`Leader and follower logs at step ${player.step}`} />
        </div>
        <p className="px-1 text-xs text-muted">
          Cells show the term; ? = the entry the consistency check looks at, ✗ = conflict or deleted (dashed), + = appended.
        </p>
      </div>
      <EventLog lines={reconcileLogLines(run, player.step)} empty="The leader has sent nothing yet." />
      <ShareLink href={href} />
    </section>
  );
}

/** The registry's entry (components/sim/registry.tsx). */
export default stepSimEntry(ReconcileSim, RECONCILE_PRESET_NAMES, "figure-7");
