// The linearizability check off the main thread, so a long search never freezes the page.
// In: { id, ops, timeoutMs }. Out: { id, type: "progress", steps, elapsedMs } while searching,
// then { id, type: "done", summary } or { id, type: "error", message }. Cancel = terminate().
import { casRegisterModel, checkOperations } from "@/lib/protocol";
import { toEngineHistory, type HistoryOp } from "./history";
import { summarizeResult } from "./view-model";

export interface CheckRequest {
  id: number;
  ops: HistoryOp[];
  timeoutMs: number;
}

export type CheckReply =
  | { id: number; type: "progress"; steps: number; elapsedMs: number }
  | { id: number; type: "done"; summary: import("./view-model").CheckSummary }
  | { id: number; type: "error"; message: string };

const post = (reply: CheckReply) => (self as unknown as { postMessage(m: CheckReply): void }).postMessage(reply);

self.onmessage = (e: MessageEvent<CheckRequest>) => {
  const { id, ops, timeoutMs } = e.data;
  const start = performance.now();
  // The engine polls its clock every 4,096 search steps: each poll is a progress report.
  let polls = 0;
  let lastReport = start;
  const now = () => {
    const t = performance.now();
    polls++;
    if (t - lastReport > 100) {
      lastReport = t;
      post({ id, type: "progress", steps: polls * 4096, elapsedMs: t - start });
    }
    return t;
  };
  try {
    const result = checkOperations(casRegisterModel, toEngineHistory(ops), { timeoutMs, now });
    post({ id, type: "done", summary: summarizeResult(result) });
  } catch (err) {
    post({ id, type: "error", message: err instanceof Error ? err.message : String(err) });
  }
};
