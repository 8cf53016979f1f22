import type { ReviewCardView } from "@/lib/srs/view";

export const GRADES = [
  { rating: 1, label: "Again", hint: "Forgot it: show it again soon" },
  { rating: 2, label: "Hard", hint: "Recalled with real effort. Hard is a pass: if you forgot, press Again" },
  { rating: 3, label: "Good", hint: "Recalled after a moment's thought" },
  { rating: 4, label: "Easy", hint: "Recalled instantly" },
] as const;

export type Rating = (typeof GRADES)[number]["rating"];

/**
 * Each grade's colour token (app/globals.css): Again stands apart from the three passing grades.
 * Never colour alone: every button also carries its word, its interval and its key number, and
 * its border is the grade colour itself (well over 3:1 against the surface in light and dark).
 */
const GRADE_STYLE: Record<Rating, string> = {
  1: "border-again text-again",
  2: "border-hard text-hard",
  3: "border-good text-good",
  4: "border-easy text-easy",
};

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
            className={`flex flex-col items-center rounded-lg border-2 bg-surface px-2 py-2 hover:bg-surface-raised disabled:opacity-50 ${GRADE_STYLE[g.rating]}`}
          >
            <span className="flex items-center gap-2 font-semibold">
              <kbd aria-hidden="true" className="rounded border border-current px-1.5 font-mono text-xs">
                {g.rating}
              </kbd>
              {g.label}
            </span>
            <span className="text-xs tabular-nums text-ink">{card.intervals[String(g.rating) as "1"]}</span>
          </button>
        ))}
      </div>
      <p className="text-xs text-muted">
        <strong>Hard is a pass</strong>: use it when you recalled the answer with effort. If you forgot, press Again.
      </p>
    </div>
  );
}
