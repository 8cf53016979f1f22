import { z } from "zod";
import { idSchema, type Corpus, type Item, type ItemKind } from "../content/schema";

/**
 * The browser's filters as they live in the URL (bookmarkable, a plain GET form), and the
 * in-memory half of the search: text, lesson, kind, level and tag run over the corpus.
 */

export const DUE_STATES = ["new", "learning", "review", "due", "not-due"] as const;
export type DueState = (typeof DUE_STATES)[number];
export const DUE_STATE_LABELS: Record<DueState, string> = {
  new: "New (never reviewed)",
  learning: "Learning or relearning",
  review: "Review",
  due: "Due (learning now, review today)",
  "not-due": "Scheduled, not due yet",
};
export const KINDS = ["card", "check", "ladder"] as const satisfies readonly ItemKind[];
export const PAGE_SIZE = 50;

/** Search params as the URL carries them; a value that does not parse is ignored, never an error page. */
const filterSchema = z.object({
  q: z.string().trim().max(200).optional().catch(undefined),
  lesson: idSchema.optional().catch(undefined),
  kind: z.enum(KINDS).optional().catch(undefined),
  level: z.enum(["1", "2", "3"]).transform(Number).optional().catch(undefined),
  tag: z.string().trim().min(1).max(80).optional().catch(undefined),
  due: z.enum(DUE_STATES).optional().catch(undefined),
  suspended: z.enum(["yes", "no"]).optional().catch(undefined),
  page: z.coerce.number().int().min(1).max(100_000).optional().catch(undefined),
});
export type BrowseFilter = z.infer<typeof filterSchema>;

export function parseBrowseFilter(params: Record<string, string | string[] | undefined>): BrowseFilter {
  const flat: Record<string, string> = {};
  for (const [k, v] of Object.entries(params)) {
    const one = Array.isArray(v) ? v[0] : v;
    if (one !== undefined && one.trim() !== "") flat[k] = one; // an empty form field means "any"
  }
  const f = filterSchema.parse(flat);
  return f.q ? f : { ...f, q: undefined };
}

const ORDER = ["q", "lesson", "kind", "level", "tag", "due", "suspended", "page"] as const;

/** A bookmarkable /browse URL; page 1 and empty filters are left out. */
export function browseHref(f: BrowseFilter): string {
  const p = new URLSearchParams();
  for (const k of ORDER) {
    const v = f[k];
    if (v === undefined || v === "" || (k === "page" && v === 1)) continue;
    p.set(k, String(v));
  }
  const qs = p.toString();
  return qs ? `/browse?${qs}` : "/browse";
}

/** Words must all appear (any order, any field, case-insensitive); "quoted phrases" match as written. */
export function searchTerms(q: string | undefined): string[] {
  if (!q) return [];
  return [...q.toLowerCase().matchAll(/"([^"]+)"|(\S+)/g)].map((m) => (m[1] ?? m[2]).trim()).filter(Boolean);
}

export function itemFilter(corpus: Corpus, f: BrowseFilter): (i: Item) => boolean {
  const terms = searchTerms(f.q);
  const tag = f.tag?.toLowerCase();
  return (i) =>
    (f.lesson === undefined || i.topic === f.lesson) &&
    (f.kind === undefined || i.kind === f.kind) &&
    (f.level === undefined || i.level === f.level) &&
    (tag === undefined || i.tags.some((t) => t.toLowerCase() === tag)) &&
    (terms.length === 0 || terms.every((t) => searchText(corpus, i).includes(t)));
}

const texts = new WeakMap<Corpus, Map<string, string>>();

/** Every word a learner might search for: the id, tags, and every text field of the item. */
function searchText(corpus: Corpus, item: Item): string {
  let index = texts.get(corpus);
  if (!index) texts.set(corpus, (index = new Map()));
  let text = index.get(item.id);
  if (text === undefined) {
    const parts = [item.id, item.tags.join(" ")];
    if (item.kind === "card") parts.push(item.front, item.back, item.why ?? "", item.myth ?? "");
    if (item.kind === "check") parts.push(item.prompt, ...item.choices.map((c) => c.text), item.explanation);
    if (item.kind === "ladder") parts.push(item.question, item.answer, ...item.rungs.flatMap((r) => [r.prompt, r.answer]));
    text = parts.join("\n").toLowerCase();
    index.set(item.id, text);
  }
  return text;
}

/** One line of plain text naming the item in a list: its front, prompt or question without markdown marks. */
export function itemSummary(item: Item, max = 160): string {
  const raw = item.kind === "card" ? item.front : item.kind === "check" ? item.prompt : item.question;
  const flat = raw
    .replace(/```[\s\S]*?```/g, " ")
    .replace(/[*`#>]/g, "")
    .replace(/\[([^\]]*)\]\([^)]*\)/g, "$1")
    .replace(/\s+/g, " ")
    .trim();
  return flat.length > max ? `${flat.slice(0, max - 1).trimEnd()}…` : flat;
}

/** The lessons and tags the filter form offers. */
export function browseOptions(corpus: Corpus): { lessons: { id: string; title: string }[]; tags: string[] } {
  const tags = new Set<string>();
  for (const i of corpus.items) for (const t of i.tags) tags.add(t);
  return { lessons: corpus.lessons.map((l) => ({ id: l.id, title: l.title })), tags: [...tags].sort((a, b) => a.localeCompare(b)) };
}
