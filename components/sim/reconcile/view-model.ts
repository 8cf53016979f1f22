// The reconcile simulator's view model: Figure 7's leader and followers (a)–(f), or a seeded
// divergent pair, walked into line by the engine's reconcile() one AppendEntries at a time.
// Step k shows the logs after the engine's first k records; rows of cells say index and term
// in words and numbers, so colour (term-n) is never the only cue.
import {
  FIGURE_7,
  describeReconcileStep,
  generateDivergentLogs,
  reconcile,
  type BackoffRule,
  type ReconcileResult,
  type ReconcileStep,
} from "@/lib/protocol";

export type FollowerName = keyof typeof FIGURE_7.followers;
export const FOLLOWER_NAMES = Object.keys(FIGURE_7.followers) as FollowerName[];

export type ReconcileScenario =
  | { source: "figure-7"; follower: FollowerName; backoff: BackoffRule }
  | { source: "random"; seed: number; backoff: BackoffRule };

export const RECONCILE_PRESETS = {
  "figure-7": { title: "Raft paper, Figure 7", text: "The term-8 leader repairs follower (f): missing entries and extra ones from terms 2 and 3." },
  "fast-backoff": { title: "Figure 7, conflict-term hints", text: "The same follower with §5.3's optimisation: one round trip per conflicting term." },
} as const;
export type ReconcilePreset = keyof typeof RECONCILE_PRESETS;
export const RECONCILE_PRESET_NAMES = Object.keys(RECONCILE_PRESETS) as ReconcilePreset[];

export function presetScenario(name: ReconcilePreset): ReconcileScenario {
  return { source: "figure-7", follower: "f", backoff: name === "fast-backoff" ? "conflict-term" : "one-step" };
}

export interface ReconcileRun {
  scenario: ReconcileScenario;
  leaderTerm: number;
  leader: number[];
  follower: number[];
  result: ReconcileResult;
}

export function runScenario(s: ReconcileScenario): ReconcileRun {
  const logs =
    s.source === "figure-7"
      ? { leader: [...FIGURE_7.leader], follower: [...FIGURE_7.followers[s.follower]], leaderTerm: FIGURE_7.leaderTerm }
      : generateDivergentLogs(s.seed);
  const result = reconcile(logs.leader, logs.follower, { leaderTerm: logs.leaderTerm, backoff: s.backoff });
  return { scenario: s, leaderTerm: logs.leaderTerm, leader: logs.leader, follower: logs.follower, result };
}

/** Steps of the replay: 0 is the start, k is after the engine's k-th record. */
export const stepCount = (run: ReconcileRun) => run.result.steps.length;

export type CellMark = "plain" | "probe" | "deleted" | "appended" | "conflict";

export interface Cell {
  index: number;
  term: number;
  mark: CellMark;
}

export interface ReconcileFrame {
  step: number;
  record: ReconcileStep | null;
  nextIndex: number;
  /** prevLogIndex of the AppendEntries in flight (or just answered); null before the first. */
  probe: number | null;
  leader: Cell[];
  follower: Cell[];
  /** Entries just deleted, drawn struck through after the follower's log. */
  removed: Cell[];
  message: { text: string; kind: "send" | "reject" | "accept" | "repair" | "done" } | null;
}

const cells = (log: ReadonlyArray<number>) => log.map((term, i): Cell => ({ index: i + 1, term, mark: "plain" }));

/** What the logs look like after `step` records. */
export function frameAt(run: ReconcileRun, step: number): ReconcileFrame {
  const steps = run.result.steps;
  const k = Math.max(0, Math.min(step, steps.length));
  const record = k === 0 ? null : steps[k - 1];
  let nextIndex = run.leader.length + 1;
  let probe: number | null = null;
  for (const s of steps.slice(0, k)) {
    if (s.kind === "send") {
      nextIndex = s.nextIndex;
      probe = s.prevLogIndex;
    } else if (s.kind === "reject") nextIndex = s.nextIndex;
    else if (s.kind === "done") nextIndex = s.nextIndex;
  }
  const followerLog = record ? record.follower : run.follower;
  const leader = cells(run.leader);
  const follower = cells(followerLog);
  let removed: Cell[] = [];
  let message: ReconcileFrame["message"] = null;
  if (record) {
    if (record.kind === "send" || record.kind === "reject" || record.kind === "accept") {
      const at = record.prevLogIndex;
      if (at > 0) {
        if (leader[at - 1]) leader[at - 1].mark = "probe";
        if (follower[at - 1]) follower[at - 1].mark = record.kind === "reject" ? "conflict" : "probe";
      }
    }
    if (record.kind === "truncate") removed = record.deleted.map((e) => ({ ...e, mark: "deleted" }));
    if (record.kind === "append") for (const e of record.appended) follower[e.index - 1].mark = "appended";
    const kind = record.kind === "truncate" || record.kind === "append" ? "repair" : record.kind;
    message = { text: describeReconcileStep(record), kind };
  }
  return { step: k, record, nextIndex, probe, leader, follower, removed, message };
}

export const reconcileLogLines = (run: ReconcileRun, step: number) =>
  run.result.steps.slice(0, step).map((s) => describeReconcileStep(s));

/** The banner: Raft's properties that reconciliation must keep (Figure 3), checked on the frame. */
export function reconcileInvariants(run: ReconcileRun, step: number): { name: string; holds: boolean; detail: string }[] {
  const frame = frameAt(run, step);
  const l = run.leader;
  const f = frame.follower.map((c) => c.term);
  let matching: string | null = null;
  for (let i = 0; i < Math.min(l.length, f.length) && !matching; i++) {
    if (l[i] === f[i] && l.slice(0, i).some((t, j) => t !== f[j])) matching = `both hold term ${l[i]} at index ${i + 1}, but differ before it`;
  }
  const accepted = run.result.steps.slice(0, frame.step).filter((s) => s.kind === "accept");
  const badAccept = accepted.find((s) => s.kind === "accept" && s.prevLogIndex > 0 && s.follower[s.prevLogIndex - 1] !== l[s.prevLogIndex - 1]);
  const done = frame.record?.kind === "done";
  return [
    { name: "Leader Append-Only", holds: true, detail: "the leader's log never changes during repair" },
    { name: "Log Matching", holds: matching === null, detail: matching ?? "same index and term means the same log up to there" },
    {
      name: "Consistency check",
      holds: badAccept === undefined,
      detail: badAccept ? "the follower accepted without a matching entry" : "the follower accepts only where its entry matches prevLogIndex/prevLogTerm",
    },
    {
      name: "Follower matches the leader",
      holds: done ? f.length >= l.length && l.every((t, i) => t === f[i]) : true,
      detail: done ? `after ${run.result.roundTrips} round trip(s)` : "not yet: repair in progress",
    },
  ];
}

export function scenarioTitle(s: ReconcileScenario): string {
  const rule = s.backoff === "one-step" ? "one entry per rejection" : "conflict-term hints (§5.3)";
  return s.source === "figure-7" ? `Figure 7, follower (${s.follower}), ${rule}` : `Random logs, seed ${s.seed}, ${rule}`;
}

/** Figure 7's other followers, drawn faintly for context. */
export function figure7Rows(): { name: FollowerName; cells: Cell[] }[] {
  return FOLLOWER_NAMES.map((name) => ({ name, cells: cells(FIGURE_7.followers[name]) }));
}
