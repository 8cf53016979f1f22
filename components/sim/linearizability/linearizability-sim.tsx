"use client";
// The linearizability simulator: a register history drawn as client lanes, checked by the
// engine in a Web Worker (progress, Cancel, time limit → "unknown"), then replayed one
// linearization point at a time; a failing history ends on the operation that breaks it.
import { useEffect, useMemo, useRef, useState } from "react";
import { SELECT, StepPlayer } from "../shared/controls";
import { EventLog } from "../shared/event-log";
import { InvariantBanner } from "../shared/invariant-banner";
import { ShareLink } from "../shared/share-button";
import { stepSimEntry, useUrlState } from "../shared/step-sim";
import { useStepPlayer } from "../shared/use-step-player";
import { HistoryEditor } from "./history-editor";
import { HistoryLanes } from "./history-lanes";
import { HistoryPaste } from "./history-paste";
import { encodeHistory, type HistoryOp } from "./history";
import { useChecker } from "./use-checker";
import { readLinearizabilityQuery, writeLinearizabilityQuery, type HistorySource } from "./url-state";
import {
  LINEARIZABILITY_PRESETS,
  LINEARIZABILITY_PRESET_NAMES,
  buildHistoryView,
  describeBar,
  generatedHistory,
  logLines,
  stepCount,
  verdictSentence,
  verdictTitle,
  type LinearizabilityPreset,
} from "./view-model";

const BTN = "rounded-md border border-line-strong bg-surface-raised px-3 py-1.5 text-sm font-medium text-ink hover:bg-surface-sunken disabled:opacity-50";
const TIME_LIMITS = [1000, 10000, 30000, 60000];

export function LinearizabilitySim({ query = "", preset = "stale-read", embedded = false }: { query?: string; preset?: LinearizabilityPreset; embedded?: boolean }) {
  const initial = useMemo(() => readLinearizabilityQuery(query, preset), [query, preset]);
  const [source, setSource] = useState<HistorySource>(initial.source);
  const [ops, setOps] = useState<HistoryOp[]>(initial.ops);
  const [timeLimit, setTimeLimit] = useState(10000);
  const [seed, setSeed] = useState(initial.source.kind === "generated" ? initial.source.seed : 1);
  const [genVerdict, setGenVerdict] = useState<"ok" | "illegal">(initial.source.kind === "generated" ? initial.source.verdict : "illegal");
  const [tool, setTool] = useState<"none" | "build" | "paste">(initial.source.kind === "custom" ? "build" : "none");
  const { status, check, cancel } = useChecker();
  const key = useMemo(() => `${timeLimit}|${encodeHistory(ops)}`, [ops, timeLimit]);
  const summary = status.kind === "done" && status.key === key ? status.summary : null;
  const running = status.kind === "running" && status.key === key;
  const total = stepCount(summary);
  const player = useStepPlayer(total, initial.step ?? 0);
  const wantStep = useRef<number | null>(initial.step);
  const [selected, setSelected] = useState<number | null>(null);

  useEffect(() => {
    check(key, ops, timeLimit);
    // key covers ops and timeLimit
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [key, check]);

  // A fresh verdict is shown whole (or at the step a link asked for).
  useEffect(() => {
    if (!summary) return;
    player.setStep(wantStep.current ?? stepCount(summary));
    wantStep.current = null;
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [summary]);

  const load = (next: HistoryOp[], src: HistorySource) => {
    setOps(next);
    setSelected(null);
    setSource(src);
    player.reset();
  };
  const view = buildHistoryView(ops, summary, player.step);
  const q = writeLinearizabilityQuery(source, ops, player.step);
  const href = useUrlState("linearizability", q ?? "", embedded);
  const verdictFact =
    summary === null
      ? { name: "Linearizability", holds: null, detail: running ? "checking…" : status.kind === "error" ? status.message : "not checked yet" }
      : { name: "Linearizability", holds: summary.verdict === "unknown" ? null : summary.verdict === "ok", detail: verdictTitle(summary) };

  return (
    <section aria-label="Linearizability checker" className="space-y-3" data-sim-root="linearizability">
      <p className="text-sm text-muted" data-testid="history-source">
        {source.kind === "preset"
          ? `Preset: ${LINEARIZABILITY_PRESETS[source.preset].title}. ${LINEARIZABILITY_PRESETS[source.preset].text}`
          : source.kind === "generated"
            ? `A generated history (seed ${source.seed}, asked to be ${source.verdict === "ok" ? "linearizable" : "not linearizable"}).`
            : `Your history: ${source.label}.`}
      </p>
      {initial.error && (
        <p role="alert" className="rounded-md border border-warn px-3 py-2 text-sm text-warn">
          {initial.error}
        </p>
      )}
      <div className="flex flex-wrap items-end gap-3 rounded-lg border border-line bg-surface-raised p-3 text-sm">
        <label className="flex flex-col gap-1">
          Preset
          <select
            className={SELECT}
            value={source.kind === "preset" ? source.preset : ""}
            onChange={(e) => {
              const p = e.target.value as LinearizabilityPreset;
              if (p) load(LINEARIZABILITY_PRESETS[p].history.slice(), { kind: "preset", preset: p });
            }}
          >
            <option value="">(other)</option>
            {LINEARIZABILITY_PRESET_NAMES.map((p) => (
              <option key={p} value={p}>
                {LINEARIZABILITY_PRESETS[p].title}
              </option>
            ))}
          </select>
        </label>
        <fieldset className="flex items-end gap-1">
          <legend className="sr-only">Generate a history</legend>
          <label className="flex flex-col gap-1">
            Seed
            <input type="number" min={0} className={`${SELECT} w-20`} value={seed} onChange={(e) => setSeed(Math.max(0, Math.floor(Number(e.target.value) || 0)))} />
          </label>
          <label className="flex flex-col gap-1">
            Verdict
            <select className={SELECT} value={genVerdict} onChange={(e) => setGenVerdict(e.target.value as "ok" | "illegal")}>
              <option value="illegal">not linearizable</option>
              <option value="ok">linearizable</option>
            </select>
          </label>
          <button type="button" className={BTN} onClick={() => load(generatedHistory(seed, genVerdict), { kind: "generated", seed, verdict: genVerdict })}>
            Generate
          </button>
        </fieldset>
        <button type="button" className={BTN} aria-expanded={tool === "build"} onClick={() => setTool(tool === "build" ? "none" : "build")}>
          Build by hand
        </button>
        <button type="button" className={BTN} aria-expanded={tool === "paste"} onClick={() => setTool(tool === "paste" ? "none" : "paste")}>
          Paste or upload
        </button>
        <label className="flex flex-col gap-1">
          Time limit
          <select className={SELECT} value={timeLimit} onChange={(e) => setTimeLimit(Number(e.target.value))}>
            {TIME_LIMITS.map((t) => (
              <option key={t} value={t}>
                {t / 1000} s
              </option>
            ))}
          </select>
        </label>
      </div>
      {tool === "build" && (
        <div className="rounded-lg border border-line p-3">
          <HistoryEditor ops={ops} onChange={(next) => load(next, { kind: "custom", label: "built by hand" })} />
        </div>
      )}
      {tool === "paste" && (
        <div className="rounded-lg border border-line p-3">
          <HistoryPaste current={ops} onLoad={(next, label) => load(next, { kind: "custom", label })} />
        </div>
      )}
      <div className="flex flex-wrap items-center gap-3 text-sm" aria-live="polite">
        {running ? (
          <>
            <span data-testid="check-progress">
              Checking {ops.length} operations… {(status.kind === "running" ? status.steps : 0).toLocaleString("en")} search steps,{" "}
              {((status.kind === "running" ? status.elapsedMs : 0) / 1000).toFixed(1)} s of {timeLimit / 1000} s
            </span>
            <button type="button" className={BTN} onClick={cancel}>
              Cancel
            </button>
          </>
        ) : (
          <span className="text-muted">
            {ops.length} operations{summary ? `, ${summary.steps.toLocaleString("en")} search steps` : ""}.
          </span>
        )}
      </div>
      <InvariantBanner title={verdictTitle(summary, running)} invariants={[verdictFact]} />
      {summary && (
        <p className="text-sm text-ink" data-testid="verdict-explanation">
          {verdictSentence(ops, summary)}
        </p>
      )}
      <StepPlayer player={player} position={`step ${player.step} of ${total}`} />
      <div className="overflow-x-auto rounded-lg border border-line bg-surface p-2" tabIndex={0} role="region" aria-label="History lanes, scrolls sideways">
        {ops.length === 0 ? (
          <p className="p-4 text-sm text-muted">No operations: build a history, generate one or paste one.</p>
        ) : (
          <HistoryLanes view={view} selected={selected} onSelect={(i) => setSelected(selected === i ? null : i)} title={`History of ${ops.length} operations`} />
        )}
        <p className="px-1 text-xs text-muted">
          Numbered dots: linearization points in order (solid border = placed). ✗ with a dashed border: the operation that cannot be placed; dotted: others that could have gone next; … = never returned.
        </p>
      </div>
      <p aria-live="polite" className="min-h-5 text-sm text-ink" data-testid="selected-op">
        {selected !== null && view.bars[selected] ? describeBar(view.bars[selected]) : "Select an operation (click it, or Tab to it and press Enter) for its part in the verdict."}
      </p>
      <EventLog lines={logLines(ops, summary, player.step)} empty={running ? "Checking…" : "Step through the linearization once the check is done."} />
      {q === null ? <p className="text-sm text-muted">This history is too long for a link: use “Paste or upload”, then “Show the current history as JSON”, and share that instead.</p> : <ShareLink href={href} />}
    </section>
  );
}

/** The registry's entry (components/sim/registry.tsx). */
export default stepSimEntry(LinearizabilitySim, LINEARIZABILITY_PRESET_NAMES, "stale-read");
