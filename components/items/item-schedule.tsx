import type { Schedule } from "@/lib/srs/browse";
import { dueLabel } from "@/lib/srs/browse";
import type { HistoryEntry } from "@/lib/srs/card-history";
import { formatInterval } from "@/lib/srs/intervals";

/** A card's FSRS state and its grades, as Anki's card info shows them. Times are the machine's local time. */

const when = (d: Date) => d.toLocaleString("en-GB", { dateStyle: "medium", timeStyle: "short" });
const round = (n: number, digits = 2) => (Math.round(n * 10 ** digits) / 10 ** digits).toString();

export function ItemSchedule({ s, now, dayStartHour }: { s: Schedule; now: Date; dayStartHour: number }) {
  const rows: [string, React.ReactNode][] = [
    ["State", s.state],
    ["Due", s.state === "New" ? "new: not studied yet" : `${when(s.due)} (${dueLabel(s, now, dayStartHour)})`],
    ["Stability", s.state === "New" ? "—" : `${round(s.stability)} days`],
    ["Difficulty", s.state === "New" ? "—" : `${round(s.difficulty)} of 10`],
    ["Reviews", s.reps],
    ["Lapses", `${s.lapses}${s.leech ? " (leech: forgotten 8 or more times)" : ""}`],
    ["Last review", s.lastReview ? when(s.lastReview) : "never"],
    ["Suspended", s.suspended ? "yes: kept out of every queue" : "no"],
    ["Buried", s.buriedUntil && s.buriedUntil > now ? `until ${when(s.buriedUntil)}` : "no"],
  ];
  return (
    <dl className="grid grid-cols-[max-content_1fr] gap-x-4 gap-y-1 text-small" data-testid="card-schedule">
      {rows.map(([k, v]) => (
        <div key={k} className="contents">
          <dt className="text-muted">{k}</dt>
          <dd className="tabular-nums">{v}</dd>
        </div>
      ))}
    </dl>
  );
}

export function ItemHistory({ history }: { history: HistoryEntry[] }) {
  if (!history.length) return <p className="text-small text-muted">Not reviewed yet.</p>;
  return (
    <div className="scroll-x" data-scroll-label="Review history">
      <table className="w-full text-small" aria-label="Review history">
        <thead>
          <tr className="border-b border-line-strong text-left">
            <th scope="col" className="py-1 pr-3 font-medium">Date</th>
            <th scope="col" className="py-1 pr-3 font-medium">Rating</th>
            <th scope="col" className="py-1 pr-3 font-medium">State</th>
            <th scope="col" className="py-1 pr-3 font-medium">Interval</th>
            <th scope="col" className="py-1 font-medium">Time taken</th>
          </tr>
        </thead>
        <tbody className="tabular-nums">
          {history.map((h) => (
            <tr key={h.id} className="border-b border-line">
              <td className="py-1 pr-3 whitespace-nowrap">{when(h.review)}</td>
              <td className="py-1 pr-3">{h.rating}</td>
              <td className="py-1 pr-3 whitespace-nowrap">
                {h.before} → {h.after}
              </td>
              <td className="py-1 pr-3">{formatInterval(h.intervalMs)}</td>
              <td className="py-1">{Math.round(h.durationMs / 1000)} s</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
