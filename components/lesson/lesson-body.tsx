import { renderMarkdown } from "@/lib/content/render";
import { splitLessonBody } from "@/components/lesson/lesson-segments";
import { SimEmbed } from "@/components/sim/sim-embed";

/**
 * A lesson's explanation: sanitized markdown (renderMarkdown), with the live simulator where the
 * lesson embeds one. SimEmbed is a client leaf that loads the simulator's code lazily.
 */
export function LessonBody({ body }: { body: string }) {
  return (
    <div className="space-y-4 [&_h2]:mt-8 [&_h2]:text-xl [&_h2]:font-semibold [&_h3]:mt-6 [&_h3]:text-lg [&_h3]:font-semibold">
      {splitLessonBody(body).map((s, i) =>
        s.kind === "markdown" ? (
          <div key={i} className="md" dangerouslySetInnerHTML={{ __html: renderMarkdown(s.markdown) }} />
        ) : (
          <SimEmbed key={i} name={s.name} preset={s.preset} mode="embed" />
        ),
      )}
    </div>
  );
}
