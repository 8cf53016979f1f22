import type { HistoryFigure } from "@/lib/protocol";

// A register history as client lanes: one bar per operation from its call to its return.
export function HistoryDrawing({ figure }: { figure: HistoryFigure }) {
  const end = Math.max(1, ...figure.ops.map((o) => o.ret));
  const start = Math.min(0, ...figure.ops.map((o) => o.call));
  const LEFT = 70;
  const W = 560;
  const x = (t: number) => LEFT + ((t - start) / (end - start)) * W;
  const lane = 46;
  const height = 24 + figure.clients * lane;
  return (
    <svg viewBox={`0 0 ${LEFT + W + 20} ${height}`} className="w-full max-w-2xl" role="img"
      aria-label={figure.ops.map((o) => `${o.id}, client ${o.client}: ${o.label}, from ${o.call} to ${o.ret}`).join("; ")}>
      {Array.from({ length: figure.clients }, (_, i) => (
        <g key={i}>
          <text x={0} y={24 + i * lane + 20} className="fill-ink text-[12px] font-semibold">Client {i + 1}</text>
          <line x1={LEFT} x2={LEFT + W} y1={24 + i * lane + 16} y2={24 + i * lane + 16} className="stroke-line" strokeDasharray="2 4" />
        </g>
      ))}
      {figure.ops.map((o) => {
        const y = 24 + (o.client - 1) * lane;
        return (
          <g key={o.id}>
            <rect x={x(o.call)} y={y + 6} width={Math.max(6, x(o.ret) - x(o.call))} height={20} rx={4} className={`${o.label.startsWith("write") ? "fill-accent-fill" : "fill-follower"} opacity-20 stroke-line-strong`} />
            <text x={x(o.call) + 4} y={y + 20} className="fill-ink text-[11px] font-mono">{o.id}: {o.label}</text>
          </g>
        );
      })}
      <text x={LEFT} y={12} className="fill-muted text-[10px]">time →</text>
    </svg>
  );
}
