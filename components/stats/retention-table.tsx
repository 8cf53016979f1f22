import type { Retention } from "@/lib/stats/arithmetic";

const pct = (v: number | null) => (v === null ? "—" : `${(v * 100).toFixed(1)}%`);

/** True retention (passed review-state recalls) per window, young and mature, beside the target. */
export function RetentionTable({ rows, desired }: { rows: { days: number; retention: Retention }[]; desired: number }) {
  return (
    <div className="scroll-x">
    <table className="w-full text-sm" data-testid="retention-table">
      <caption className="mb-2 text-left text-muted">
        Share of reviews of cards in the review state that you passed (Hard, Good or Easy). Young: interval under 21 days.
        Desired retention: <strong className="text-ink">{pct(desired)}</strong>.
      </caption>
      <thead>
        <tr className="border-b border-line text-left">
          <th scope="col" className="py-1 pr-3 font-medium">Window</th>
          <th scope="col" className="py-1 pr-3 text-right font-medium">Young</th>
          <th scope="col" className="py-1 pr-3 text-right font-medium">Mature</th>
          <th scope="col" className="py-1 text-right font-medium">All</th>
        </tr>
      </thead>
      <tbody>
        {rows.map(({ days, retention: r }) => (
          <tr key={days} className="border-b border-line">
            <th scope="row" className="py-1 pr-3 text-left font-normal">Last {days} days</th>
            <td className="py-1 pr-3 text-right tabular-nums">{pct(r.young)} <span className="text-muted">({r.counts.young})</span></td>
            <td className="py-1 pr-3 text-right tabular-nums">{pct(r.mature)} <span className="text-muted">({r.counts.mature})</span></td>
            <td className="py-1 text-right tabular-nums" data-testid={`retention-${days}`}>
              {pct(r.all)}
              {r.all !== null ? (
                <span className={r.all >= desired ? "text-holds" : "text-warn"}> {r.all >= desired ? "▲ at or above target" : "▼ below target"}</span>
              ) : null}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
    </div>
  );
}
