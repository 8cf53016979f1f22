import type { LessonScore } from "@/lib/quiz/result";

/**
 * Per-lesson scores as horizontal bars, each labelled with its number; the table behind it carries
 * the same figures for screen readers (the SVG is hidden from them).
 */
export function LessonChart({ lessons }: { lessons: LessonScore[] }) {
  const ROW = 28;
  const LABEL = 180;
  const W = 300;
  return (
    <figure className="space-y-3">
      <svg viewBox={`0 0 ${LABEL + W + 110} ${lessons.length * ROW + 8}`} className="w-full max-w-2xl" aria-hidden="true" data-testid="lesson-chart">
        {lessons.map((l, i) => (
          <g key={l.lesson}>
            <text x={0} y={i * ROW + 19} className="fill-ink text-[12px]">{l.title.length > 26 ? `${l.title.slice(0, 25)}…` : l.title}</text>
            <rect x={LABEL} y={i * ROW + 6} width={W} height={16} rx={3} className="fill-surface-raised stroke-line" />
            <rect x={LABEL} y={i * ROW + 6} width={Math.max(0, W * l.score)} height={16} rx={3} className={l.score >= 0.8 ? "fill-correct" : l.score >= 0.5 ? "fill-warn" : "fill-wrong"} />
            <text x={LABEL + W + 8} y={i * ROW + 19} className="fill-ink text-[12px] tabular-nums">{Math.round(l.score * 100)}% ({l.correct}/{l.questions})</text>
          </g>
        ))}
      </svg>
      <table className="text-sm" data-testid="lesson-table">
        <caption className="text-left text-muted">Score per lesson</caption>
        <thead>
          <tr><th className="pr-4 text-left">Lesson</th><th className="pr-4 text-right">Questions</th><th className="pr-4 text-right">Right</th><th className="text-right">Score</th></tr>
        </thead>
        <tbody>
          {lessons.map((l) => (
            <tr key={l.lesson}>
              <td className="pr-4">{l.title}</td>
              <td className="pr-4 text-right tabular-nums">{l.questions}</td>
              <td className="pr-4 text-right tabular-nums">{l.correct}</td>
              <td className="text-right tabular-nums">{Math.round(l.score * 100)}%</td>
            </tr>
          ))}
        </tbody>
      </table>
    </figure>
  );
}

/** Score over time for one lesson: a line through each test's score (dots numbered by date order). */
export function TrendChart({ title, points }: { title: string; points: { date: string; score: number }[] }) {
  const W = 260;
  const H = 80;
  const x = (i: number) => (points.length < 2 ? W / 2 : 10 + (i * (W - 20)) / (points.length - 1));
  const y = (s: number) => H - 10 - s * (H - 20);
  return (
    <figure className="rounded-lg border border-line p-3">
      <figcaption className="text-sm font-semibold">{title}</figcaption>
      <svg viewBox={`0 0 ${W} ${H}`} className="w-full max-w-xs" aria-hidden="true">
        <line x1={0} x2={W} y1={y(0.8)} y2={y(0.8)} className="stroke-line" strokeDasharray="3 3" />
        <polyline fill="none" className="stroke-accent" strokeWidth={2} points={points.map((p, i) => `${x(i)},${y(p.score)}`).join(" ")} />
        {points.map((p, i) => <circle key={i} cx={x(i)} cy={y(p.score)} r={3} className="fill-accent" />)}
      </svg>
      <p className="text-xs text-muted tabular-nums">{points.map((p) => `${p.date}: ${Math.round(p.score * 100)}%`).join(" · ")}</p>
    </figure>
  );
}
