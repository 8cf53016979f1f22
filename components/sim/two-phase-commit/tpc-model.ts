// The two-phase commit simulator's SimModel over lib/protocol's 2PC driver.
import {
  COORDINATOR_CRASH_POINTS, replayTwoPhaseCommit,
  type CoordinatorCrashPoint, type TpcAction, type TpcBugs, type TpcConfig, type TpcSnapshot, type TwoPhaseCommit, type Vote,
} from "@/lib/protocol/two-phase-commit";
import { applyCommon, engineRun, invariantsFrom, isInt, matches, parseMessageAction, parseNodeAction, traceLog } from "../shared/engine-model";
import type { InvariantState, LogLine, Question, SimModel } from "../shared/model";

type C = TwoPhaseCommit;

export interface TpcSimConfig {
  participants: number;
  votes: Vote[];
  /** Where the coordinator crashes (armed at the start), if anywhere. */
  crashAt: CoordinatorCrashPoint | null;
  cooperativeTermination: boolean;
  bugs: Partial<TpcBugs>;
}

export const TPC_INVARIANTS = ["Atomicity: no one commits while another aborts", "No outcome is ever reversed", "Commit only if every participant voted YES"] as const;

export const TPC_CRASH_WORDS: Record<CoordinatorCrashPoint, string> = {
  "before-prepare": "before sending PREPARE",
  "after-votes": "after the votes are in, before logging a decision",
  "after-decision-logged": "after logging the decision, before sending it",
  "mid-broadcast": "after the decision reached one participant",
};

export function tpcDefaultConfig(preset: string): TpcSimConfig {
  const base: TpcSimConfig = { participants: 3, votes: ["yes", "yes", "yes"], crashAt: null, cooperativeTermination: false, bugs: {} };
  switch (preset) {
    case "participant-votes-no":
      return { ...base, votes: ["yes", "no", "yes"] };
    case "coordinator-crash":
      return { ...base, crashAt: "after-decision-logged" };
    case "mid-broadcast":
      return { ...base, crashAt: "mid-broadcast" };
    default:
      return base;
  }
}


function parseConfig(raw: unknown, preset: string): TpcSimConfig | null {
  if (typeof raw !== "object" || raw === null) return null;
  const r = { ...tpcDefaultConfig(preset), ...(raw as Record<string, unknown>) } as Record<string, unknown>;
  if (!isInt(r.participants, 1, 8)) return null;
  if (!Array.isArray(r.votes) || r.votes.length > r.participants || !r.votes.every((v) => v === "yes" || v === "no")) return null;
  if (r.crashAt !== null && !COORDINATOR_CRASH_POINTS.includes(r.crashAt as CoordinatorCrashPoint)) return null;
  if (typeof r.cooperativeTermination !== "boolean") return null;
  const bugs = r.bugs as Record<string, unknown>;
  if (typeof bugs !== "object" || bugs === null || Object.entries(bugs).some(([k, v]) => k !== "inDoubtTimeoutAborts" || typeof v !== "boolean")) return null;
  return { participants: r.participants, votes: r.votes as Vote[], crashAt: r.crashAt as CoordinatorCrashPoint | null, cooperativeTermination: r.cooperativeTermination, bugs: bugs as Partial<TpcBugs> };
}

function parseAction(raw: unknown): TpcAction | null {
  if (typeof raw !== "object" || raw === null) return null;
  const a = raw as Record<string, unknown>;
  const at = 0;
  switch (a.kind) {
    case "begin":
      return { at, kind: "begin" };
    case "inject-crash":
      return isInt(a.node, 1, 1) && COORDINATOR_CRASH_POINTS.includes(a.point as CoordinatorCrashPoint) ? { at, kind: "inject-crash", node: 1, point: a.point as CoordinatorCrashPoint } : null;
    default:
      return parseNodeAction(a, 9) ?? parseMessageAction(a);
  }
}

function apply(c: C, a: TpcAction): void {
  if (a.kind === "begin") c.begin();
  else if (a.kind === "inject-crash") c.injectCrash(a.node, a.point);
  else applyCommon(c, a);
}

function create(seed: number, _preset: string, cfg: TpcSimConfig): C {
  const config: TpcConfig = {
    seed, participants: cfg.participants, votes: cfg.votes, cooperativeTermination: cfg.cooperativeTermination, bugs: cfg.bugs,
    crashes: cfg.crashAt ? [{ node: 1, at: cfg.crashAt }] : [],
  };
  // Every preset starts the transaction at once: the client asks the coordinator to commit.
  return replayTwoPhaseCommit(config, [{ at: 0, kind: "begin" }]);
}

function invariants(c: C): InvariantState[] {
  return invariantsFrom(TPC_INVARIANTS, c.violations(), [matches(/atomicity broken|but the coordinator decided/), matches(/reversed|logged both/), matches(/commit without a YES/)]);
}

const log = (c: C): LogLine[] => traceLog(c.trace);

const statusOf = (f: C, id: number) => f.participants().find((p) => p.id === id)!;

export function tpcQuestions(preset: string): Question<C>[] {
  const qs: Question<C>[] = [];
  if (preset === "coordinator-crash") {
    qs.push({
      id: "decide-alone",
      at: 100,
      ask: (c) =>
        !c.coordinator().alive && c.inDoubt().includes(2)
          ? {
              prompt: "The coordinator logged its decision and crashed before sending it. P2 voted YES. Can P2 decide on its own?",
              choices: [
                { id: "commit", text: "Yes: it commits" },
                { id: "abort", text: "Yes: it aborts" },
                { id: "wait", text: "No: it stays blocked until it learns the decision" },
              ],
            }
          : null,
      resolve: (f) => {
        f.advance(2000);
        const p = statusOf(f, 2);
        const a = p.inDoubt ? "wait" : p.status === "committed" ? "commit" : "abort";
        return {
          answer: [a],
          explanation:
            a === "wait"
              ? "Two seconds later P2 is still in doubt, holding its locks: having voted YES it may not abort (the others may have committed), and it cannot commit (someone may have voted NO). Only the coordinator's log knows."
              : `P2 ${p.status} without the coordinator${f.config.bugs.inDoubtTimeoutAborts ? ": that is the deliberate bug (giving up after a timeout), and the banner shows what it can cost" : ""}.`,
        };
      },
    });
    qs.push({
      id: "after-recovery",
      at: 101,
      ask: (c) =>
        !c.coordinator().alive && c.coordinator().decision !== null
          ? {
              prompt: "Suppose the coordinator restarts now. What will the participants end up doing?",
              choices: [
                { id: "committed", text: "All commit" },
                { id: "aborted", text: "All abort" },
                { id: "in-doubt", text: "They stay blocked" },
              ],
            }
          : null,
      resolve: (f) => {
        const d = f.coordinator().decision;
        f.restart(1);
        f.advance(1000);
        const o = f.outcome();
        return {
          answer: [o === "undecided" ? "in-doubt" : o],
          explanation: `The coordinator's write-ahead log says ${d?.toUpperCase()}: on restart it re-sends that decision, so every participant ends ${o}.`,
        };
      },
    });
  }
  if (preset === "participant-votes-no") {
    qs.push({
      id: "one-no",
      at: 0,
      ask: () => ({
        prompt: "P3 will vote NO; P2 and P4 vote YES. What will P2 end up doing?",
        choices: [
          { id: "committed", text: "Commit" },
          { id: "aborted", text: "Abort" },
          { id: "blocked", text: "Stay blocked" },
        ],
      }),
      resolve: (f) => {
        f.advance(1000);
        const p = statusOf(f, 2);
        const a = p.inDoubt ? "blocked" : p.status;
        return { answer: [a], explanation: `P2 ${a === "blocked" ? "is still in doubt" : p.status}: a single NO makes the coordinator decide ABORT, and everyone follows the coordinator's decision.` };
      },
    });
  }
  if (preset === "mid-broadcast") {
    qs.push({
      id: "who-blocked",
      at: 100,
      multi: true,
      ask: (c) =>
        !c.coordinator().alive
          ? { prompt: "The coordinator crashed while sending its decision. Which participants are blocked now? (Choose all that apply.)", choices: c.participants().map((p) => ({ id: String(p.id), text: `P${p.id}` })) }
          : null,
      resolve: (f) => {
        f.advance(300);
        const blocked = f.inDoubt();
        return {
          answer: blocked.map(String),
          explanation: `${blocked.length ? blocked.map((i) => `P${i}`).join(", ") : "Nobody"} ${blocked.length === 1 ? "is" : "are"} blocked: the one that received the decision knows the outcome; the others voted YES and can only wait${f.config.cooperativeTermination ? " (with cooperative termination they could ask the one who knows)" : ""}.`,
        };
      },
    });
  }
  return qs;
}

export const tpcModel: SimModel<C, TpcAction, TpcSimConfig> = {
  name: "two-phase-commit",
  msPerSecond: 60,
  defaultConfig: tpcDefaultConfig,
  parseConfig,
  parseAction,
  create,
  ...engineRun<C, TpcSnapshot>(),
  apply,
  invariants,
  log,
  bugs: [{ key: "inDoubtTimeoutAborts", label: "in-doubt participants give up and abort", explains: "the tempting fix for blocking: abort after a timeout" }],
  questions: tpcQuestions,
  describeAction: (a) => a.kind,
};
