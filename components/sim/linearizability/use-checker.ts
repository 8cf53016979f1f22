"use client";
// Runs the check in checker.worker.ts: progress while it searches, Cancel terminates the
// worker (the answer is then "unknown", never a guess), and a new check replaces an old one.
import { useCallback, useEffect, useRef, useState } from "react";
import type { CheckReply, CheckRequest } from "./checker.worker";
import type { HistoryOp } from "./history";
import type { CheckSummary } from "./view-model";

export type CheckStatus =
  | { kind: "idle" }
  | { kind: "running"; key: string; steps: number; elapsedMs: number }
  | { kind: "done"; key: string; summary: CheckSummary }
  | { kind: "error"; key: string; message: string };

export function useChecker() {
  const [status, setStatus] = useState<CheckStatus>({ kind: "idle" });
  const worker = useRef<Worker | null>(null);
  const seq = useRef(0);

  const stop = () => {
    worker.current?.terminate();
    worker.current = null;
  };

  const check = useCallback((key: string, ops: HistoryOp[], timeoutMs: number) => {
    stop();
    const id = ++seq.current;
    const w = new Worker(new URL("./checker.worker.ts", import.meta.url), { type: "module" });
    worker.current = w;
    setStatus({ kind: "running", key, steps: 0, elapsedMs: 0 });
    w.onmessage = (e: MessageEvent<CheckReply>) => {
      const r = e.data;
      if (r.id !== id) return;
      if (r.type === "progress") setStatus({ kind: "running", key, steps: r.steps, elapsedMs: r.elapsedMs });
      else {
        setStatus(r.type === "done" ? { kind: "done", key, summary: r.summary } : { kind: "error", key, message: r.message });
        w.terminate();
        if (worker.current === w) worker.current = null;
      }
    };
    w.onerror = (e) => {
      setStatus({ kind: "error", key, message: e.message || "the checker stopped unexpectedly" });
      w.terminate();
    };
    const request: CheckRequest = { id, ops, timeoutMs };
    w.postMessage(request);
  }, []);

  const cancel = useCallback(() => {
    stop();
    setStatus((s) =>
      s.kind === "running"
        ? {
            kind: "done",
            key: s.key,
            summary: { verdict: "unknown", reason: "cancelled", steps: s.steps, explanation: "Cancelled.", order: [], blocked: null },
          }
        : s,
    );
  }, []);

  useEffect(() => stop, []);
  return { status, check, cancel };
}
