import { renderMarkdown } from "@/lib/content/render";
import { splitLessonBody } from "@/components/lesson/lesson-segments";
import { SimPlaceholder } from "@/components/lesson/sim-placeholder";

/** A lesson's explanation: sanitized markdown (renderMarkdown), with simulator placeholders where the lesson embeds one. */
export function LessonBody({ body }: { body: string }) {
  let sims = 0;
  return (
    <div className="space-y-4 [&_h2]:mt-8 [&_h2]:text-xl [&_h2]:font-semibold [&_h3]:mt-6 [&_h3]:text-lg [&_h3]:font-semibold">
      {splitLessonBody(body).map((s, i) =>
        s.kind === "markdown" ? (
          <div key={i} className="md" dangerouslySetInnerHTML={{ __html: renderMarkdown(s.markdown) }} />
        ) : (
          <SimPlaceholder key={i} name={s.name} preset={s.preset} index={++sims} />
        ),
      )}
    </div>
  );
}
