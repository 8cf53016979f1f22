import { SIM_LINE } from "@/lib/content/parse";

/**
 * A lesson body cut at its `[[sim:NAME?preset=…]]` lines (content/README.md): markdown runs
 * between simulator embeds. A sim line inside a ``` fence is an example, not an embed, so it stays.
 */
export type LessonSegment = { kind: "markdown"; markdown: string } | { kind: "sim"; name: string; preset: string | null; line: number };

const FENCE = /^\s*(```|~~~)/;

export function splitLessonBody(body: string): LessonSegment[] {
  const out: LessonSegment[] = [];
  let run: string[] = [];
  let fence: string | null = null;
  const flush = () => {
    const markdown = run.join("\n").trim();
    if (markdown) out.push({ kind: "markdown", markdown });
    run = [];
  };
  body.split(/\r?\n/).forEach((line, i) => {
    const f = FENCE.exec(line);
    if (f) fence = fence === null ? f[1] : fence === f[1] ? null : fence;
    const m = fence === null ? SIM_LINE.exec(line) : null;
    if (!m) {
      run.push(line);
      return;
    }
    flush();
    out.push({ kind: "sim", name: m[1], preset: new URLSearchParams(m[2] ?? "").get("preset"), line: i + 1 });
  });
  flush();
  return out;
}
