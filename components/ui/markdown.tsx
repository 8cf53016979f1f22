import { inlineHtml, markdownHtml } from "@/components/ui/markdown-html";

/** Content markdown (sanitized by lib/content/render.ts), with wide diagrams and tables in scroll boxes. */
export function Markdown({ source, id, className = "" }: { source: string; id?: string; className?: string }) {
  return <div id={id} className={`md ${className}`.trim()} dangerouslySetInnerHTML={{ __html: markdownHtml(source) }} />;
}

/** A line of inline markdown (a choice, a rung's question). */
export function InlineMarkdown({ source, className }: { source: string; className?: string }) {
  return <span className={className} dangerouslySetInnerHTML={{ __html: inlineHtml(source) }} />;
}
