/** Cards falling due on each of the next seven study days; numbers are always shown, the bars only help. */
export function Forecast({ days }: { days: { day: string; start: string; count: number }[] }) {
  const max = Math.max(1, ...days.map((d) => d.count));
  const label = (i: number, start: string) =>
    i === 0 ? "Today" : i === 1 ? "Tomorrow" : new Date(start).toLocaleDateString("en", { weekday: "short", month: "short", day: "numeric" });
  return (
    <section aria-labelledby="forecast-heading" className="space-y-2">
      <h2 id="forecast-heading" className="text-heading">
        Next 7 days
      </h2>
      <table className="w-full text-sm">
        <caption className="sr-only">Learning and review cards due per day; today includes overdue cards</caption>
        <thead className="sr-only">
          <tr>
            <th scope="col">Day</th>
            <th scope="col">Cards due</th>
          </tr>
        </thead>
        <tbody>
          {days.map((d, i) => (
            <tr key={d.day}>
              <th scope="row" className="w-28 py-1 pr-3 text-left font-normal text-muted">
                {label(i, d.start)}
              </th>
              <td className="py-1">
                <div className="flex items-center gap-2">
                  <div aria-hidden="true" className="h-3 rounded-sm bg-accent" style={{ width: `${(d.count / max) * 80}%`, minWidth: d.count ? "2px" : 0 }} />
                  <span className="tabular-nums">{d.count}</span>
                </div>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
