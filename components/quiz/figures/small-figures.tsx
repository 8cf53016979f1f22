import type { PaxosFigure, QuorumFigure, TwoPhaseCommitFigure } from "@/lib/protocol";

/** Nodes as circles, with named groups (W, R, Q1, Q2) marked on the first nodes they could take. */
export function QuorumDrawing({ figure }: { figure: QuorumFigure }) {
  if (figure.n === 0) return <p className="font-mono text-sm">{figure.caption}</p>;
  const R = 14;
  const width = 20 + figure.n * 40;
  const rows = figure.groups.length;
  return (
    <figure>
      <svg viewBox={`0 0 ${width} ${50 + rows * 16}`} className="w-full max-w-md" role="img" aria-label={figure.caption}>
        {Array.from({ length: figure.n }, (_, i) => (
          <g key={i}>
            <circle cx={30 + i * 40} cy={24} r={R} className="fill-surface-raised stroke-line-strong" />
            <text x={30 + i * 40} y={28} textAnchor="middle" className="fill-ink text-[11px]">N{i + 1}</text>
          </g>
        ))}
        {figure.groups.map((g, k) => (
          <g key={g.label}>
            <line x1={16} x2={16 + g.size * 40 - 8} y1={48 + k * 16} y2={48 + k * 16} className="stroke-accent" strokeWidth={3} strokeDasharray={k ? "6 3" : undefined} />
            <text x={20 + g.size * 40} y={52 + k * 16} className="fill-accent text-[11px]">{g.label} = {g.size}</text>
          </g>
        ))}
      </svg>
      <figcaption className="font-mono text-sm">{figure.caption}</figcaption>
    </figure>
  );
}

export function TwoPhaseCommitDrawing({ figure }: { figure: TwoPhaseCommitFigure }) {
  return (
    <table className="text-sm">
      <caption className="text-left text-muted">Crash: {figure.crash.node}, {figure.crash.description}</caption>
      <thead>
        <tr><th className="pr-4 text-left">Node</th><th className="text-left">Vote</th></tr>
      </thead>
      <tbody>
        <tr><td className="pr-4 font-mono">C{figure.crash.node === "C" ? " ✗ crashes" : ""}</td><td className="text-muted">coordinator</td></tr>
        {figure.participants.map((p) => (
          <tr key={p.id}>
            <td className="pr-4 font-mono">{p.id}{figure.crash.node === p.id ? " ✗ crashes" : ""}</td>
            <td className={p.vote === "yes" ? "text-good" : "text-again"}>{p.vote.toUpperCase()}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

export function PaxosDrawing({ figure }: { figure: PaxosFigure }) {
  return (
    <table className="text-sm">
      <caption className="text-left text-muted">Prepare ballot {figure.ballot} (round, proposer)</caption>
      <thead>
        <tr><th className="pr-4 text-left">Acceptor</th><th className="pr-4 text-left">Promised</th><th className="pr-4 text-left">Accepted</th><th className="text-left">Answers?</th></tr>
      </thead>
      <tbody>
        {figure.acceptors.map((a) => (
          <tr key={a.id}>
            <td className="pr-4 font-mono">{a.id}</td>
            <td className="pr-4 font-mono">{a.promised ?? "—"}</td>
            <td className="pr-4 font-mono">{a.accepted ? `"${a.accepted.value}" at ${a.accepted.ballot}` : "—"}</td>
            <td>{a.responds ? "✓ answers" : "· silent"}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
