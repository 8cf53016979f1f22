import { renderMarkdown } from "@/lib/content/render";
import { splitLessonBody } from "./lesson-segments";
import { SimPlaceholder } from "./sim-placeholder";

/** A lesson's explanation: sanitized markdown (renderMarkdown), with simulator placeholders where the lesson embeds one. */
export function LessonBody({ body }: { body: string }) {
  let sims = 0;
  return (
    <div className="space-y-4">
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
