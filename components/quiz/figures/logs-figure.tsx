import type { LogsFigure } from "@/lib/protocol";

// Raft logs as rows of boxes, each labelled with its term (the colour repeats the number, never replaces it).
const TERM_FILL = ["fill-term-0", "fill-term-1", "fill-term-2", "fill-term-3", "fill-term-4", "fill-term-5"];
const W = 30;
const LABEL = 96;

export function LogsDrawing({ figure }: { figure: LogsFigure }) {
  const longest = Math.max(1, ...figure.rows.map((r) => r.terms.length));
  const width = LABEL + longest * W + 150;
  const height = 22 + figure.rows.length * 34;
  return (
    <svg viewBox={`0 0 ${width} ${height}`} className="w-full max-w-2xl" role="img" aria-label={figure.rows.map((r) => `${r.label}: ${r.terms.length ? r.terms.join(" ") : "empty"}${r.note ? ` (${r.note})` : ""}`).join("; ")}>
      {Array.from({ length: longest }, (_, i) => (
        <text key={i} x={LABEL + i * W + W / 2} y={12} textAnchor="middle" className="fill-muted text-[10px]">{i + 1}</text>
      ))}
      {figure.rows.map((r, row) => {
        const y = 20 + row * 34;
        return (
          <g key={r.label}>
            <text x={0} y={y + 17} className="fill-ink text-[12px] font-semibold">{r.label}</text>
            {r.terms.map((t, i) => (
              <g key={i}>
                <rect x={LABEL + i * W + 1} y={y} width={W - 2} height={26} rx={3} className={`${TERM_FILL[t % 6]} opacity-25 stroke-line-strong`} />
                <text x={LABEL + i * W + W / 2} y={y + 17} textAnchor="middle" className="fill-ink text-[12px] font-mono">{t}</text>
              </g>
            ))}
            {r.terms.length === 0 ? <text x={LABEL} y={y + 17} className="fill-muted text-[11px] italic">empty</text> : null}
            <text x={LABEL + Math.max(r.terms.length, 1) * W + 8} y={y + 17} className="fill-muted text-[11px]">{r.note}</text>
          </g>
        );
      })}
    </svg>
  );
}
