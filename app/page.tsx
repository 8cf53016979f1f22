import { connection } from "next/server";
import { Forecast } from "@/components/dashboard/forecast";
import { HeldBackNote } from "@/components/review/held-back-note";
import { StatTile } from "@/components/dashboard/stat-tile";
import { ButtonLink } from "@/components/ui/button";
import { panelClass } from "@/components/ui/panel";
import { PaceLine } from "@/components/drill/pace-line";
import { getCorpus } from "@/lib/content/load";
import { paceView } from "@/lib/drill/pace";
import { sqlite } from "@/lib/sqlite";
import { ensureContentSynced } from "@/lib/content/sync";
import { db } from "@/lib/db";
import { heldBack } from "@/lib/srs/held-back";
import { formatNextCard } from "@/lib/srs/intervals";
import { getSettings } from "@/lib/srs/settings";
import { dashboard } from "@/lib/srs/stats";

export default async function DashboardPage() {
  await connection();
  const now = new Date();
  await ensureContentSynced(db, now);
  const pace = await paceView(db, sqlite(), getCorpus(), now); // first: it may raise today's new limit
  const settings = await getSettings(db);
  const d = await dashboard(db, now, settings);
  // Start review whenever /review would show a card (the same definition: lib/srs/queue.ts).
  const hasWork = d.servesCard;
  const held = hasWork ? null : await heldBack(db, now, settings);
  const minutes = Math.round(d.timeTodayMs / 60_000);
  const isHeld = held !== null && held.newCards + held.reviews > 0;
  const next = d.nextDueAt ? formatNextCard(d.nextDueAt, d.nextDayStartsAt, now.getTime()) : null;
  // Cards held back by today's limits are due today (the forecast counts them): the day is done, not empty.
  const doneForToday = isHeld && (d.nextDueAt === null || d.nextDueAt === d.nextDayStartsAt);

  return (
    <div className="space-y-section">
      <h1 className="text-title">Today</h1>
      {pace && <PaceLine pace={pace} />}

      <dl className="grid grid-cols-2 gap-3 sm:grid-cols-4">
        <StatTile label="Due now" value={d.dueNow} testId="due-now">
          {d.counts.learning} learning · {d.counts.review} review
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
        <ButtonLink href="/review" variant="primary" className="px-6 py-3 text-subheading">
          Start review <span aria-hidden="true">→</span>
        </ButtonLink>
      ) : (
        <div className={panelClass("dashed", "space-y-2")} data-testid="empty-state">
          <p data-testid="next-card">
            <strong>{doneForToday ? "Done for today" : "Nothing due right now"}</strong>
            {next ? ` — next card ${next}.` : isHeld ? "." : " — no cards are scheduled yet."}
          </p>
          <HeldBackNote held={held} />
        </div>
      )}

      <Forecast days={d.forecast} />
    </div>
  );
}
