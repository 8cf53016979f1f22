import Link from "next/link";
import { connection } from "next/server";
import { Forecast } from "@/components/forecast";
import { StatTile } from "@/components/stat-tile";
import { ensureContentSynced } from "@/lib/content/sync";
import { db } from "@/lib/db";
import { formatUntil } from "@/lib/srs/intervals";
import { getSettings } from "@/lib/srs/settings";
import { dashboard } from "@/lib/srs/stats";

export default async function DashboardPage() {
  await connection();
  const now = new Date();
  await ensureContentSynced(db, now);
  const settings = await getSettings(db);
  const d = await dashboard(db, now, settings);
  const hasWork = d.dueNow + d.newAvailable > 0;
  const minutes = Math.round(d.timeTodayMs / 60_000);

  return (
    <div className="space-y-8">
      <h1 className="text-2xl font-semibold">Today</h1>

      <dl className="grid grid-cols-2 gap-3 sm:grid-cols-4">
        <StatTile label="Due now" value={d.dueNow} testId="due-now">
          {d.learningDue} learning · {Math.min(d.reviewDue, d.reviewCapLeft)} review
          {d.reviewDue > d.reviewCapLeft ? ` (${d.reviewDue - d.reviewCapLeft} more over today's cap)` : ""}
        </StatTile>
        <StatTile label="New today" value={d.newAvailable} testId="new-available">
          {d.newLimitLeft === 0 ? "daily limit reached" : `up to ${d.newLimitLeft} more today`}
        </StatTile>
        <StatTile label="Reviewed today" value={d.doneToday} testId="done-today">
          {d.doneToday ? `${minutes} min` : "none yet"}
        </StatTile>
        <StatTile label="Streak" value={d.streak} testId="streak">
          {d.streak === 1 ? "day" : "days"} in a row
        </StatTile>
      </dl>

      {hasWork ? (
        <Link
          href="/review"
          className="inline-block rounded-lg bg-zinc-900 px-5 py-3 font-medium text-white hover:bg-zinc-700 focus-visible:outline-2 focus-visible:outline-offset-2 dark:bg-zinc-100 dark:text-zinc-900 dark:hover:bg-zinc-300"
        >
          Start review
        </Link>
      ) : (
        <p className="rounded-lg border border-dashed border-zinc-300 p-4 dark:border-zinc-700" data-testid="empty-state">
          <strong>Nothing due</strong>
          {d.nextDueAt ? ` — next card ${formatUntil(new Date(d.nextDueAt).getTime() - now.getTime())}.` : " — no cards are scheduled yet."}
          {d.newLimitLeft === 0 ? " New cards continue tomorrow (daily limit reached)." : ""}
        </p>
      )}

      <Forecast days={d.forecast} />
    </div>
  );
}
