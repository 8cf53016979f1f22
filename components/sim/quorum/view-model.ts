// The quorum simulator's view model. A run is a preset plus the learner's actions (change a
// size, crash or restart a replica, draw two quorums at random or in the worst case); the
// engine's quorum arithmetic says what overlaps and what each choice survives, and a seeded
// rng picks the drawn quorums, so a share link (seed + actions) draws the same sets.
import {
  analyzeFlexiblePaxos,
  analyzeReplicaQuorums,
  byzantineFaultsTolerated,
  createRng,
  epaxosQuorums,
  majority,
} from "@/lib/protocol";

export type QuorumMode = "replication" | "paxos" | "byzantine" | "epaxos";

export interface QuorumConfig {
  mode: QuorumMode;
  n: number;
  /** replication: W; paxos: Q1; byzantine: quorum size Q; epaxos: unused. */
  a: number;
  /** replication: R; paxos: Q2; byzantine: f; epaxos: unused. */
  b: number;
}

export type QuorumAction =
  | { k: "set"; field: "n" | "a" | "b"; value: number }
  | { k: "mode"; mode: QuorumMode }
  | { k: "crash"; node: number }
  | { k: "restart"; node: number }
  | { k: "draw" }
  | { k: "worst" };

export const MAX_NODES = 9;

export const QUORUM_PRESETS = {
  majority: { title: "Majorities", text: "Five replicas, writes and reads on majorities of three.", config: { mode: "replication", n: 5, a: 3, b: 3 } },
  "stale-reads": { title: "W + R ≤ N", text: "N = 3, W = 1, R = 1: fast, and a read can miss the last write.", config: { mode: "replication", n: 3, a: 1, b: 1 } },
  "flexible-paxos": { title: "Flexible Paxos", text: "N = 5: replicate on 2 (phase 2) if elections gather 4 (phase 1).", config: { mode: "paxos", n: 5, a: 4, b: 2 } },
  epaxos: { title: "EPaxos", text: "N = 5 (F = 2): fast-path quorum of 3, slow path on a majority of 3.", config: { mode: "epaxos", n: 5, a: 3, b: 3 } },
  byzantine: { title: "Byzantine", text: "f = 1 lying replica: N = 3f + 1 = 4, quorums of 2f + 1 = 3, overlap f + 1 = 2.", config: { mode: "byzantine", n: 4, a: 3, b: 1 } },
} as const satisfies Record<string, { title: string; text: string; config: QuorumConfig }>;

export type QuorumPreset = keyof typeof QUORUM_PRESETS;
export const QUORUM_PRESET_NAMES = Object.keys(QUORUM_PRESETS) as QuorumPreset[];
export const DEFAULT_QUORUM_PRESET: QuorumPreset = "majority";

export const MODE_NAMES: Record<QuorumMode, string> = {
  replication: "Read/write quorums (N, W, R)",
  paxos: "Paxos phases (N, Q1, Q2)",
  byzantine: "Byzantine (N, f, Q)",
  epaxos: "EPaxos fast path (N)",
};

/** Labels of the two sizes per mode. */
export function fieldNames(mode: QuorumMode): { a: string; b: string } | null {
  if (mode === "replication") return { a: "W (write quorum)", b: "R (read quorum)" };
  if (mode === "paxos") return { a: "Q1 (phase 1)", b: "Q2 (phase 2)" };
  if (mode === "byzantine") return { a: "Q (quorum)", b: "f (liars)" };
  return null;
}

/** The sizes of the two quorums drawn: [first, second] with their names. */
export function quorumSizes(c: QuorumConfig): { first: { size: number; name: string; short: string }; second: { size: number; name: string; short: string } } {
  if (c.mode === "replication") return { first: { size: c.a, name: "write quorum", short: "W" }, second: { size: c.b, name: "read quorum", short: "R" } };
  if (c.mode === "paxos") return { first: { size: c.a, name: "phase-1 quorum", short: "1" }, second: { size: c.b, name: "phase-2 quorum", short: "2" } };
  if (c.mode === "byzantine") return { first: { size: c.a, name: "quorum A", short: "A" }, second: { size: c.a, name: "quorum B", short: "B" } };
  const e = epaxosQuorums(c.n);
  return { first: { size: e.fast, name: "fast-path quorum", short: "F" }, second: { size: e.slow, name: "recovery majority", short: "M" } };
}

function clamp(c: QuorumConfig): QuorumConfig {
  let n = Math.max(1, Math.min(MAX_NODES, c.n));
  if (c.mode === "epaxos") {
    n = Math.max(3, n % 2 === 0 ? n - 1 : n);
    const e = epaxosQuorums(n);
    return { mode: c.mode, n, a: e.fast, b: e.slow };
  }
  if (c.mode === "byzantine") {
    const f = Math.max(0, Math.min(c.b, Math.floor((n - 1) / 2)));
    return { mode: c.mode, n, a: Math.max(1, Math.min(n, c.a)), b: f };
  }
  return { mode: c.mode, n, a: Math.max(1, Math.min(n, c.a)), b: Math.max(1, Math.min(n, c.b)) };
}

function defaultsFor(mode: QuorumMode, n: number): QuorumConfig {
  if (mode === "byzantine") {
    const f = byzantineFaultsTolerated(Math.max(1, n));
    return clamp({ mode, n, a: 2 * f + 1, b: f });
  }
  const m = majority(n);
  return clamp({ mode, n, a: m, b: m });
}

export interface QuorumDraw {
  kind: "random" | "worst";
  first: number[] | null;
  second: number[] | null;
  shared: number[];
  sentence: string;
}

export interface QuorumState {
  config: QuorumConfig;
  down: number[];
  draw: QuorumDraw | null;
  log: string[];
}

const C = (n: number, k: number): number => {
  if (k < 0 || k > n) return 0;
  let r = 1;
  for (let i = 1; i <= k; i++) r = (r * (n - k + i)) / i;
  return Math.round(r);
};

const list = (xs: number[]) => `{${xs.join(", ")}}`;

/** A seeded pick of `size` nodes among `from`, or null if too few are up. */
function pick(from: number[], size: number, rng: ReturnType<typeof createRng>): number[] | null {
  if (from.length < size) return null;
  const pool = from.slice();
  for (let i = pool.length - 1; i > 0; i--) {
    const j = rng.int(0, i);
    [pool[i], pool[j]] = [pool[j], pool[i]];
  }
  return pool.slice(0, size).sort((x, y) => x - y);
}

function drawQuorums(c: QuorumConfig, down: number[], kind: "random" | "worst", seed: number, drawNo: number): QuorumDraw {
  const up = Array.from({ length: c.n }, (_, i) => i + 1).filter((x) => !down.includes(x));
  const { first, second } = quorumSizes(c);
  let a: number[] | null;
  let b: number[] | null;
  if (kind === "worst") {
    // As far apart as the sizes allow: one from the low ids, one from the high ids (live or not:
    // the worst case is about which sets can exist at all).
    a = Array.from({ length: first.size }, (_, i) => i + 1);
    b = Array.from({ length: second.size }, (_, i) => c.n - second.size + i + 1);
  } else {
    const rng = createRng((seed * 1000003 + drawNo * 7919) >>> 0);
    a = pick(up, first.size, rng);
    b = pick(up, second.size, rng);
  }
  if (!a || !b) {
    const which = !a ? first : second;
    return { kind, first: a, second: b, shared: [], sentence: `Only ${up.length} replica(s) are up: no ${which.name} of ${which.size} can form.` };
  }
  const shared = a.filter((x) => b!.includes(x));
  const pre = kind === "worst" ? "Worst case" : "Drew";
  const what = `${pre}: ${first.name} ${list(a)} and ${second.name} ${list(b)}`;
  let verdict: string;
  if (c.mode === "byzantine") {
    const f = c.b;
    verdict =
      shared.length >= f + 1
        ? `share ${shared.length} replica(s) ${list(shared)}; even if ${f} of them lie, one honest replica is in both.`
        : shared.length === 0
          ? "share no replica: two conflicting decisions can both gather a quorum."
          : `share only ${shared.length} replica(s) ${list(shared)}: all of them could be among the ${f} liars.`;
  } else {
    verdict = shared.length > 0 ? `share ${list(shared)}, so the second learns what the first did.` : "share no replica: the second cannot see what the first did.";
  }
  return { kind, first: a, second: b, shared, sentence: `${what} ${verdict}` };
}

function describeAction(a: Exclude<QuorumAction, { k: "draw" | "worst" }>, after: QuorumConfig): string {
  switch (a.k) {
    case "mode":
      return `Switched to ${MODE_NAMES[a.mode]}: N = ${after.n}.`;
    case "set": {
      const names = fieldNames(after.mode);
      const name = a.field === "n" ? "N" : a.field === "a" ? names?.a : names?.b;
      const value = a.field === "n" ? after.n : after[a.field];
      return `${name ?? a.field} set to ${value}${value !== a.value ? ` (asked ${a.value}, allowed range applies)` : ""}.`;
    }
    case "crash":
      return `Replica ${a.node} crashed.`;
    case "restart":
      return `Replica ${a.node} restarted.`;
  }
}

/** Replays a preset and the learner's actions (the first `step` of them) into a state with its log. */
export function quorumState(preset: QuorumPreset, actions: QuorumAction[], seed: number, step = actions.length): QuorumState {
  let config: QuorumConfig = clamp({ ...QUORUM_PRESETS[preset].config });
  let down: number[] = [];
  let draw: QuorumDraw | null = null;
  const log: string[] = [];
  let draws = 0;
  actions.slice(0, step).forEach((a) => {
    if (a.k === "mode") {
      config = defaultsFor(a.mode, a.mode === "byzantine" ? Math.max(4, config.n) : config.n);
      draw = null;
    } else if (a.k === "set") {
      config = clamp({ ...config, [a.field]: a.value });
      down = down.filter((x) => x <= config.n);
      draw = null;
    } else if (a.k === "crash") {
      if (a.node >= 1 && a.node <= config.n && !down.includes(a.node)) down = [...down, a.node].sort((x, y) => x - y);
    } else if (a.k === "restart") {
      down = down.filter((x) => x !== a.node);
    } else {
      draw = drawQuorums(config, down, a.k === "worst" ? "worst" : "random", seed, draws++);
      log.push(draw.sentence);
      return;
    }
    log.push(describeAction(a, config));
  });
  return { config, down, draw, log };
}

export interface QuorumFact {
  name: string;
  holds: boolean;
  detail: string;
}

/** The banner: each safety property of the chosen sizes, and what the replicas up can still do. */
export function quorumInvariants(state: QuorumState): QuorumFact[] {
  const c = state.config;
  const up = c.n - state.down.length;
  if (c.mode === "replication") {
    const q = analyzeReplicaQuorums({ n: c.n, w: c.a, r: c.b });
    return [
      { name: "Reads meet writes (W + R > N)", holds: q.readWriteOverlap, detail: `${c.a} + ${c.b} ${q.readWriteOverlap ? ">" : "≤"} ${c.n}; overlap at least ${q.minReadWriteOverlap}` },
      { name: "Writes meet writes (W > N/2)", holds: q.writeWriteOverlap, detail: `W = ${c.a}, N/2 = ${c.n / 2}` },
      { name: "Writes possible now", holds: up >= c.a, detail: `${up} up, W = ${c.a}` },
      { name: "Reads possible now", holds: up >= c.b, detail: `${up} up, R = ${c.b}` },
    ];
  }
  if (c.mode === "paxos") {
    const q = analyzeFlexiblePaxos({ n: c.n, q1: c.a, q2: c.b });
    return [
      { name: "Phase 1 meets phase 2 (Q1 + Q2 > N)", holds: q.safe, detail: `${c.a} + ${c.b} ${q.safe ? ">" : "≤"} ${c.n}` },
      { name: "Leader election possible now", holds: up >= c.a, detail: `${up} up, Q1 = ${c.a}` },
      { name: "Replication possible now", holds: up >= c.b, detail: `${up} up, Q2 = ${c.b}` },
    ];
  }
  if (c.mode === "byzantine") {
    const f = c.b;
    const overlap = 2 * c.a - c.n;
    return [
      { name: "Two quorums share an honest replica (2Q − N ≥ f + 1)", holds: overlap >= f + 1, detail: `2·${c.a} − ${c.n} = ${overlap}, f + 1 = ${f + 1}` },
      { name: "A quorum forms with f replicas silent (Q ≤ N − f)", holds: c.a <= c.n - f, detail: `Q = ${c.a}, N − f = ${c.n - f}` },
      { name: "Quorum possible now", holds: up >= c.a, detail: `${up} up, Q = ${c.a}` },
    ];
  }
  const e = epaxosQuorums(c.n);
  return [
    { name: "Slow-path majorities intersect (2(F + 1) > N)", holds: 2 * e.slow > c.n, detail: `2·${e.slow} > ${c.n}` },
    {
      name: "A recovery majority meets every fast quorum",
      holds: e.fast + e.slow - c.n >= 1,
      detail: `in at least ${e.fast + e.slow - c.n} replica(s) (F + ⌊(F+1)/2⌋ + F + 1 − N)`,
    },
    { name: "Fast path possible now", holds: up >= e.fast, detail: `${up} up, fast quorum ${e.fast}` },
    { name: "Slow path possible now", holds: up >= e.slow, detail: `${up} up, majority ${e.slow}` },
  ];
}

/** Counts over every pair of quorums of the two sizes, and the failures each size survives. */
export function quorumFacts(c: QuorumConfig): { pairs: number; disjoint: number; sentence: string; survives: { name: string; failures: number }[] } {
  const { first, second } = quorumSizes(c);
  const pairs = C(c.n, first.size) * C(c.n, second.size);
  let bad = 0;
  const need = c.mode === "byzantine" ? c.b + 1 : 1;
  for (let k = 0; k < need; k++) bad += C(c.n, first.size) * C(first.size, k) * C(c.n - first.size, second.size - k);
  const what = c.mode === "byzantine" ? `share fewer than f + 1 = ${need} replicas` : "share no replica";
  const sentence =
    bad === 0
      ? `Every one of the ${pairs} pairs (${first.name}, ${second.name}) overlaps${c.mode === "byzantine" ? ` in at least ${need} replicas` : ""}.`
      : `${bad} of the ${pairs} pairs (${first.name}, ${second.name}) ${what}.`;
  const survives =
    c.mode === "byzantine"
      ? [{ name: `quorum of ${c.a} (silent or crashed replicas)`, failures: c.n - c.a }]
      : [
          { name: `${first.name} of ${first.size}`, failures: c.n - first.size },
          { name: `${second.name} of ${second.size}`, failures: c.n - second.size },
        ];
  return { pairs, disjoint: bad, sentence, survives };
}

// ---- the ring drawing ----

export interface RingNode {
  id: number;
  x: number;
  y: number;
  up: boolean;
  inFirst: boolean;
  inSecond: boolean;
  title: string;
}

export function buildRing(state: QuorumState, size = 260): { size: number; nodes: RingNode[] } {
  const { n } = state.config;
  const r = size / 2 - 34;
  const { first, second } = quorumSizes(state.config);
  const nodes = Array.from({ length: n }, (_, i): RingNode => {
    const id = i + 1;
    const angle = -Math.PI / 2 + (2 * Math.PI * i) / n;
    const up = !state.down.includes(id);
    const inFirst = state.draw?.first?.includes(id) ?? false;
    const inSecond = state.draw?.second?.includes(id) ?? false;
    const member = [inFirst ? first.name : null, inSecond ? second.name : null].filter(Boolean).join(" and ");
    return {
      id,
      x: size / 2 + r * Math.cos(angle),
      y: size / 2 + r * Math.sin(angle),
      up,
      inFirst,
      inSecond,
      title: `Replica ${id}, ${up ? "up" : "down"}${member ? `, in the ${member}` : ""}`,
    };
  });
  return { size, nodes };
}

// ---- share links ----

export function encodeQuorumActions(actions: QuorumAction[]): string {
  return actions
    .map((a) =>
      a.k === "set" ? `${a.field}${a.value}` : a.k === "mode" ? `m${a.mode[0]}` : a.k === "crash" ? `x${a.node}` : a.k === "restart" ? `u${a.node}` : a.k === "draw" ? "d" : "w",
    )
    .join(".");
}

const MODE_BY_LETTER: Record<string, QuorumMode> = { r: "replication", p: "paxos", b: "byzantine", e: "epaxos" };

export function decodeQuorumActions(text: string): QuorumAction[] | null {
  if (text === "") return [];
  const out: QuorumAction[] = [];
  for (const t of text.split(".")) {
    let m: RegExpExecArray | null;
    if ((m = /^([nab])(\d{1,2})$/.exec(t))) out.push({ k: "set", field: m[1] as "n" | "a" | "b", value: Number(m[2]) });
    else if ((m = /^m([rpbe])$/.exec(t))) out.push({ k: "mode", mode: MODE_BY_LETTER[m[1]] });
    else if ((m = /^([xu])(\d)$/.exec(t))) out.push({ k: m[1] === "x" ? "crash" : "restart", node: Number(m[2]) });
    else if (t === "d") out.push({ k: "draw" });
    else if (t === "w") out.push({ k: "worst" });
    else return null;
  }
  return out.length > 500 ? null : out;
}
