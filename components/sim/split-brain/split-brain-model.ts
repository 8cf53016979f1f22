// The split-brain simulator's SimModel: one cluster, three rules for failover (naive,
// majority quorum, fencing tokens), over lib/protocol's split-brain driver.
import { createSplitBrainCluster, type SplitBrainAction, type SplitBrainCluster, type SplitBrainMode, type SplitBrainSnapshot } from "@/lib/protocol/split-brain";
import { applyCommon, engineRun, invariantsFrom, isInt, parseNodeAction, traceLog } from "../shared/engine-model";
import type { InvariantState, LogLine, Question, SimModel } from "../shared/model";

type C = SplitBrainCluster;

export interface SplitBrainSimConfig {
  mode: SplitBrainMode;
  nodes: number;
}

export const SPLIT_BRAIN_MODES: Record<SplitBrainMode, string> = {
  naive: "naive failover (promote on timeout, acknowledge locally)",
  majority: "majority quorum (Raft's rules)",
  fencing: "fencing tokens (naive failover + storage refuses old tokens)",
};

export const SPLIT_BRAIN_INVARIANTS = ["One history: no slot acknowledged twice", "No acknowledged write is lost"] as const;

/** The two data centres of the cross-dc preset. */
export const DC_A = [1, 2];
export const DC_B = [3, 4, 5];

export function splitBrainDefaultConfig(preset: string): SplitBrainSimConfig {
  switch (preset) {
    case "partition":
      return { mode: "majority", nodes: 3 };
    case "fencing":
      return { mode: "fencing", nodes: 3 };
    case "cross-dc":
      return { mode: "majority", nodes: 5 };
    default:
      return { mode: "naive", nodes: 3 };
  }
}

const isIdList = (x: unknown): x is number[] => Array.isArray(x) && x.length <= 9 && x.every((i) => isInt(i, 1, 9));

function parseConfig(raw: unknown, preset: string): SplitBrainSimConfig | null {
  if (typeof raw !== "object" || raw === null) return null;
  const r = { ...splitBrainDefaultConfig(preset), ...(raw as Record<string, unknown>) };
  if (!["naive", "majority", "fencing"].includes(r.mode as string) || !isInt(r.nodes, 2, 9)) return null;
  return { mode: r.mode as SplitBrainMode, nodes: r.nodes };
}

function parseAction(raw: unknown): SplitBrainAction | null {
  if (typeof raw !== "object" || raw === null) return null;
  const a = raw as Record<string, unknown>;
  const at = 0;
  switch (a.kind) {
    case "write":
      return typeof a.value === "string" && a.value.length > 0 && a.value.length <= 30 && (a.to === undefined || isInt(a.to, 1, 9))
        ? a.to === undefined ? { at, kind: "write", value: a.value } : { at, kind: "write", value: a.value, to: a.to as number }
        : null;
    case "partition":
      return Array.isArray(a.groups) && a.groups.length <= 9 && a.groups.every(isIdList) ? { at, kind: "partition", groups: a.groups as number[][] } : null;
    case "heal":
      return { at, kind: "heal" };
    default:
      return parseNodeAction(a, 9);
  }
}

function apply(c: C, a: SplitBrainAction): void {
  if (a.kind === "write") c.write(a.value, a.to);
  else if (a.kind === "partition") c.partition(a.groups);
  else if (a.kind === "heal") c.heal();
  else applyCommon(c, a);
}

const ids = (n: number) => Array.from({ length: n }, (_, i) => i + 1);

/** Every preset: the cluster settles on one leader, takes a first write, then the network splits. */
function create(seed: number, preset: string, cfg: SplitBrainSimConfig): C {
  const c = createSplitBrainCluster({ mode: cfg.mode, seed, nodes: cfg.nodes });
  c.runUntil((k) => k.leaders().length === 1, 3000);
  c.advance(300); // naive failover can promote two nodes at start-up; let it settle
  c.write("x=0");
  c.advance(200);
  const leader = c.leaders()[0]?.id;
  if (preset === "cross-dc" && cfg.nodes === 5) {
    c.partition([DC_A, DC_B]);
  } else if (leader !== undefined) {
    c.partition([[leader], ids(cfg.nodes).filter((i) => i !== leader)]);
    if (preset === "fencing") {
      // The other side promotes a new primary, which writes with its newer token.
      c.runUntil((k) => k.leaders().some((l) => l.id !== leader), 2000);
      const fresh = c.leaders().find((l) => l.id !== leader);
      if (fresh) c.write("x=2", fresh.id);
    }
  }
  return c;
}

function invariants(c: C): InvariantState[] {
  return invariantsFrom(SPLIT_BRAIN_INVARIANTS, c.violations(), [(m) => m.startsWith("Split brain:"), (m) => m.startsWith("Lost write:")]);
}

const log = (c: C): LogLine[] => traceLog(c.trace());

const yesNo = [
  { id: "yes", text: "Yes" },
  { id: "no", text: "No" },
];

export function splitBrainQuestions(preset: string): Question<C>[] {
  const qs: Question<C>[] = [];
  if (preset === "naive-failover" || preset === "partition") {
    qs.push({
      id: "how-many-leaders",
      at: 0,
      ask: (c) => ({
        prompt: `The ${c.mode === "naive" ? "primary" : "leader"} N${c.leaders()[0]?.id ?? "?"} is cut off from the others. One second from now, how many nodes will believe they lead?`,
        choices: [
          { id: "1", text: "One" },
          { id: "2", text: "Two" },
          { id: "3", text: "Three" },
        ],
      }),
      resolve: (f) => {
        f.advance(1000);
        const ls = f.leaders();
        return {
          answer: [String(Math.min(3, ls.length))],
          explanation: `${ls.map((l) => `N${l.id} (epoch ${l.epoch})`).join(" and ")} ${ls.length === 1 ? "believes it leads" : "believe they lead"}. ${f.mode === "naive" ? "The cut-off side never hears that it was replaced, and the other side promoted itself: two primaries." : "A stale leader may still believe it leads; what matters is that it cannot get a majority to acknowledge anything."}`,
        };
      },
    });
    qs.push({
      id: "old-side-acks",
      at: 1000,
      ask: (c) => {
        const old = c.leaders().sort((a, b) => a.epoch - b.epoch)[0];
        return old && c.leaders().length > 1
          ? { prompt: `A client writes "x=1" to N${old.id}, the old ${c.mode === "naive" ? "primary" : "leader"} on the cut-off side. Will the client be told the write succeeded?`, choices: yesNo }
          : null;
      },
      resolve: (f) => {
        const old = f.leaders().sort((a, b) => a.epoch - b.epoch)[0];
        const r = f.write("x=1", old.id);
        f.advance(500);
        const acked = r.ok && f.writes().find((w) => w.id === r.id)?.ackedAt !== null;
        return {
          answer: [acked ? "yes" : "no"],
          explanation: acked
            ? `Yes: N${old.id} acknowledges locally. The other side's primary takes writes for the same slot, so clients see two histories; heal the network and one of them vanishes.`
            : `No: N${old.id} can store it but never reach a majority, so it never acknowledges it.`,
        };
      },
    });
  }
  if (preset === "fencing") {
    qs.push({
      id: "fenced",
      at: 0,
      ask: (c) => {
        const old = c.leaders().sort((a, b) => a.epoch - b.epoch)[0];
        return old && c.leaders().length > 1
          ? { prompt: `N${old.id} still believes it is primary (token ${old.epoch}); the new primary has written with token ${c.storage().token}. Will the storage accept a write from N${old.id}?`, choices: yesNo }
          : null;
      },
      resolve: (f) => {
        const old = f.leaders().sort((a, b) => a.epoch - b.epoch)[0];
        const r = f.write("x=1", old.id);
        return {
          answer: [r.ok ? "yes" : "no"],
          explanation: r.ok ? "It was accepted: the storage had not yet seen a newer token." : `No: ${r.reason}. The stale primary is fenced off even though it does not know it was replaced.`,
        };
      },
    });
  }
  if (preset === "cross-dc") {
    qs.push({
      id: "which-dc",
      at: 0,
      ask: () => ({
        prompt: "The link between the data centres is cut: N1, N2 on one side, N3, N4, N5 on the other. Which side will keep acknowledging writes?",
        choices: [
          { id: "a", text: "N1, N2" },
          { id: "b", text: "N3, N4, N5" },
          { id: "both", text: "Both" },
          { id: "neither", text: "Neither" },
        ],
      }),
      resolve: (f) => {
        f.advance(1500);
        const side = (g: number[]) => {
          const l = f.leaders().filter((x) => g.includes(x.id)).sort((a, b) => b.epoch - a.epoch)[0];
          if (!l) return false;
          const r = f.write(`probe-${l.id}`, l.id);
          f.advance(300);
          return r.ok && f.writes().find((w) => w.id === r.id)?.ackedAt !== null;
        };
        const a = side(DC_A);
        const b = side(DC_B);
        const ans = a && b ? "both" : a ? "a" : b ? "b" : "neither";
        return { answer: [ans], explanation: `Only the side holding a majority of the voters (3 of 5) can elect a leader and commit: ${b ? "N3–N5 kept going" : "no side kept going"}${a ? ", and N1–N2 did too" : ", while N1–N2 could not"}.` };
      },
    });
  }
  return qs;
}

export const splitBrainModel: SimModel<C, SplitBrainAction, SplitBrainSimConfig> = {
  name: "split-brain",
  msPerSecond: 150,
  defaultConfig: splitBrainDefaultConfig,
  parseConfig,
  parseAction,
  create,
  ...engineRun<C, SplitBrainSnapshot>(),
  apply,
  invariants,
  log,
  questions: splitBrainQuestions,
  describeAction: (a) => a.kind,
};
