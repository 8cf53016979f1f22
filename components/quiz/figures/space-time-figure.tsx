import type { SpaceTimeFigure } from "@/lib/protocol";

// A space-time diagram: one horizontal line per process, events as dots in trace order, messages as arrows.
export function SpaceTimeDrawing({ figure }: { figure: SpaceTimeFigure }) {
  const LEFT = 40;
  const STEP = 44;
  const LANE = 64;
  const pos = new Map(figure.events.map((e, i) => [e.id, { x: LEFT + 20 + i * STEP, y: 30 + (e.process - 1) * LANE }]));
  const width = LEFT + 40 + figure.events.length * STEP;
  const height = 30 + figure.processes * LANE;
  return (
    <svg viewBox={`0 0 ${width} ${height}`} className="w-full max-w-2xl" role="img"
      aria-label={`Processes ${"ABCD".slice(0, figure.processes).split("").join(", ")}. ${figure.events.map((e) => `${e.id}: ${e.kind}${e.message ? ` ${e.message}` : ""}`).join("; ")}`}>
      <defs>
        <marker id="st-arrow" viewBox="0 0 8 8" refX="7" refY="4" markerWidth="7" markerHeight="7" orient="auto">
          <path d="M0,0 L8,4 L0,8 z" className="fill-muted" />
        </marker>
      </defs>
      {Array.from({ length: figure.processes }, (_, i) => (
        <g key={i}>
          <text x={4} y={34 + i * LANE} className="fill-ink text-[13px] font-semibold">{"ABCD"[i]}</text>
          <line x1={LEFT} x2={width - 10} y1={30 + i * LANE} y2={30 + i * LANE} className="stroke-line-strong" />
        </g>
      ))}
      {figure.messages.map((m) => {
        const a = pos.get(m.from)!;
        const b = pos.get(m.to)!;
        return (
          <g key={m.id}>
            <line x1={a.x} y1={a.y} x2={b.x} y2={b.y} className="stroke-muted" strokeDasharray="5 3" markerEnd="url(#st-arrow)" />
            <text x={(a.x + b.x) / 2 + 3} y={(a.y + b.y) / 2 - 3} className="fill-muted text-[10px]">{m.id}</text>
          </g>
        );
      })}
      {figure.events.map((e) => {
        const p = pos.get(e.id)!;
        return (
          <g key={e.id}>
            <circle cx={p.x} cy={p.y} r={5} className={e.kind === "local" ? "fill-surface stroke-ink" : "fill-ink"} />
            <text x={p.x} y={p.y - 10} textAnchor="middle" className="fill-ink text-[11px] font-mono">{e.id}</text>
            {figure.labels[e.id] ? <text x={p.x} y={p.y + 18} textAnchor="middle" className="fill-accent text-[10px]">{figure.labels[e.id]}</text> : null}
          </g>
        );
      })}
    </svg>
  );
}
