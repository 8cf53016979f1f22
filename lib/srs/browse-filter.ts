import { z } from "zod";
import { idSchema, type Corpus, type Item, type ItemKind } from "../content/schema";

/**
 * The browser's filters as they live in the URL (bookmarkable, a plain GET form), and the
 * in-memory half of the search: text, lesson, kind, level and tag run over the corpus.
 */

export const DUE_STATES = ["new", "learning", "review", "due", "not-due", "leech"] as const;
export type DueState = (typeof DUE_STATES)[number];
export const DUE_STATE_LABELS: Record<DueState, string> = {
  new: "New (never reviewed)",
  learning: "Learning or relearning",
  review: "Review",
  due: "Due (learning now, review today)",
  "not-due": "Scheduled, not due yet",
  leech: "Leeches (forgotten 8+ times)",
};
export const KINDS = ["card", "check", "ladder"] as const satisfies readonly ItemKind[];
export const PAGE_SIZE = 50;
/** Longer than any real question (a pasted paragraph fits); beyond it the search is refused with a message, not dropped. */
export const MAX_QUERY = 1000;

/** Tags read as "#vocabulary" everywhere, so a leading "#" is accepted and means the same tag. */
const untag = (s: string) => s.replace(/^#+/, "").trim();

/** Search params as the URL carries them; a value that does not parse is ignored, never an error page. */
const filterSchema = z.object({
  q: z.string().trim().max(MAX_QUERY).optional().catch(undefined),
  lesson: idSchema.optional().catch(undefined),
  kind: z.enum(KINDS).optional().catch(undefined),
  level: z.enum(["1", "2", "3"]).transform(Number).optional().catch(undefined),
  tag: z.string().transform(untag).pipe(z.string().min(1).max(80)).optional().catch(undefined),
  due: z.enum(DUE_STATES).optional().catch(undefined),
  suspended: z.enum(["yes", "no"]).optional().catch(undefined),
  page: z.coerce.number().int().min(1).max(100_000).optional().catch(undefined),
});
export type BrowseFilter = z.infer<typeof filterSchema>;

type Params = Record<string, string | string[] | undefined>;

function flatten(params: Params): Record<string, string> {
  const flat: Record<string, string> = {};
  for (const [k, v] of Object.entries(params)) {
    const one = Array.isArray(v) ? v[0] : v;
    if (one !== undefined && one.trim() !== "") flat[k] = one; // an empty form field means "any"
  }
  return flat;
}

export function parseBrowseFilter(params: Params): BrowseFilter {
  const f = filterSchema.parse(flatten(params));
  return f.q ? f : { ...f, q: undefined };
}

/** A filter value the learner gave that cannot be used as is, with what to tell them. */
export interface BrowseProblems {
  /** The search text was too long to run; `typed` keeps it for the search box. */
  q?: { message: string; typed: string };
  /** The lesson names no lesson of the corpus (`id`: well formed, so it stays selected and matches nothing) or is no lesson id at all (not applied). */
  lesson?: { message: string; id?: string };
  /** A value these menus do not offer (a hand-edited or old URL): that filter is not applied, the others are. */
  kind?: { message: string };
  level?: { message: string };
  tag?: { message: string };
  due?: { message: string };
  suspended?: { message: string };
}

/** What each filter accepts, for '"bogus" is not a kind (one of card, check, ladder)'. */
const EXPECTED = {
  kind: ["kind", `one of ${KINDS.join(", ")}`],
  level: ["level", "1, 2 or 3"],
  tag: ["tag", "1 to 80 characters after a leading #"],
  due: ["due state", `one of ${DUE_STATES.join(", ")}`],
  suspended: ["suspended value", "yes or no"],
} as const;

const quoted = (v: string) => JSON.stringify(v.length > 60 ? `${v.slice(0, 59)}…` : v);

/**
 * The problems parseBrowseFilter does not drop silently: an over-long search, an unknown lesson,
 * and any filter value that does not parse (parseBrowseFilter leaves that filter out, so the rest
 * still apply; the learner is told which one was ignored and why).
 */
export function browseProblems(params: Params, f: BrowseFilter, lessonIds: ReadonlySet<string>): BrowseProblems {
  const out: BrowseProblems = {};
  const given = flatten(params);
  const q = given.q?.trim();
  if (q && q.length > MAX_QUERY)
    out.q = { typed: q, message: `Search text is too long: ${q.length.toLocaleString("en")} characters, at most ${MAX_QUERY.toLocaleString("en")}. Shorten it to search.` };
  if (f.lesson !== undefined && !lessonIds.has(f.lesson))
    out.lesson = { id: f.lesson, message: `There is no lesson "${f.lesson}". Choose one from the Lesson menu, or clear it.` };
  else if (f.lesson === undefined && given.lesson !== undefined)
    out.lesson = { message: `${quoted(given.lesson)} is not a lesson id, so this filter is not applied. Choose one from the Lesson menu.` };
  for (const k of ["kind", "level", "tag", "due", "suspended"] as const) {
    const [what, accepts] = EXPECTED[k];
    if (f[k] === undefined && given[k] !== undefined) out[k] = { message: `${quoted(given[k])} is not a ${what} (${accepts}), so this filter is not applied.` };
  }
  return out;
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

export interface SearchTerm {
  text: string;
  /** "#quorum": the item must carry that tag (tags display with a "#"). */
  tag: boolean;
}

/**
 * Words must all appear (any order, any field, case-insensitive); "quoted phrases" match as
 * written, and a quote left open runs to the end of the text; #word means the tag "word".
 */
export function searchTerms(q: string | undefined): SearchTerm[] {
  if (!q) return [];
  const terms: SearchTerm[] = [];
  for (const m of q.toLowerCase().matchAll(/"([^"]*)(?:"|$)|(\S+)/g)) {
    if (m[1] !== undefined) {
      const text = m[1].trim().replace(/\s+/g, " ");
      if (text) terms.push({ text, tag: false });
    } else if (m[2].startsWith("#")) {
      const text = untag(m[2]);
      if (text) terms.push({ text, tag: true });
    } else terms.push({ text: m[2], tag: false });
  }
  return terms;
}

const hasTag = (i: Item, tag: string) => i.tags.some((t) => t.toLowerCase() === tag);

export function itemFilter(corpus: Corpus, f: BrowseFilter): (i: Item) => boolean {
  const terms = searchTerms(f.q);
  const tag = f.tag === undefined ? undefined : untag(f.tag).toLowerCase();
  return (i) =>
    (f.lesson === undefined || i.topic === f.lesson) &&
    (f.kind === undefined || i.kind === f.kind) &&
    (f.level === undefined || i.level === f.level) &&
    (tag === undefined || hasTag(i, tag)) &&
    terms.every((t) => (t.tag ? hasTag(i, t.text) : searchText(corpus, i).includes(t.text)));
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
