import type { LessonPart } from "@/components/lesson/lesson-outline";
import { SimEmbed } from "@/components/sim/sim-embed";

/**
 * A lesson's explanation: its rendered markdown runs (lessonOutline), with the live simulator where
 * the lesson embeds one (`[[sim:NAME?preset=…]]`). SimEmbed is a client leaf that loads the
 * simulator's code lazily, so a lesson without one ships none.
 */
export function LessonBody({ parts }: { parts: LessonPart[] }) {
  return (
    <div className="space-y-4 [&_h2]:mt-8 [&_h2]:scroll-mt-4 [&_h2]:text-heading [&_h3]:mt-6 [&_h3]:scroll-mt-4 [&_h3]:text-subheading">
      {parts.map((p, i) =>
        p.kind === "html" ? (
          <div key={i} className="md" dangerouslySetInnerHTML={{ __html: p.html }} />
        ) : (
          <SimEmbed key={i} name={p.name} preset={p.preset} mode="embed" />
        ),
      )}
    </div>
  );
}
