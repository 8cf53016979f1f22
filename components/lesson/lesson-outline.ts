import { splitLessonBody } from "@/components/lesson/lesson-segments";
import { markdownHtml } from "@/components/ui/markdown-html";

/**
 * A lesson body ready for its page: the markdown runs rendered (wide diagrams and tables in scroll
 * boxes), each h2 and h3 given an id, and the outline of those headings for the table of contents.
 * Simulator embeds stay where the lesson put them (splitLessonBody), for components/lesson to draw.
 */
export type LessonPart = { kind: "html"; html: string } | { kind: "sim"; name: string; preset: string | null; index: number };
export type OutlineEntry = { id: string; level: 2 | 3; html: string };

const RESERVED = new Set(["main", "lesson", "contents", "practice"]);

export function slugify(text: string): string {
  return (
    text
      .toLowerCase()
      .normalize("NFKD")
      .replace(/[\u0300-\u036f]/g, "")
      .replace(/&[a-z]+;|&#\d+;/g, " ")
      .replace(/[^a-z0-9]+/g, "-")
      .replace(/^-+|-+$/g, "") || "section"
  );
}

const stripTags = (html: string) => html.replace(/<[^>]*>/g, "");

export function lessonOutline(body: string): { parts: LessonPart[]; outline: OutlineEntry[] } {
  const used = new Set(RESERVED);
  const outline: OutlineEntry[] = [];
  let sims = 0;
  const parts = splitLessonBody(body).map((s): LessonPart => {
    if (s.kind === "sim") return { kind: "sim", name: s.name, preset: s.preset, index: ++sims };
    const html = markdownHtml(s.markdown).replace(/<h([23])>([\s\S]*?)<\/h\1>/g, (_, level: string, inner: string) => {
      const base = slugify(stripTags(inner));
      let id = base;
      for (let n = 2; used.has(id); n++) id = `${base}-${n}`;
      used.add(id);
      outline.push({ id, level: Number(level) as 2 | 3, html: inner.replace(/<\/?a\b[^>]*>/g, "") }); // no link inside the TOC link
      return `<h${level} id="${id}">${inner}</h${level}>`;
    });
    return { kind: "html", html };
  });
  return { parts, outline };
}
