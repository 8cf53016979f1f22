import type { OutlineEntry } from "@/components/lesson/lesson-outline";

/** The lesson's table of contents: its h2 sections, with their h3s indented under them. */
export function LessonToc({ outline }: { outline: OutlineEntry[] }) {
  if (!outline.length) return null;
  return (
    <nav aria-labelledby="contents-heading" className="text-small">
      <h2 id="contents-heading" className="mb-2 text-caption font-semibold uppercase tracking-wide text-muted">
        Contents
      </h2>
      <ol className="space-y-1 border-l border-line">
        {outline.map((e) => (
          <li key={e.id} className={e.level === 3 ? "pl-6" : "pl-3"}>
            <a
              href={`#${e.id}`}
              className="-ml-px block border-l-2 border-transparent py-0.5 pl-0 text-ink underline-offset-2 hover:border-accent hover:underline pointer-coarse:py-2"
              dangerouslySetInnerHTML={{ __html: e.html }}
            />
          </li>
        ))}
      </ol>
    </nav>
  );
}
