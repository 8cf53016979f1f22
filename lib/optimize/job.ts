import { asSqlite, type SqliteSource } from "../sqlite-client";
import { fit, LOGS_SQL, saveParams, type FitOutcome, type LogRow } from "./fit";
import { paramsInUse } from "./params";

/**
 * The one Optimize run of this server process. Starting returns at once; the route answers 202 and
 * the settings page polls the status. Reading the log yields to the event loop every few thousand
 * rows and the fit runs on the addon's own thread, so reviews keep being served meanwhile.
 */
export type OptimizeStatus =
  | { state: "idle" }
  | { state: "running"; phase: "reading" | "fitting"; done: number; total: number; startedAt: string }
  | { state: "done"; outcome: FitOutcome; kept: boolean; finishedAt: string }
  | { state: "failed"; error: string; finishedAt: string };

const g = globalThis as unknown as { quorumOptimize?: { status: OptimizeStatus } };
const job = (g.quorumOptimize ??= { status: { state: "idle" } });

export function optimizeStatus(): OptimizeStatus {
  return job.status;
}

const CHUNK = 5_000;

async function readLogsYielding(src: SqliteSource, onRows: (n: number) => void): Promise<LogRow[]> {
  const rows: LogRow[] = [];
  const it = asSqlite(src).stmt(LOGS_SQL).iterate() as IterableIterator<LogRow>;
  for (const r of it) {
    rows.push(r);
    if (rows.length % CHUNK === 0) {
      onRows(rows.length);
      // better-sqlite3 iterators hold the statement: collect a chunk, then let other requests run.
      await new Promise((res) => setImmediate(res));
    }
  }
  return rows;
}

/** Starts a run unless one is going; returns the status either way. `now` stamps the stored result. */
export function startOptimize(src: SqliteSource, now: () => Date): OptimizeStatus {
  if (job.status.state === "running") return job.status;
  const startedAt = now().toISOString();
  job.status = { state: "running", phase: "reading", done: 0, total: 0, startedAt };
  void (async () => {
    try {
      const rows = await readLogsYielding(src, (n) => (job.status = { state: "running", phase: "reading", done: n, total: 0, startedAt }));
      const current = paramsInUse(src).weights;
      const outcome = await fit(rows, current, (done, total) => (job.status = { state: "running", phase: "fitting", done, total, startedAt }));
      const kept = outcome.kind === "fitted" && outcome.keep;
      if (outcome.kind === "fitted" && outcome.keep) saveParams(src, outcome.fitted.weights, outcome.fitted, outcome.reviewCount, now());
      job.status = { state: "done", outcome, kept, finishedAt: now().toISOString() };
    } catch (e) {
      job.status = { state: "failed", error: e instanceof Error ? e.message : String(e), finishedAt: now().toISOString() };
    }
  })();
  return job.status;
}

/** For tests: wait until the current run has finished. */
export async function settled(pollMs = 20): Promise<OptimizeStatus> {
  while (job.status.state === "running") await new Promise((r) => setTimeout(r, pollMs));
  return job.status;
}
