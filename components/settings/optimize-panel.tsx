"use client";

import { useCallback, useEffect, useState } from "react";
import { Button } from "@/components/ui/button";
import { panelClass } from "@/components/ui/panel";
import type { OptimizeStatus } from "@/lib/optimize/job";
import type { ParamsInUse } from "@/lib/optimize/params";

const fmt = (v: number) => v.toFixed(4);

/** Settings -> Optimize: fit FSRS to your own reviews, see whether it fits better, keep or reset. */
export function OptimizePanel({ initial, initialStatus }: { initial: ParamsInUse; initialStatus: OptimizeStatus }) {
  const [params, setParams] = useState(initial);
  const [status, setStatus] = useState<OptimizeStatus>(initialStatus);
  const [message, setMessage] = useState<string | null>(null);

  const poll = useCallback(async () => {
    const r = await fetch("/api/optimize", { cache: "no-store" });
    if (!r.ok) return;
    const body = (await r.json()) as { status: OptimizeStatus; params: ParamsInUse };
    setStatus(body.status);
    setParams(body.params);
  }, []);

  useEffect(() => {
    if (status.state !== "running") return;
    const t = setTimeout(poll, 400);
    return () => clearTimeout(t);
  }, [status, poll]);

  async function start() {
    setMessage(null);
    const r = await fetch("/api/optimize", { method: "POST" });
    const body = (await r.json()) as { status?: OptimizeStatus; error?: string };
    if (!r.ok || !body.status) return setMessage(body.error ?? "Optimize could not start.");
    setStatus(body.status);
  }

  async function reset() {
    if (!window.confirm("Go back to the default FSRS parameters? Future intervals will use them.")) return;
    const r = await fetch("/api/optimize/reset", { method: "POST" });
    const body = (await r.json()) as { params?: ParamsInUse; error?: string };
    if (!r.ok || !body.params) return setMessage(body.error ?? "Reset failed.");
    setParams(body.params);
    setMessage("Back to the default parameters.");
  }

  const running = status.state === "running";
  return (
    <section aria-labelledby="optimize-heading" className={panelClass("raised", "space-y-3")} data-testid="optimize-panel">
      <h2 id="optimize-heading" className="text-lg font-semibold">FSRS parameters</h2>
      <p className="text-sm text-muted">
        Optimize fits FSRS&apos;s 21 memory parameters to your own review history (undone grades left out) and keeps them only if
        they predict your past reviews better than the ones in use.
      </p>
      <p data-testid="params-in-use">
        In use:{" "}
        {params.fitted ? (
          <strong>
            fitted on {params.fitted.reviewCount} reviews, {new Date(params.fitted.fittedAt).toLocaleDateString()} (log loss {fmt(params.fitted.logLoss)}, RMSE{" "}
            {fmt(params.fitted.rmse)})
          </strong>
        ) : (
          <strong>the FSRS defaults</strong>
        )}
      </p>
      <details className="text-sm">
        <summary className="cursor-pointer text-muted">Show the 21 parameters</summary>
        <p className="mt-1 font-mono text-xs break-words">{params.weights.map((w) => w.toFixed(4)).join(", ")}</p>
      </details>
      <div className="flex flex-wrap gap-3">
        <Button variant="primary" onClick={start} disabled={running}>
          {running ? "Optimizing…" : "Optimize"}
        </Button>
        <Button onClick={reset} disabled={running || !params.fitted}>
          Reset to defaults
        </Button>
      </div>
      <div role="status" aria-live="polite" className="text-sm" data-testid="optimize-status">
        {status.state === "running" ? (
          <div className="space-y-1">
            <p>{status.phase === "reading" ? `Reading your review log… ${status.done} rows` : `Fitting… ${status.done} of ${status.total}`}</p>
            <progress className="w-full" max={status.total || 1} value={status.phase === "fitting" ? status.done : undefined} aria-label="Optimize progress" />
          </div>
        ) : status.state === "failed" ? (
          <p className="text-wrong">Optimize failed: {status.error}</p>
        ) : status.state === "done" && status.outcome.kind === "too-few" ? (
          <p>
            Not enough history yet: {status.outcome.reviewCount} reviews. Optimize needs {status.outcome.needed} more (at least{" "}
            {status.outcome.reviewCount + status.outcome.needed}).
          </p>
        ) : status.state === "done" && status.outcome.kind === "fitted" ? (
          <div className="space-y-2">
            <p>
              <strong>{status.kept ? "✓ Kept: the fitted parameters describe your reviews better." : "✗ Not kept: the parameters in use already fit your reviews as well or better."}</strong>
            </p>
            <table className="text-sm" data-testid="optimize-compare">
              <caption className="sr-only">Fit of the parameters on your {status.outcome.reviewCount} reviews (lower is better)</caption>
              <thead>
                <tr>
                  <th scope="col" className="pr-4 text-left">On {status.outcome.reviewCount} reviews</th>
                  <th scope="col" className="pr-4 text-right">Log loss</th>
                  <th scope="col" className="text-right">RMSE</th>
                </tr>
              </thead>
              <tbody>
                <tr>
                  <th scope="row" className="pr-4 text-left font-normal">Before (in use then)</th>
                  <td className="pr-4 text-right tabular-nums">{fmt(status.outcome.current.logLoss)}</td>
                  <td className="text-right tabular-nums">{fmt(status.outcome.current.rmse)}</td>
                </tr>
                <tr>
                  <th scope="row" className="pr-4 text-left font-normal">Fitted</th>
                  <td className="pr-4 text-right tabular-nums">{fmt(status.outcome.fitted.logLoss)}</td>
                  <td className="text-right tabular-nums">{fmt(status.outcome.fitted.rmse)}</td>
                </tr>
              </tbody>
            </table>
          </div>
        ) : null}
        {message ? <p>{message}</p> : null}
      </div>
    </section>
  );
}
