import { renderInline, renderMarkdown } from "@/lib/content/render";

/**
 * Rendered markdown for the page: each diagram (<pre>) and table goes in a box of its own that
 * scrolls sideways, followed by a hint that shows only when the box overflows
 * (components/ui/scroll-regions.tsx marks it, and makes it focusable then).
 */
const HINT = '<p class="scroll-hint text-caption text-muted" aria-hidden="true">↔ Scroll sideways for the rest</p>';

export function wrapWide(html: string): string {
  return html
    .replace(/<pre>[\s\S]*?<\/pre>/g, (m) => `<div class="scroll-x" data-scroll-label="Diagram">${m}</div>${HINT}`)
    .replace(/<table>[\s\S]*?<\/table>/g, (m) => `<div class="scroll-x" data-scroll-label="Table">${m}</div>${HINT}`);
}

export const markdownHtml = (source: string) => wrapWide(renderMarkdown(source));
export const inlineHtml = (source: string) => renderInline(source);
