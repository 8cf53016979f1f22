// Independent answers for the exercise property tests: each recomputes a key from the exercise's
// figure and prompt alone, straight from the definitions, sharing no code with the engine.
import type { Exercise, HistoryFigure, LogsFigure, PaxosFigure, QuorumFigure, SpaceTimeFigure, TwoPhaseCommitFigure } from "../exercises/types";

const choiceText = (e: Exercise, id: string) => e.response.choices!.find((c) => c.id === id)!.text;
const num = (s: string, re: RegExp) => Number(re.exec(s)![1]);

// ---- quorum: brute force over subsets --------------------------------------------------------

/** Least number of members a set of size a and a set of size b out of n nodes share: by symmetry
 *  fix the first as nodes 1..a and enumerate every set of size b. */
function minOverlap(n: number, a: number, b: number): number {
  const x = (1 << a) - 1;
  let least = Infinity;
  for (let y = 0; y < 1 << n; y++) {
    let size = 0;
    for (let z = y; z; z &= z - 1) size++;
    if (size !== b) continue;
    let c = 0;
    for (let z = x & y; z; z &= z - 1) c++;
    least = Math.min(least, c);
  }
  return least;
}

export function quorumKey(e: Exercise): string | number {
  const f = e.figure as QuorumFigure;
  const g = (label: string) => f.groups.find((x) => x.label === label)!.size;
  const loop = (ok: (x: number) => boolean) => { for (let x = 0; x < 100; x++) if (ok(x)) return x; throw new Error("no answer"); };
  switch (e.kind) {
    case "majority": return loop((q) => q >= 1 && minOverlap(f.n, q, q) >= 1);
    case "tolerated-crash-faults": return loop((k) => !(minOverlap(f.n, f.n - (k + 1), f.n - (k + 1)) >= 1)) ;
    case "nodes-for-crash-faults": { const fs = num(f.caption, /f = (\d+)/); return loop((n) => n > fs && minOverlap(n, n - fs, n - fs) >= 1); }
    case "min-read-quorum": return loop((r) => r >= 1 && minOverlap(f.n, g("W"), r) >= 1);
    case "flexible-paxos-q1": return loop((q) => q >= 1 && minOverlap(f.n, q, g("Q2")) >= 1);
    case "byzantine-nodes": { const fs = num(f.caption, /f = (\d+)/); return loop((n) => n > fs && minOverlap(n, n - fs, n - fs) >= fs + 1); }
    case "byzantine-quorum": { const fs = num(e.prompt, /tolerates f = (\d+)/); return loop((q) => q >= 1 && minOverlap(f.n, q, q) >= fs + 1); }
    case "byzantine-tolerated": return loop((k) => !(minOverlap(f.n, f.n - (k + 1), f.n - (k + 1)) >= k + 2));
    case "read-write-overlap": return minOverlap(f.n, g("W"), g("R")) >= 1 ? "Yes" : "No";
    case "flexible-paxos-safe": return minOverlap(f.n, g("Q1"), g("Q2")) >= 1 ? "Yes" : "No";
  }
  throw new Error(`no oracle for ${e.kind}`);
}

// ---- clocks: vector clocks recomputed from the diagram ---------------------------------------

export function vectorClocks(f: SpaceTimeFigure): Map<string, number[]> {
  const v = new Map<string, number[]>();
  const cur = Array.from({ length: f.processes }, () => new Array<number>(f.processes).fill(0));
  const sendOf = new Map(f.messages.map((m) => [m.to, m.from]));
  for (const ev of f.events) {
    const mine = cur[ev.process - 1].slice();
    if (ev.kind === "receive") v.get(sendOf.get(ev.id)!)!.forEach((x, i) => (mine[i] = Math.max(mine[i], x)));
    mine[ev.process - 1]++;
    cur[ev.process - 1] = mine;
    v.set(ev.id, mine);
  }
  return v;
}
export function lamportClocks(f: SpaceTimeFigure): Map<string, number> {
  const l = new Map<string, number>();
  const cur = new Array<number>(f.processes).fill(0);
  const sendOf = new Map(f.messages.map((m) => [m.to, m.from]));
  for (const ev of f.events) {
    const t = Math.max(cur[ev.process - 1], ev.kind === "receive" ? l.get(sendOf.get(ev.id)!)! : 0) + 1;
    cur[ev.process - 1] = t;
    l.set(ev.id, t);
  }
  return l;
}
const leq = (a: number[], b: number[]) => a.every((x, i) => x <= b[i]);
const before = (a: number[], b: number[]) => leq(a, b) && !leq(b, a);

export function clocksKey(e: Exercise): string | number | string[] {
  const f = e.figure as SpaceTimeFigure;
  const v = vectorClocks(f);
  switch (e.kind) {
    case "lamport": return lamportClocks(f).get(/event (\w+)\?/.exec(e.prompt)![1])!;
    case "vector": return `[${v.get(/event (\w+)\?/.exec(e.prompt)![1])!.join(",")}]`;
    case "happens-before": {
      const [, x, y] = /How are (\w+) and (\w+) related/.exec(e.prompt)!;
      return before(v.get(x)!, v.get(y)!) ? `${x} → ${y}` : before(v.get(y)!, v.get(x)!) ? `${y} → ${x}` : "concurrent";
    }
    case "concurrent-with": {
      const x = /concurrent with (\w+)\./.exec(e.prompt)![1];
      return f.events.filter((ev) => ev.id !== x && !leq(v.get(ev.id)!, v.get(x)!) && !leq(v.get(x)!, v.get(ev.id)!)).map((ev) => ev.id);
    }
  }
  throw new Error(`no oracle for ${e.kind}`);
}

// ---- linearizability: every real-time-respecting order, from the definition ------------------

type Op = { call: number; ret: number; write: number | null; read: number | null | undefined };
const parseOp = (o: HistoryFigure["ops"][number]): Op => {
  const w = /^write\((\d+)\)$/.exec(o.label);
  if (w) return { call: o.call, ret: o.ret, write: Number(w[1]), read: undefined };
  const r = /^read → (\w+)$/.exec(o.label)!;
  return { call: o.call, ret: o.ret, write: null, read: r[1] === "nil" ? null : Number(r[1]) };
};
export function linearizable(ops: Op[]): boolean {
  const used = new Array<boolean>(ops.length).fill(false);
  const go = (value: number | null, left: number): boolean => {
    if (left === 0) return true;
    for (let i = 0; i < ops.length; i++) {
      if (used[i]) continue;
      // i may take effect next only if no unplaced op returned strictly before i was called.
      if (ops.some((o, j) => !used[j] && j !== i && o.ret < ops[i].call)) continue;
      const o = ops[i];
      if (o.write === null && o.read !== value) continue;
      used[i] = true;
      if (go(o.write !== null ? o.write : value, left - 1)) return true;
      used[i] = false;
    }
    return false;
  };
  return go(null, ops.length);
}
export function linearizabilityKey(e: Exercise): string | string[] {
  const f = e.figure as HistoryFigure;
  switch (e.kind) {
    case "verdict": return linearizable(f.ops.map(parseOp)) ? "Linearizable" : "Not linearizable";
    case "culprit": return f.ops.filter((_, i) => linearizable(f.ops.filter((__, j) => j !== i).map(parseOp))).map((o) => o.id);
    case "read-values": {
      const target = f.ops.findIndex((o) => o.label === "read → ?");
      const writes = f.ops.flatMap((o) => (/^write\((\d+)\)$/.test(o.label) ? [Number(/\d+/.exec(o.label)![0])] : []));
      return [null, ...writes]
        .filter((val) => linearizable(f.ops.map((o, i) => (i === target ? { call: o.call, ret: o.ret, write: null, read: val } : parseOp(o)))))
        .map((val) => (val === null ? "nil" : `v${val}`));
    }
  }
  throw new Error(`no oracle for ${e.kind}`);
}

// ---- Raft logs -------------------------------------------------------------------------------

const shared = (a: number[], b: number[]) => { for (let i = Math.min(a.length, b.length); i > 0; i--) if (a[i - 1] === b[i - 1]) return i; return 0; };
export function raftLogKey(e: Exercise): string | number | string[] {
  const f = e.figure as LogsFigure;
  const L = f.rows[0].terms;
  const F = f.rows[1]?.terms ?? [];
  const T = num(f.rows[0].note, /term (\d+)/);
  const m = shared(L, F);
  switch (e.kind) {
    case "log-after": return L.join(" ");
    case "match-point": return m;
    case "deleted": {
      let first = -1;
      for (let j = m + 1; j <= F.length; j++) if (j > L.length || F[j - 1] !== L[j - 1]) { first = j; break; }
      return first < 0 ? [] : F.slice(first - 1).map((_, k) => `i${first + k}`);
    }
    case "round-trips": return L.length - m + 1;
    case "round-trips-fast": {
      // Simulate the hinted back-off on its own terms.
      let next = L.length + 1;
      let rt = 0;
      for (;;) {
        rt++;
        const prev = next - 1;
        if (prev === 0 || (prev <= F.length && F[prev - 1] === L[prev - 1])) return rt;
        let to: number;
        if (prev > F.length) to = F.length + 1;
        else {
          const ct = F[prev - 1];
          let ci = prev;
          while (ci > 1 && F[ci - 2] === ct) ci--;
          to = ci;
          for (let i = Math.min(prev, L.length); i >= 1; i--) { if (L[i - 1] === ct) { to = i + 1; break; } if (L[i - 1] < ct) break; }
        }
        next = Math.max(1, Math.min(to, next - 1));
      }
    }
    case "committed": {
      const matches = f.rows.slice(1).map((r) => shared(L, r.terms));
      for (let n = L.length; n >= 1; n--) if (L[n - 1] === T && 1 + matches.filter((x) => x >= n).length >= 3) return n;
      return 0;
    }
  }
  throw new Error(`no oracle for ${e.kind}`);
}

// ---- Raft elections --------------------------------------------------------------------------

export function raftElectionKey(e: Exercise): string | string[] {
  const f = e.figure as LogsFigure;
  const s = f.rows.map((r) => ({ log: r.terms, term: num(r.note, /current term (\d+)/) }));
  const last = (x: number[]) => (x.length ? x[x.length - 1] : 0);
  const grants = (c: number) => s.map((v, j) => j === c || (v.term <= s[c].term + 1 && (last(s[c].log) > last(v.log) || (last(s[c].log) === last(v.log) && s[c].log.length >= v.log.length)))).flatMap((g, j) => (g ? [`S${j + 1}`] : []));
  const wins = (c: number) => grants(c).length > s.length / 2;
  if (e.kind === "who-can-win") return s.flatMap((_, c) => (wins(c) ? [`S${c + 1}`] : []));
  const c = num(e.prompt, /S(\d) (?:\([^)]*\) )?times out first/) - 1;
  if (e.kind === "voters") return grants(c);
  return wins(c) ? `Yes, S${c + 1} can become leader` : `No, S${c + 1} cannot win`;
}

// ---- two-phase commit: the textbook rules ------------------------------------------------------

export function twoPhaseCommitKey(e: Exercise): string | string[] {
  const f = e.figure as TwoPhaseCommitFigure;
  const allYes = f.participants.every((p) => p.vote === "yes");
  const first = f.participants[0].id;
  const crashed = f.crash.node;
  // Final state of each participant that is up, with the crashed node staying down.
  let decision: "commit" | "abort" | null = null;
  let informed: string[] = [];
  switch (f.crash.at) {
    case "before-prepare": decision = "abort"; informed = f.participants.map((p) => p.id); break; // nobody prepared: all give up
    case "after-votes": case "after-decision-logged": decision = allYes ? "commit" : "abort"; informed = []; break;
    case "mid-broadcast": decision = allYes ? "commit" : "abort"; informed = [first]; break;
    case "before-vote": decision = "abort"; informed = f.participants.map((p) => p.id); break;
    case "after-vote": decision = allYes ? "commit" : "abort"; informed = f.participants.map((p) => p.id); break;
  }
  const up = f.participants.filter((p) => p.id !== crashed);
  const blocked = up.filter((p) => p.vote === "yes" && !informed.includes(p.id)).map((p) => p.id);
  const stateText = (d: string, b: string[]) => (b.length ? "Blocked: some participants are in doubt" : d === "commit" ? "Committed at every participant" : "Aborted at every participant");
  if (e.kind === "blocked") return blocked;
  if (e.kind === "outcome") return stateText(decision!, blocked);
  // after recovery: a coordinator with no logged decision presumes abort; otherwise the decision spreads.
  const final = crashed === "C" && (f.crash.at === "before-prepare" || f.crash.at === "after-votes") ? "abort" : decision!;
  return stateText(final, []);
}

// ---- Paxos -----------------------------------------------------------------------------------

const ballot = (s: string) => { const m = /\((\d+), P(\d+)\)/.exec(s)!; return [Number(m[1]), Number(m[2])] as const; };
const cmp = (a: readonly number[], b: readonly number[]) => a[0] - b[0] || a[1] - b[1];
export function paxosKey(e: Exercise): string | string[] {
  const f = e.figure as PaxosFigure;
  const b = ballot(f.ballot);
  if (e.kind === "promisers") return f.acceptors.filter((a) => a.promised === null || cmp(b, ballot(a.promised)) >= 0).map((a) => a.id);
  let best: { b: readonly number[]; value: string } | null = null;
  for (const a of f.acceptors) if (a.responds && a.accepted && (!best || cmp(ballot(a.accepted.ballot), best.b) > 0)) best = { b: ballot(a.accepted.ballot), value: a.accepted.value };
  if (e.kind === "free-choice") return best ? "No, it must propose a value an acceptor reported" : "Yes, it may propose its own value";
  return best ? `"${best.value}"` : `"w" (its own value)`;
}

export { choiceText };
