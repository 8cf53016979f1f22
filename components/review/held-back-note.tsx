import Link from "next/link";
import type { HeldBack } from "@/lib/srs/held-back";

const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

/**
 * Why an empty queue is empty although cards wait: today's new-card limit or review cap is used
 * up. Shown by the review screen's empty state and the dashboard; the limits live in Settings.
 * In a lesson session, `customHref` offers custom study: that lesson's new cards beyond the limit.
 */
export function HeldBackNote({ held, lessonTitle, customHref }: { held: HeldBack | null; lessonTitle?: string; customHref?: string }) {
  if (!held || held.newCards + held.reviews === 0) return null;
  const of = lessonTitle ? ` of ${lessonTitle}` : "";
  return (
    <p data-testid="held-back">
      {held.newCards > 0 ? (
        <>
          {plural(held.newCards, `new card${of} is`, `new cards${of} are`)} waiting, but today&apos;s new-card limit ({held.newPerDay}) is reached.{" "}
        </>
      ) : null}
      {held.reviews > 0 ? (
        <>
          {plural(held.reviews, `review${of} due today is`, `reviews${of} due today are`)} held back: today&apos;s review cap ({held.reviewsPerDay}) is reached.{" "}
        </>
      ) : null}
      They continue when the next study day starts, or raise the limit in{" "}
      <Link href="/settings" className="underline underline-offset-2">
        Settings
      </Link>
      .
      {customHref && held.newCards > 0 ? (
        <>
          {" "}
          Or{" "}
          <Link href={customHref} className="font-medium underline underline-offset-2" data-testid="custom-study">
            study this lesson&apos;s new cards anyway
          </Link>{" "}
          (custom study: they still count toward today).
        </>
      ) : null}
    </p>
  );
}
