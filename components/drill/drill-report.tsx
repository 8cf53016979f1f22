import { clock } from "@/lib/drill/rules";
import type { SessionReport } from "@/lib/drill/report";

const fmt = (iso: string) => new Date(iso).toLocaleString("en-GB", { dateStyle: "medium", timeStyle: "short" });

/** A drill's report: score, per-lesson scores, floor per question, what to study next, then the transcript. */
export function DrillReport({ report: r }: { report: SessionReport }) {
  return (
    <div className="space-y-6" data-testid="drill-report">
      <div className="space-y-1">
        <h1 className="text-2xl font-semibold">{r.kind === "mock" ? "Mock interview report" : "Drill report"}</h1>
        <p className="text-sm text-muted">
          {fmt(r.startedAt)} · {r.mode === "live" ? "Live" : "Practice"}
          {r.lengthMinutes ? ` · ${r.lengthMinutes} min planned` : ""} · {clock(r.totalMs)} answering
        </p>
      </div>
      <dl className="grid grid-cols-2 gap-3 sm:grid-cols-3">
        <div className="rounded-lg border border-line p-3">
          <dt className="text-xs text-muted">Score</dt>
          <dd className="text-2xl font-semibold tabular-nums" data-testid="report-score">{r.score}/100</dd>
        </div>
        <div className="rounded-lg border border-line p-3">
          <dt className="text-xs text-muted">Key points covered</dt>
          <dd className="text-2xl font-semibold tabular-nums" data-testid="report-keypoints">
            {r.keyPoints.ticked}/{r.keyPoints.total}
          </dd>
        </div>
        <div className="rounded-lg border border-line p-3">
          <dt className="text-xs text-muted">Questions</dt>
          <dd className="text-2xl font-semibold tabular-nums">{r.ladders.length}</dd>
        </div>
      </dl>

      {r.lessons.length > 0 && (
        <section aria-labelledby="lesson-scores" className="space-y-2">
          <h2 id="lesson-scores" className="text-lg font-semibold">Score per lesson</h2>
          <table className="text-sm" data-testid="lesson-scores">
            <tbody>
              {r.lessons.map((l) => (
                <tr key={l.id}>
                  <td className="py-1 pr-4">{l.title}</td>
                  <td className="py-1 pr-4 tabular-nums">{l.score}/100</td>
                  <td className="py-1 text-muted">
                    {l.ladders} {l.ladders === 1 ? "question" : "questions"}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </section>
      )}

      <section aria-labelledby="floors" className="space-y-2">
        <h2 id="floors" className="text-lg font-semibold">Floor per question</h2>
        <ul className="space-y-1 text-sm" data-testid="floors">
          {r.ladders.map((l) => (
            <li key={l.ladderId}>
              <a href={`#ladder-${l.ladderId}`} className="underline underline-offset-2">{l.question.split("\n")[0].slice(0, 90)}</a> — floor:{" "}
              <strong className={l.floor !== null ? "text-again" : ""}>{l.floorLabel}</strong> · {l.score}/100
            </li>
          ))}
        </ul>
      </section>

      {r.studyNext.length > 0 && (
        <section aria-labelledby="study-next" className="space-y-2">
          <h2 id="study-next" className="text-lg font-semibold">Study next</h2>
          <ul className="space-y-2 text-sm" data-testid="study-next">
            {r.studyNext.map((s) => (
              <li key={s.ladderId}>
                <p>{s.reason}</p>
                <p className="flex flex-wrap gap-x-4">
                  {s.links.map((k) => (
                    <a key={k.href} href={k.href} className="underline underline-offset-2">
                      {k.label}
                    </a>
                  ))}
                </p>
              </li>
            ))}
          </ul>
        </section>
      )}

      <section aria-labelledby="transcript" className="space-y-4">
        <h2 id="transcript" className="text-lg font-semibold">Transcript</h2>
        {r.ladders.map((l) => (
          <article key={l.ladderId} id={`ladder-${l.ladderId}`} className="space-y-3 rounded-lg border border-line p-4">
            <h3 className="font-semibold">{l.question.split("\n")[0]}</h3>
            <p className="text-xs text-muted">{l.lesson.title} · floor: {l.floorLabel}</p>
            {l.steps.length === 0 && <p className="text-sm text-muted">Not reached.</p>}
            {l.steps.map((st) => (
              <div key={st.stepIndex} className="space-y-2 border-t border-line pt-3 text-sm" data-testid="transcript-step">
                <p>
                  <strong>{st.label}:</strong> {st.prompt}
                </p>
                <div className="grid gap-3 md:grid-cols-2">
                  <div>
                    <p className="text-xs font-medium text-muted">Your answer</p>
                    <p className="whitespace-pre-wrap">{st.answer.trim() || <span className="text-muted">(nothing typed)</span>}</p>
                  </div>
                  <div>
                    <p className="text-xs font-medium text-muted">Model answer</p>
                    <p className="whitespace-pre-wrap">{st.modelAnswer}</p>
                  </div>
                </div>
                <ul>
                  {st.keyPoints.map((k, i) => (
                    <li key={i}>
                      <span aria-hidden="true">{k.ticked ? "☑" : "☐"}</span> <span className="sr-only">{k.ticked ? "covered:" : "missed:"}</span> {k.text}
                    </li>
                  ))}
                </ul>
                <p className="text-xs text-muted">
                  Grade: <strong className="text-ink">{st.grade ?? "not graded"}</strong> · time {clock(st.durationMs)}
                  {st.limitMs !== null ? ` of ${clock(st.limitMs)}` : ""}
                  {st.overtime ? <span className="font-medium text-warn"> · over time</span> : ""}
                </p>
              </div>
            ))}
          </article>
        ))}
      </section>
    </div>
  );
}
