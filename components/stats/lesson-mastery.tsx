import Link from "next/link";
import type { LessonMastery } from "@/lib/stats/stats";

const pct = (v: number | null) => (v === null ? "—" : `${Math.round(v * 100)}%`);

/** Per lesson: mean current retrievability of what has been studied, and items by state. */
export function LessonMasteryTable({ lessons }: { lessons: (LessonMastery & { title: string })[] }) {
  return (
    <div className="scroll-x">
    <table className="w-full text-sm" data-testid="lesson-mastery">
      <caption className="mb-2 text-left text-muted">
        Mastery is the average chance, estimated by FSRS, that you would recall a studied item right now.
      </caption>
      <thead>
        <tr className="border-b border-line text-left">
          <th scope="col" className="py-1 pr-3 font-medium">Lesson</th>
          <th scope="col" className="py-1 pr-3 font-medium">Mastery</th>
          <th scope="col" className="py-1 pr-3 text-right font-medium">New</th>
          <th scope="col" className="py-1 pr-3 text-right font-medium">Learning</th>
          <th scope="col" className="py-1 text-right font-medium">Review</th>
        </tr>
      </thead>
      <tbody>
        {lessons.map((l) => (
          <tr key={l.lesson} className="border-b border-line">
            <th scope="row" className="py-1.5 pr-3 text-left font-normal">
              <Link href={`/topics/${l.lesson}`} className="underline underline-offset-2">
                {l.title}
              </Link>
            </th>
            <td className="py-1.5 pr-3">
              <div className="flex items-center gap-2">
                <span className="w-10 tabular-nums">{pct(l.meanRetrievability)}</span>
                <span aria-hidden="true" className="h-2 w-24 rounded-sm bg-surface-sunken ring-1 ring-line">
                  <span className="block h-2 rounded-sm bg-accent" style={{ width: `${Math.round((l.meanRetrievability ?? 0) * 100)}%` }} />
                </span>
              </div>
            </td>
            <td className="py-1.5 pr-3 text-right tabular-nums">{l.new}</td>
            <td className="py-1.5 pr-3 text-right tabular-nums">{l.learning}</td>
            <td className="py-1.5 text-right tabular-nums">{l.review}</td>
          </tr>
        ))}
      </tbody>
    </table>
    </div>
  );
}
