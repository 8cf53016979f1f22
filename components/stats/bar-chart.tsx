import { scaleBand, scaleLinear } from "d3-scale";

export interface Bar {
  key: string;
  /** Short axis label (every few bars get one). */
  label: string;
  /** Full label for the table and the tooltip. */
  long: string;
  value: number;
}

/**
 * A server-rendered SVG bar chart (d3-scale does the arithmetic, no client JavaScript), with the
 * same figures in a table behind it for screen readers and for anyone who wants the numbers.
 */
export function BarChart({ id, title, unit, bars, labelEvery = 5, format = (v) => String(v) }: {
  id: string;
  title: string;
  unit: string;
  bars: Bar[];
  labelEvery?: number;
  format?: (v: number) => string;
}) {
  const W = 640;
  const H = 160;
  const M = { top: 10, right: 8, bottom: 22, left: 36 };
  const max = Math.max(1, ...bars.map((b) => b.value));
  const x = scaleBand<string>().domain(bars.map((b) => b.key)).range([M.left, W - M.right]).padding(0.2);
  const y = scaleLinear().domain([0, max]).nice(4).range([H - M.bottom, M.top]);
  const ticks = y.ticks(4);
  const total = bars.reduce((a, b) => a + b.value, 0);
  return (
    <figure aria-labelledby={`${id}-title`} className="space-y-2">
      <figcaption id={`${id}-title`} className="text-sm text-muted">
        {title} — total {format(total)} {unit}
      </figcaption>
      <svg viewBox={`0 0 ${W} ${H}`} className="h-auto w-full" role="img" aria-labelledby={`${id}-title`} data-testid={`${id}-chart`}>
        {ticks.map((t) => (
          <g key={t}>
            <line x1={M.left} x2={W - M.right} y1={y(t)} y2={y(t)} className="stroke-line" strokeWidth={1} />
            <text x={M.left - 6} y={y(t)} dy="0.32em" textAnchor="end" className="fill-muted text-[10px]">
              {format(t)}
            </text>
          </g>
        ))}
        {bars.map((b, i) => (
          <g key={b.key}>
            <rect x={x(b.key)} y={y(b.value)} width={x.bandwidth()} height={Math.max(0, H - M.bottom - y(b.value))} className="fill-accent">
              <title>{`${b.long}: ${format(b.value)} ${unit}`}</title>
            </rect>
            {i % labelEvery === 0 ? (
              <text x={(x(b.key) ?? 0) + x.bandwidth() / 2} y={H - 6} textAnchor="middle" className="fill-muted text-[10px]">
                {b.label}
              </text>
            ) : null}
          </g>
        ))}
      </svg>
      <details className="text-sm">
        <summary className="cursor-pointer text-muted">Show as a table</summary>
        <table className="mt-2 text-sm">
          <caption className="sr-only">{title}</caption>
          <thead>
            <tr>
              <th scope="col" className="pr-4 text-left">Day</th>
              <th scope="col" className="text-right">{unit}</th>
            </tr>
          </thead>
          <tbody>
            {bars.map((b) => (
              <tr key={b.key}>
                <th scope="row" className="pr-4 text-left font-normal">{b.long}</th>
                <td className="text-right tabular-nums">{format(b.value)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </details>
    </figure>
  );
}
