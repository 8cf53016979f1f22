"use client";

import { useMemo, type ReactNode } from "react";
import { EventLog } from "./event-log";
import { InvariantBanner } from "./invariant-banner";
import type { LogLine } from "./model";
import { Player } from "./controls";
import { QuestionOverlay } from "./question-overlay";
import { ShareLink } from "./share-button";
import type { SimRun } from "./use-sim-run";

export interface SimFrameProps<C, A, Cfg> {
  run: SimRun<C, A, Cfg>;
  mode: "page" | "embed";
  /** The preset picker or name, drawn in the header. */
  presetPicker?: ReactNode;
  /** The SVG drawing. */
  drawing: ReactNode;
  /** Simulator-specific controls (partition tool, drop rate, the selected server's actions...). */
  tools?: ReactNode;
  log?: LogLine[];
}

/**
 * The common layout of every simulator: header, drawing, player, invariant banner, tools,
 * question overlay, event log and share link. Each simulator supplies the drawing and tools.
 * The deliberate-bug switches are the run's `config.bugs`: turning one restarts the run with it.
 */
export function SimFrame<C, A, Cfg>({ run, mode, presetPicker, drawing, tools, log }: SimFrameProps<C, A, Cfg>) {
  const ctl = run.ctl;
  const model = ctl?.model;
  const bugs = (ctl?.config as { bugs?: Record<string, boolean> } | undefined)?.bugs;
  const onBug = (key: string, on: boolean) => {
    if (ctl) run.reset({ config: { ...ctl.config, bugs: { ...bugs, [key]: on } } });
  };
  // The event log is words for hundreds of events: while playing, rebuild it a few times a second, not every frame.
  const logTick = run.playing ? Math.floor(run.version / 12) : run.version;
  const logLines = useMemo(() => (log ?? (ctl ? ctl.model.log(ctl.c) : [])), [ctl, log, logTick]); // eslint-disable-line react-hooks/exhaustive-deps
  return (
    <div className="space-y-3" data-sim-frame={mode}>
      <div className="flex flex-wrap items-baseline justify-between gap-2">
        {presetPicker}
        {ctl ? <span className="text-xs text-muted tabular-nums">seed {ctl.seed}</span> : null}
      </div>
      {run.notice ? (
        <p role="alert" className="flex items-start justify-between gap-2 rounded border border-warn p-2 text-sm text-warn">
          <span>⚠ {run.notice}</span>
          <button type="button" className="underline" onClick={() => run.setNotice(null)}>
            Dismiss
          </button>
        </p>
      ) : null}
      {ctl && model ? (
        <>
          {/* contain: the drawing changes every frame; its layout and paint stay inside this box. */}
          <div className="relative contain-content">{drawing}</div>
          {run.asked ? (
            <QuestionOverlay asked={run.asked} result={run.asked.result} onAnswer={run.answer} onDone={run.dismiss} />
          ) : null}
          <Player
            playing={run.playing}
            onPlay={run.setPlaying}
            onStep={run.step}
            onReset={() => run.reset()}
            speed={run.speed}
            onSpeed={run.setSpeed}
            time={run.drawTime}
            start={ctl.start.time}
            end={ctl.frontier.time}
            onSeek={run.seek}
            disabled={run.asked !== null && run.asked.result === null}
          />
          <InvariantBanner invariants={model.invariants(ctl.c)} bugs={model.bugs} enabled={bugs} onBug={onBug} />
          {tools}
          <EventLog lines={logLines} />
          <ShareLink url={run.shareUrl} />
        </>
      ) : (
        <p className="text-muted">Starting the simulation…</p>
      )}
    </div>
  );
}
