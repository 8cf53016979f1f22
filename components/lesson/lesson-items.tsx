/** One kind of a lesson's items (cards, checks or ladders) under its own heading. */
export function LessonItems({ id, title, count, children }: { id: string; title: string; count: number; children: React.ReactNode }) {
  return (
    <section id={id} aria-labelledby={`${id}-heading`} className="scroll-mt-4 space-y-3">
      <h2 id={`${id}-heading`} className="text-xl font-semibold">
        {title} <span className="text-base font-normal text-zinc-600 tabular-nums dark:text-zinc-400">({count})</span>
      </h2>
      {count ? <ol className="space-y-3">{children}</ol> : <p className="text-sm text-zinc-600 dark:text-zinc-400">None in this lesson yet.</p>}
    </section>
  );
}
