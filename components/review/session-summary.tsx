import Link from "next/link";
import type { HeldBack } from "@/lib/srs/held-back";
import { formatNextCard } from "@/lib/srs/intervals";
import { GRADES } from "@/components/review/grade-bar";
import { buttonClass } from "@/components/ui/button";
import { HeldBackNote } from "@/components/review/held-back-note";

interface Props {
  /** Grades given this session: Again, Hard, Good, Easy. */
  graded: readonly [number, number, number, number];
  elapsedMs: number;
  nextDueAt: string | null;
  /** When the next study day starts (ISO): held-back cards come then. */
  nextDayStartsAt: string;
  now: number;
  /** Cards today's limits keep out of the queue, if any. */
  heldBack: HeldBack | null;
  /** The lesson of a "Study this lesson" session. */
  lesson: { id: string; title: string } | null;
  onCheckAgain: () => void;
  /** Ends the session (its undo steps and counts) as the learner leaves. */
  onFinish: () => void;
}

/** End of a session: grades given, time spent, what today's limits hold back, and when the next card is due. */
export function SessionSummary({ graded, elapsedMs, nextDueAt, nextDayStartsAt, now, heldBack, lesson, onCheckAgain, onFinish }: Props) {
  const cards = graded.reduce((a, b) => a + b, 0);
  const held = heldBack !== null && heldBack.newCards + heldBack.reviews > 0;
  const minutes = Math.floor(elapsedMs / 60_000);
  const seconds = Math.round((elapsedMs % 60_000) / 1000);
  return (
    <section aria-labelledby="summary-heading" className="space-y-4 rounded-panel border border-line bg-surface-raised p-6" data-testid="session-summary">
      <h2 id="summary-heading" className="text-heading">
        {cards ? "Session complete" : "Nothing to review right now"}
      </h2>
      {cards ? (
        <dl className="grid grid-cols-2 gap-2 sm:grid-cols-6">
          {GRADES.map((g) => (
            <div key={g.rating}>
              <dt className="text-caption text-muted">{g.label}</dt>
              <dd className="text-lg tabular-nums">{graded[g.rating - 1]}</dd>
            </div>
          ))}
          <div>
            <dt className="text-caption text-muted">Cards</dt>
            <dd className="text-lg tabular-nums">{cards}</dd>
          </div>
          <div>
            <dt className="text-caption text-muted">Time</dt>
            <dd className="text-lg tabular-nums">
              {minutes} min {seconds} s
            </dd>
          </div>
        </dl>
      ) : null}
      <HeldBackNote held={heldBack} lessonTitle={lesson?.title} customHref={lesson ? `/review?lesson=${encodeURIComponent(lesson.id)}&custom=1` : undefined} />
      {nextDueAt ? (
        <p data-testid="next-card">{`Next card ${nextDueAt === nextDayStartsAt ? "" : "due "}${formatNextCard(nextDueAt, nextDayStartsAt, now)}.`}</p>
      ) : held ? null : (
        <p>No learning or review cards are scheduled yet.</p>
      )}
      <div className="flex gap-3">
        <Link href="/" onClick={onFinish} className={buttonClass("secondary", "sm")}>
          {cards ? "Finish session" : "Back to the dashboard"}
        </Link>
        <button type="button" onClick={onCheckAgain} className={buttonClass("secondary", "sm")}>
          Check again
        </button>
      </div>
    </section>
  );
}
