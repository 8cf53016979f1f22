// The Raft simulator's SimModel: presets (each starts from the state the lesson describes),
// invariants, event log and "What happens next?" questions, all over lib/protocol's Raft
// driver. Pure: no React (tested in raft-model.test.ts).

import { createRaftCluster, type RaftAction, type RaftBugs, type RaftClusterSim, type RaftSnapshot } from "@/lib/protocol/raft";
import type { InvariantState, Question, SimModel } from "../shared/model";
import { raftActionWords, raftLogLines } from "./raft-words";

export interface RaftSimConfig {
  nodes: number; // 3, 5 or 7
  electionTimeout: [number, number];
  latency: [number, number];
  dropRate: number;
  bugs: Partial<RaftBugs>;
}

type C = RaftClusterSim;

export const RAFT_NODE_CHOICES = [3, 5, 7] as const;
export const RAFT_DROP_CHOICES = [0, 0.05, 0.1, 0.2, 0.3] as const;
/** Delay ranges the controls offer: with 50 ms heartbeats, all stay below the 150 ms minimum election timeout. */
export const RAFT_LATENCY_CHOICES: ReadonlyArray<[number, number]> = [
  [10, 20],
  [20, 40],
  [40, 80],
];

export const RAFT_INVARIANTS = ["Election Safety", "Leader Append-Only", "Log Matching", "Leader Completeness", "State Machine Safety"] as const;

/** Figure 8 is built by hand: elections happen only when you time a server out. */
const FIGURE_8_TIMEOUT: [number, number] = [100_000, 200_000];

export function raftDefaultConfig(preset: string): RaftSimConfig {
  return {
    nodes: 5,
    electionTimeout: preset === "figure-8" ? FIGURE_8_TIMEOUT : [150, 300],
    latency: [10, 20],
    dropRate: 0,
    bugs: {},
  };
}

const isInt = (x: unknown, lo: number, hi: number): x is number => typeof x === "number" && Number.isInteger(x) && x >= lo && x <= hi;
const isRange = (x: unknown): x is [number, number] => Array.isArray(x) && x.length === 2 && isInt(x[0], 0, 1_000_000) && isInt(x[1], 0, 1_000_000);
const isIdList = (x: unknown): x is number[] => Array.isArray(x) && x.length <= 9 && x.every((i) => isInt(i, 1, 9));

function parseConfig(raw: unknown, preset: string): RaftSimConfig | null {
  if (typeof raw !== "object" || raw === null) return null;
  const r = raw as Record<string, unknown>;
  const d = raftDefaultConfig(preset);
  const nodes = r.nodes ?? d.nodes;
  const et = r.electionTimeout ?? d.electionTimeout;
  const lat = r.latency ?? d.latency;
  const drop = r.dropRate ?? d.dropRate;
  const bugs = r.bugs ?? {};
  if (!isInt(nodes, 1, 9) || !isRange(et) || !isRange(lat) || typeof drop !== "number" || !(drop >= 0 && drop <= 1)) return null;
  if (typeof bugs !== "object" || bugs === null) return null;
  const b: Partial<RaftBugs> = {};
  for (const [k, v] of Object.entries(bugs)) {
    if (!["skipElectionRestriction", "commitPriorTermEntries", "voteTwice"].includes(k) || typeof v !== "boolean") return null;
    b[k as keyof RaftBugs] = v;
  }
  return { nodes, electionTimeout: et, latency: lat, dropRate: drop, bugs: b };
}

function parseAction(raw: unknown): RaftAction | null {
  if (typeof raw !== "object" || raw === null) return null;
  const a = raw as Record<string, unknown>;
  switch (a.type) {
    case "propose":
      return typeof a.command === "string" && a.command.length <= 40 && (a.to === undefined || isInt(a.to, 1, 9))
        ? a.to === undefined ? { type: "propose", command: a.command } : { type: "propose", command: a.command, to: a.to as number }
        : null;
    case "crash":
    case "restart":
    case "timeout":
      return isInt(a.id, 1, 9) ? { type: a.type, id: a.id } : null;
    case "dropMessage":
      return isInt(a.id, 0, Number.MAX_SAFE_INTEGER) ? { type: "dropMessage", id: a.id } : null;
    case "partition":
      return Array.isArray(a.groups) && a.groups.length <= 9 && a.groups.every(isIdList) ? { type: "partition", groups: a.groups as number[][] } : null;
    case "heal":
      return { type: "heal" };
    case "dropRate":
      return typeof a.p === "number" && a.p >= 0 && a.p <= 1 ? { type: "dropRate", p: a.p } : null;
    case "latency":
      return isRange(a.range) ? { type: "latency", range: a.range } : null;
    default:
      return null;
  }
}

// ---- presets: each builds the state its lesson describes ----

const waitLeader = (c: C, ms = 3000) => c.runUntil((x) => x.leader() !== null, ms);

function build(seed: number, preset: string, cfg: RaftSimConfig): C {
  const c = createRaftCluster({ nodes: cfg.nodes, seed, electionTimeout: cfg.electionTimeout, latency: cfg.latency, dropRate: cfg.dropRate, bugs: cfg.bugs, traceLimit: 2000 });
  const n = cfg.nodes;
  switch (preset) {
    case "split-vote":
      // Every server times out at once: each votes for itself, so nobody can win term 1.
      for (let id = 1; id <= n; id++) c.timeout(id);
      break;
    case "leader-crash": {
      if (n < 3) break;
      if (!waitLeader(c)) break;
      const l = c.leader()!;
      c.propose("x=1");
      c.propose("y=2");
      c.runUntil((x) => x.nodes().every((v) => !v.alive || v.commitIndex >= 2), 2000);
      // The newest entry reaches one follower only, then the leader stops.
      const f = l === 1 ? 2 : 1;
      c.partition([[l, f], Array.from({ length: n }, (_, i) => i + 1).filter((i) => i !== l && i !== f)]);
      c.propose("z=3");
      c.advance(60);
      c.crash(l);
      c.heal();
      break;
    }
    case "partition": {
      if (!waitLeader(c)) break;
      const l = c.leader()!;
      c.propose("x=1");
      c.runUntil((x) => x.nodes().every((v) => v.commitIndex >= 1), 2000);
      const f = l === 1 ? 2 : 1;
      const rest = Array.from({ length: n }, (_, i) => i + 1).filter((i) => i !== l && i !== f);
      c.partition([[l, f], rest]);
      break;
    }
    case "figure-8":
      if (n === 5) buildFigure8(c);
      break;
  }
  return c;
}

/** Figure 8 (a)–(c): S1 leads term 4 and has copied its term-2 entry to S2 and S3. Step (d) is the learner's. */
function buildFigure8(c: C): void {
  c.timeout(1);
  c.advance(100);
  c.propose("x", 1);
  c.advance(100);
  c.timeout(1); // (a) S1 leads term 2 and replicates index 2 only to S2
  c.advance(100);
  c.partition([[1, 2]]);
  c.propose("term-2 entry", 1);
  c.advance(100);
  c.crash(1); // (b) S5 wins term 3 with S3, S4 and takes a different entry at index 2
  c.partition([[3, 4, 5]]);
  c.timeout(5);
  c.advance(100);
  c.partition([[5]]);
  c.propose("term-3 entry", 5);
  c.advance(100);
  c.crash(5); // (c) S1 restarts and wins term 4 with S2, S3, then copies its term-2 entry to S3
  c.partition([[1, 2, 3]]);
  c.restart(1);
  c.timeout(1);
  c.advance(100);
  c.timeout(1);
  c.advance(200);
  c.heal();
}

// ---- questions ----

const serverChoices = (c: C, only?: (id: number) => boolean) =>
  c.nodes().filter((v) => (only ? only(v.id) : true)).map((v) => ({ id: String(v.id), text: `S${v.id}` }));

function firstLeader(fork: C, ms = 5000): { id: number; term: number } | null {
  if (!fork.runUntil((x) => x.leader() !== null, ms)) return null;
  const id = fork.leader()!;
  return { id, term: fork.node(id).term };
}

/** Who can win the next election: for each live server, a private copy where it times out first. */
function possibleWinners(c: C): number[] {
  const out: number[] = [];
  for (const v of c.nodes()) {
    if (!v.alive) continue;
    const f = c.fork();
    f.timeout(v.id);
    const term = f.node(v.id).term;
    f.runUntil((x) => x.nodes()[v.id - 1].role === "leader" || x.nodes().some((o) => o.term > term), 120);
    if (f.node(v.id).role === "leader" && f.node(v.id).term === term) out.push(v.id);
  }
  return out;
}

const list = (ids: number[]) => (ids.length ? ids.map((i) => `S${i}`).join(", ") : "none");

export function raftQuestions(preset: string): Question<C>[] {
  const qs: Question<C>[] = [];
  if (preset === "normal") {
    qs.push({
      id: "first-leader",
      at: 20,
      ask: (c) => (c.leader() === null ? { prompt: "No server has heard from a leader yet. Which server will become the first leader? (Watch the election timers.)", choices: serverChoices(c, (id) => c.node(id).alive) } : null),
      resolve: (f) => {
        const soonest = f.nodes().filter((v) => v.alive).sort((a, b) => a.electionDeadline - b.electionDeadline)[0];
        const w = firstLeader(f);
        if (!w) return { answer: [], explanation: "No leader was elected within 5 s of simulated time." };
        return {
          answer: [String(w.id)],
          explanation: `S${w.id} won term ${w.term}. S${soonest.id}'s timer was due first (t=${soonest.electionDeadline})${soonest.id === w.id ? ", so its vote requests reached the others before anyone else asked" : ", but messages were lost or slow, so another candidate got a majority first"}.`,
        };
      },
    });
  }
  if (preset === "split-vote") {
    qs.push({
      id: "after-split",
      at: 45,
      ask: (c) => (c.leader() === null ? { prompt: "Every server voted for itself, so nobody can win this term. Which server will become leader?", choices: serverChoices(c, (id) => c.node(id).alive) } : null),
      resolve: (f) => {
        const soonest = f.nodes().filter((v) => v.alive && v.role !== "leader").sort((a, b) => a.electionDeadline - b.electionDeadline)[0];
        const w = firstLeader(f);
        if (!w) return { answer: [], explanation: "No leader was elected within 5 s." };
        return {
          answer: [String(w.id)],
          explanation: `S${w.id} won term ${w.term}. Each server drew a fresh random timeout after the split; S${soonest.id}'s ran out first (t=${soonest.electionDeadline}), which is how randomization breaks the tie.`,
        };
      },
    });
  }
  if (preset === "leader-crash") {
    qs.push({
      id: "who-can-win",
      at: 0,
      multi: true,
      ask: (c) => ({
        prompt: "The leader stopped while its newest entry (z=3) had reached only one follower. Which servers can win the next election? (Choose all that apply.)",
        choices: serverChoices(c, (id) => c.node(id).alive),
      }),
      resolve: (f) => {
        const win = possibleWinners(f);
        return {
          answer: win.map(String),
          explanation: `Timing each server out first in a private copy of this run, ${list(win)} won. A voter refuses a candidate whose log is less up to date than its own (§5.4.1); z=3 is not committed, so a server without it can still collect a majority.`,
        };
      },
    });
    qs.push({
      id: "z-survives",
      at: 1,
      ask: (c) => (c.leader() === null ? { prompt: "Will the entry z=3 end up committed?", choices: [{ id: "yes", text: "Yes" }, { id: "no", text: "No, it will be overwritten" }] } : null),
      resolve: (f) => {
        const w = firstLeader(f);
        f.advance(500);
        const l = f.leader();
        const kept = l !== null && f.node(l).log.some((e) => e.command === "z=3") && f.node(l).commitIndex >= 3;
        return {
          answer: [kept ? "yes" : "no"],
          explanation: w
            ? `S${w.id} won term ${w.term}. ${kept ? "Its log held z=3, and once it commits an entry of its own term, z=3 commits with it." : "Its log did not hold z=3, so it overwrote the follower's copy: an uncommitted entry can be lost."}`
            : "No leader was elected in time.",
        };
      },
    });
  }
  if (preset === "partition") {
    qs.push({
      id: "old-leader-commits",
      at: 0,
      ask: (c) => {
        const l = c.leader();
        return l === null ? null : { prompt: `S${l} is cut off with one follower but still believes it leads. If a client sends it a request now, will that request be committed?`, choices: [{ id: "yes", text: "Yes" }, { id: "no", text: "No" }] };
      },
      resolve: (f) => {
        const l = f.leader()!;
        const r = f.propose("w=9", l);
        f.advance(1000);
        const ok = r.ok && f.nodes().some((v) => v.commitIndex >= r.index && v.log[r.index - 1]?.command === "w=9");
        return {
          answer: [ok ? "yes" : "no"],
          explanation: ok
            ? "It was committed: the old leader's side reached a majority."
            : `S${l} appended it, but only 2 of ${f.config.nodes} servers can store it: never a majority, so it is never committed. The other side elects its own leader.`,
        };
      },
    });
  }
  if (preset === "figure-8") {
    qs.push({
      id: "old-term-committed",
      at: 0,
      ask: (c) =>
        c.node(1).role === "leader"
          ? {
              prompt: "S1 leads term 4 and has copied its term-2 entry (index 2) to S2 and S3: a majority holds it. Will S1 count index 2 as committed?",
              choices: [{ id: "yes", text: "Yes: a majority stores it" }, { id: "no", text: "No: it is from an older term" }],
            }
          : null,
      resolve: (f) => {
        f.advance(50);
        const yes = f.node(1).commitIndex >= 2;
        return {
          answer: [yes ? "yes" : "no"],
          explanation: yes
            ? "S1 committed it by counting replicas: that is the bug switched on in the banner. Now stop S1, restart S5 and time S5 out twice to watch the banner catch the violation."
            : "A leader only commits entries of its own term by counting replicas (§5.4.2); older entries commit indirectly, when an entry of the current term after them does.",
        };
      },
    });
    qs.push({
      id: "s5-overwrites",
      at: 1,
      ask: (c) =>
        c.node(1).role === "leader"
          ? {
              prompt: "Suppose S1 stops now, S5 (whose log ends with a term-3 entry) restarts and times out. What will S2 hold at index 2 afterwards?",
              choices: [{ id: "2", text: "The term-2 entry" }, { id: "3", text: "S5's term-3 entry" }],
            }
          : null,
      resolve: (f) => {
        f.crash(1);
        f.partition([[2, 3, 4, 5]]);
        f.restart(5);
        f.timeout(5);
        f.advance(100);
        f.timeout(5);
        f.advance(300);
        const t = f.node(2).log[1]?.term ?? 0;
        return {
          answer: [String(t)],
          explanation:
            t === 3
              ? "S5's last term (3) beats S2's and S3's (2), so they vote for it, and as leader it overwrites index 2. That is safe only because the term-2 entry was never committed."
              : "S5 could not win: the others' logs were more up to date, so index 2 kept the term-2 entry.",
        };
      },
    });
  }
  return qs;
}

function invariants(c: C): InvariantState[] {
  const v = c.violations();
  return RAFT_INVARIANTS.map((name) => {
    const hit = v.find((m) => m.startsWith(`${name}:`));
    return { name, holds: !hit, detail: hit?.slice(name.length + 2) };
  });
}

export const raftModel: SimModel<C, RaftAction, RaftSimConfig> = {
  name: "raft",
  msPerSecond: 100,
  defaultConfig: raftDefaultConfig,
  parseConfig,
  parseAction,
  create: build,
  time: (c) => c.time,
  events: (c) => c.eventCount,
  advance: (c, ms) => c.advance(ms),
  stepEvent: (c) => c.stepEvent(),
  runTo: (c, events, time) => c.runTo(events, time),
  snapshot: (c) => c.snapshot(),
  restore: (c, s) => c.restore(s as RaftSnapshot),
  fork: (c) => c.fork(),
  apply: (c, a) => c.apply(a),
  invariants,
  log: (c) => raftLogLines(c.trace().slice(-400)), // the log shows the most recent events
  bugs: [
    { key: "commitPriorTermEntries", label: "commit old-term entries by counting replicas", explains: "what §5.4.2 and Figure 8 forbid" },
    { key: "skipElectionRestriction", label: "vote without comparing logs", explains: "drops §5.4.1's up-to-date check" },
    { key: "voteTwice", label: "vote twice in a term", explains: "a server grants every request of the current term" },
  ],
  questions: raftQuestions,
  describeAction: raftActionWords,
};
