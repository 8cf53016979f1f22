import type { Metadata } from "next";
import Link from "next/link";
import { connection } from "next/server";
import { BarChart } from "@/components/stats/bar-chart";
import { Heatmap } from "@/components/stats/heatmap";
import { LessonMasteryTable } from "@/components/stats/lesson-mastery";
import { RetentionTable } from "@/components/stats/retention-table";
import { StateSummary } from "@/components/stats/state-summary";
import { PageHeader } from "@/components/ui/page-header";
import { Panel } from "@/components/ui/panel";
import { getCorpus } from "@/lib/content/load";
import { ensureContentSynced } from "@/lib/content/sync";
import { db } from "@/lib/db";
import { paramsInUse } from "@/lib/optimize/params";
import { sqlite } from "@/lib/sqlite";
import { getSettings } from "@/lib/srs/settings";
import { loadHistory } from "@/lib/stats/history";
import { loadStats } from "@/lib/stats/stats";

export const metadata: Metadata = { title: "Statistics" };

const short = (day: string) => new Date(`${day}T12:00:00Z`).toLocaleDateString("en", { month: "short", day: "numeric", timeZone: "UTC" });
const long = (day: string) => new Date(`${day}T12:00:00Z`).toLocaleDateString("en", { weekday: "short", month: "short", day: "numeric", year: "numeric", timeZone: "UTC" });

export default async function StatsPage() {
  await connection();
  const now = new Date();
  const corpus = getCorpus();
  await ensureContentSynced(db, now, corpus);
  const settings = await getSettings(db);
  const v = await loadStats(sqlite(), now, settings, paramsInUse(sqlite()).weights);
  const history = loadHistory(sqlite());
  const titles = new Map(corpus.lessons.map((l) => [l.id, l.title]));
  const lessons = corpus.lessons.map((l) => ({
    ...(v.lessons.find((m) => m.lesson === l.id) ?? { lesson: l.id, meanRetrievability: null, new: 0, learning: 0, review: 0, total: 0 }),
    title: titles.get(l.id) ?? l.id,
  }));

  return (
    <div className="space-y-10">
      <PageHeader title="Statistics" lead="Your reviews, what is coming, and how well it is sticking." />

      {!v.hasHistory ? (
        <Panel tone="dashed" data-testid="stats-empty">
          <p>
            <strong>No reviews yet.</strong> Once you have studied, this page shows a calendar of your reviews and your streak,
            the cards due over the next 30 days, your true retention against your target, time studied per day and how well each
            lesson has stuck.
          </p>
          <p className="mt-2">
            <Link href="/review" className="text-accent underline underline-offset-2">Start a review</Link> to begin.
          </p>
        </Panel>
      ) : null}

      <section aria-labelledby="calendar-heading" className="space-y-3">
        <h2 id="calendar-heading" className="text-lg font-semibold">Reviews in the last year</h2>
        <dl className="flex gap-6 text-sm">
          <div>
            <dt className="text-muted">Current streak</dt>
            <dd className="text-2xl font-semibold tabular-nums" data-testid="current-streak">{v.streaks.current}</dd>
          </div>
          <div>
            <dt className="text-muted">Longest streak</dt>
            <dd className="text-2xl font-semibold tabular-nums" data-testid="longest-streak">{v.streaks.longest}</dd>
          </div>
        </dl>
        <Heatmap cells={v.heatmap} streak={v.streaks.current} longest={v.streaks.longest} reviews={v.yearReviews} days={v.yearDays} />
      </section>

      <section aria-labelledby="forecast30-heading" className="space-y-3">
        <h2 id="forecast30-heading" className="text-lg font-semibold">Due in the next 30 days</h2>
        <BarChart
          id="forecast30"
          title="Learning and review items due per study day (today includes overdue)"
          unit="items"
          bars={v.forecast.map((f, i) => ({ key: f.day, label: i === 0 ? "Today" : short(f.day), long: long(f.day), value: f.count }))}
        />
      </section>

      <section aria-labelledby="retention-heading" className="space-y-3">
        <h2 id="retention-heading" className="text-lg font-semibold">True retention</h2>
        <RetentionTable rows={v.retention} desired={v.desiredRetention} />
      </section>

      <section aria-labelledby="states-heading" className="space-y-3">
        <h2 id="states-heading" className="text-lg font-semibold">Items by state</h2>
        <StateSummary states={v.states} />
      </section>

      <section aria-labelledby="time-heading" className="space-y-3">
        <h2 id="time-heading" className="text-lg font-semibold">Time studied, last 30 days</h2>
        <BarChart
          id="time30"
          title="Minutes of review per study day"
          unit="min"
          bars={v.time.map((t) => ({ key: t.day, label: short(t.day), long: long(t.day), value: t.minutes }))}
          format={(m) => (Number.isInteger(m) ? String(m) : m.toFixed(1))}
        />
      </section>

      {history.drills.length ? (
        <section aria-labelledby="drills-heading" className="space-y-3">
          <h2 id="drills-heading" className="text-lg font-semibold">Drill floors</h2>
          <BarChart
            id="drill-floors"
            title="Steps climbed per question before the floor (the first step graded Again), per drill or mock, last 30"
            unit="steps"
            labelEvery={3}
            bars={history.drills.map((d) => ({
              key: d.id,
              label: short(d.at.slice(0, 10)),
              long: `${long(d.at.slice(0, 10))}, ${d.kind === "mock" ? "mock interview" : "drill"}: ${d.ladders} ${d.ladders === 1 ? "question" : "questions"}, ${d.cleared} cleared`,
              value: Math.round(d.meanClimbed * 10) / 10,
            }))}
            format={(v) => (Number.isInteger(v) ? String(v) : v.toFixed(1))}
          />
          <p className="text-sm text-muted">
            <Link href="/drill/history" className="text-accent underline underline-offset-2">Drill history</Link> has every transcript.
          </p>
        </section>
      ) : null}

      {history.quizzes.length ? (
        <section aria-labelledby="quizzes-heading" className="space-y-3">
          <h2 id="quizzes-heading" className="text-lg font-semibold">Quiz scores</h2>
          <BarChart
            id="quiz-scores"
            title="Score of each finished quiz, last 30"
            unit="%"
            labelEvery={3}
            bars={history.quizzes.map((q) => ({
              key: q.id,
              label: short(q.at.slice(0, 10)),
              long: `${long(q.at.slice(0, 10))}: ${q.questions} questions`,
              value: Math.round(q.score * 100),
            }))}
          />
          <p className="text-sm text-muted">
            <Link href="/quiz/history" className="text-accent underline underline-offset-2">Quiz history</Link> has every result and the trend per lesson.
          </p>
        </section>
      ) : null}

      <section aria-labelledby="mastery-heading" className="space-y-3">
        <h2 id="mastery-heading" className="text-lg font-semibold">Mastery by lesson</h2>
        <LessonMasteryTable lessons={lessons} />
      </section>
    </div>
  );
}
