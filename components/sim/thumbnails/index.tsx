// Small static pictures for the /sim index: plain SVG, no client code. One per simulator.
import type { ReactElement } from "react";

const frame = (title: string, body: ReactElement) => (
  <svg viewBox="0 0 120 72" className="h-18 w-30 shrink-0 rounded border border-line bg-surface-raised" role="img" aria-label={title}>
    {body}
  </svg>
);

function ring(n: number, r: number, cx = 60, cy = 36) {
  return Array.from({ length: n }, (_, i) => {
    const a = (2 * Math.PI * i) / n - Math.PI / 2;
    return { x: cx + r * Math.cos(a), y: cy + r * Math.sin(a) };
  });
}

const raft = () => {
  const p = ring(5, 24);
  return frame(
    "Five servers on a ring; the leader sends entries to the others",
    <g>
      {p.slice(1).map((q, i) => (
        <line key={i} x1={p[0].x} y1={p[0].y} x2={q.x} y2={q.y} className="stroke-line-strong" strokeDasharray="3 2" />
      ))}
      {p.map((q, i) => (
        <circle key={i} cx={q.x} cy={q.y} r={7} className={i === 0 ? "fill-leader" : "fill-follower"} />
      ))}
      <text x={p[0].x} y={p[0].y + 3} textAnchor="middle" fontSize="8" className="fill-surface">L</text>
    </g>,
  );
};

const paxos = () =>
  frame(
    "Two proposers sending ballots to three acceptors",
    <g>
      {[20, 52].map((y, i) =>
        [14, 36, 58].map((ay, j) => <line key={`${i}${j}`} x1={24} y1={y} x2={92} y2={ay} className={i ? "stroke-term-3" : "stroke-term-0"} strokeDasharray={i ? "4 2" : undefined} />),
      )}
      <rect x={10} y={13} width={16} height={14} className="fill-term-0" />
      <rect x={10} y={45} width={16} height={14} className="fill-term-3" />
      {[14, 36, 58].map((y) => (
        <circle key={y} cx={98} cy={y} r={7} className="fill-follower" />
      ))}
    </g>,
  );

const tpc = () =>
  frame(
    "A coordinator and three participants; one is blocked",
    <g>
      {[16, 36, 56].map((y) => (
        <line key={y} x1={30} y1={36} x2={88} y2={y} className="stroke-line-strong" />
      ))}
      <rect x={14} y={28} width={18} height={16} className="fill-leader" />
      <circle cx={94} cy={16} r={7} className="fill-holds" />
      <circle cx={94} cy={36} r={7} className="fill-holds" />
      <circle cx={94} cy={56} r={7} className="fill-warn" />
      <text x={94} y={59} textAnchor="middle" fontSize="8" className="fill-surface">?</text>
    </g>,
  );

const splitBrain = () =>
  frame(
    "A partition with a leader on each side",
    <g>
      <line x1={60} y1={4} x2={60} y2={68} className="stroke-violated" strokeDasharray="4 3" strokeWidth={2} />
      <circle cx={28} cy={24} r={8} className="fill-leader" />
      <circle cx={30} cy={50} r={7} className="fill-follower" />
      <circle cx={90} cy={22} r={8} className="fill-leader" />
      <circle cx={84} cy={48} r={7} className="fill-follower" />
      <circle cx={102} cy={54} r={7} className="fill-follower" />
    </g>,
  );

const clocks = () =>
  frame(
    "Three process lines with messages between them",
    <g>
      {[18, 36, 54].map((y) => (
        <line key={y} x1={8} y1={y} x2={112} y2={y} className="stroke-line-strong" />
      ))}
      <line x1={30} y1={18} x2={54} y2={36} className="stroke-term-0" />
      <line x1={66} y1={36} x2={92} y2={54} className="stroke-term-3" />
      {[[30, 18], [54, 36], [66, 36], [92, 54], [80, 18]].map(([x, y]) => (
        <circle key={`${x}${y}`} cx={x} cy={y} r={3} className="fill-ink" />
      ))}
    </g>,
  );

const reconcile = () =>
  frame(
    "A leader's log above follower logs that differ",
    <g>
      {[0, 1, 2].map((row) =>
        Array.from({ length: 8 - row * 2 + (row === 2 ? 3 : 0) }, (_, i) => (
          <rect key={`${row}-${i}`} x={8 + i * 11} y={10 + row * 20} width={10} height={14} className={`fill-term-${Math.min(5, Math.floor(i / 3) + (row === 2 && i > 4 ? 2 : 0))}`} />
        )),
      )}
    </g>,
  );

const linearizability = () =>
  frame(
    "Operations as bars on client lanes",
    <g>
      <rect x={10} y={12} width={50} height={10} className="fill-term-0" />
      <rect x={40} y={32} width={40} height={10} className="fill-term-1" />
      <rect x={70} y={52} width={36} height={10} className="fill-violated" />
    </g>,
  );

const quorum = () =>
  frame(
    "Two overlapping quorums over five replicas",
    <g>
      {ring(5, 22).map((q, i) => (
        <circle key={i} cx={q.x} cy={q.y} r={6} className="fill-follower" />
      ))}
      <ellipse cx={48} cy={34} rx={26} ry={22} className="fill-none stroke-term-0" strokeWidth={2} />
      <ellipse cx={72} cy={40} rx={26} ry={22} className="fill-none stroke-term-3" strokeWidth={2} strokeDasharray="4 2" />
    </g>,
  );

export const SIM_THUMBNAILS: Record<string, () => ReactElement> = {
  raft,
  paxos,
  "two-phase-commit": tpc,
  "split-brain": splitBrain,
  clocks,
  reconcile,
  linearizability,
  quorum,
};
