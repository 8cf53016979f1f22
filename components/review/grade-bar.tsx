import type { ReviewCardView } from "@/lib/srs/view";

export const GRADES = [
  { rating: 1, label: "Again", hint: "Forgot it: show it again soon" },
  { rating: 2, label: "Hard", hint: "Recalled with real effort. Hard is a pass: if you forgot, press Again" },
  { rating: 3, label: "Good", hint: "Recalled after a moment's thought" },
  { rating: 4, label: "Easy", hint: "Recalled instantly" },
] as const;

export type Rating = (typeof GRADES)[number]["rating"];

/** The four grades, each with the interval ts-fsrs would schedule and its key. */
export function GradeBar({ card, disabled, onGrade }: { card: ReviewCardView; disabled: boolean; onGrade: (r: Rating) => void }) {
  return (
    <div role="group" aria-label="Grade your answer" className="space-y-2">
      <div className="grid grid-cols-4 gap-2">
        {GRADES.map((g) => (
          <button
            key={g.rating}
            type="button"
            disabled={disabled}
            onClick={() => onGrade(g.rating)}
            title={g.hint}
            aria-keyshortcuts={String(g.rating)}
            className="flex flex-col items-center rounded-lg border border-zinc-300 px-2 py-2 hover:bg-zinc-100 disabled:opacity-50 dark:border-zinc-700 dark:hover:bg-zinc-800"
          >
            <span className="font-medium">{g.label}</span>
            <span className="text-xs tabular-nums text-zinc-600 dark:text-zinc-400">
              {card.intervals[String(g.rating) as "1"]} <kbd className="ml-1 font-mono">{g.rating}</kbd>
            </span>
          </button>
        ))}
      </div>
      <p className="text-xs text-zinc-600 dark:text-zinc-400">
        <strong>Hard is a pass</strong>: use it when you recalled the answer with effort. If you forgot, press Again.
      </p>
    </div>
  );
}
