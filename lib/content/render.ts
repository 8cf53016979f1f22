import rehypeSanitize, { defaultSchema, type Options as SanitizeSchema } from "rehype-sanitize";
import rehypeStringify from "rehype-stringify";
import remarkGfm from "remark-gfm";
import remarkParse from "remark-parse";
import remarkRehype from "remark-rehype";
import { unified } from "unified";

/**
 * Markdown to safe HTML. Raw HTML in content is dropped (remark-rehype without
 * allowDangerousHtml), and the result still passes rehype-sanitize's GitHub schema, so
 * nothing a content file says can reach the page as script, style or event handler.
 * Code blocks keep their language class so ASCII diagrams render in monospace.
 */
const schema: SanitizeSchema = {
  ...defaultSchema,
  attributes: {
    ...defaultSchema.attributes,
    code: [...(defaultSchema.attributes?.code ?? []), ["className", /^language-./]],
  },
};

const processor = unified()
  .use(remarkParse)
  .use(remarkGfm)
  .use(remarkRehype)
  .use(rehypeSanitize, schema)
  .use(rehypeStringify);

const cache = new Map<string, string>();

export function renderMarkdown(markdown: string): string {
  const hit = cache.get(markdown);
  if (hit !== undefined) return hit;
  const html = String(processor.processSync(markdown));
  if (cache.size > 5000) cache.clear();
  cache.set(markdown, html);
  return html;
}

/** Inline markdown (a choice, a rung question): the same pipeline without the wrapping <p>. */
export function renderInline(markdown: string): string {
  return renderMarkdown(markdown).replace(/^<p>([\s\S]*)<\/p>\s*$/, "$1");
}
