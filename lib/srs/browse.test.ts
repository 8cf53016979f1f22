import { describe, expect, it } from "vitest";
import type { Corpus } from "../content/schema";
import type { Db } from "../db-client";
import { browse, dueLabel } from "./browse";
import { browseHref, browseProblems, MAX_QUERY, parseBrowseFilter, searchTerms, type BrowseFilter } from "./browse-filter";
import { card, days, items, lesson, minutes, reviewFixtures } from "./test-fixtures";

process.env.TZ = "Europe/Berlin";
const NOW = new Date("2025-03-10T10:00:00+01:00"); // the study day ends at 04:00 on the 11th
const HOUR = 4;

const check = (id: string, prompt: string, explanation: string, meta = "level: 2\ntags: quorum") => `## check ${id}
${meta}
sources: 000 §8 Raft
covers: T38
type: single
answer: b

### Prompt
${prompt}

### Choices
- a) Two
- b) Three

### Explanation
${explanation}
`;
const ladder = (id: string, question: string, rung: string) => `## ladder ${id}
level: 3
tags: interview, quorum
sources: ext Raft paper §5.4
covers: T38

### Question
${question}

#### Key points
- one
- two
- three

### Answer
A model answer.

### Rung: First follow-up?
${rung}

#### Key points
- one
- two
- three

### Rung: Second follow-up?
Deeper still.

#### Key points
- one
- two
- three
`;

const FILES = {
  "01-a/lesson.md": lesson("a", "Alpha"),
  "01-a/cards.md": items(
    "a",
    card("a1", "What is a **majority** of five?", "Three nodes."),
    card("a2", "Why do quorums overlap?", "Any two majorities share a node."),
    card("a3", "Term numbers act as a logical clock?", "Yes: stale leaders step down."),
  ),
  "01-a/checks.md": items("a", check("a-check", "Majority of five nodes?", "Overlap needs three of five.")),
  "02-b/lesson.md": lesson("b", "Beta"),
  "02-b/cards.md": items("b", card("b1", "Who may vote twice?", "Nobody, per term."), card("b2", "Leader lease length?", "Shorter than the election timeout.")),
  "02-b/ladders.md": items("b", ladder("b-ladder", "Design a lock service.", "Fencing tokens stop a paused holder.")),
};

const open = reviewFixtures("browse", FILES, NOW);
async function setup() {
  const f = await open();
  return { db: f.db, corpus: f.tree.corpus() };
}
const ids = async (db: Db, corpus: Corpus, f: BrowseFilter, pageSize?: number) => (await browse(db, corpus, f, NOW, HOUR, pageSize)).rows.map((r) => r.item.id);
const place = (db: Db, id: string, state: number, due: Date, suspended = false) =>
  db.card.update({ where: { id }, data: { state, due, suspended, stability: 4, difficulty: 5, reps: 2, lastReview: days(NOW, -2) } });

/** a1 new · a2 learning, due · a3 relearning, due in 10 min · b1 review due 03:30 tonight (today) · b2 review in 3 days, suspended. */
async function scheduled() {
  const s = await setup();
  await place(s.db, "a2", 1, minutes(NOW, -5));
  await place(s.db, "a3", 3, minutes(NOW, 10));
  await place(s.db, "b1", 2, new Date("2025-03-11T03:30:00+01:00"));
  await place(s.db, "b2", 2, days(NOW, 3), true);
  return s;
}

/** Counts Prisma operations, to hold browse() to one database read per page. */
function counting(db: Db) {
  const counter = { n: 0 };
  const wrapped = db.$extends({
    query: {
      $allModels: {
        $allOperations({ args, query }) {
          counter.n++;
          return query(args);
        },
      },
    },
  }) as unknown as Db;
  return { db: wrapped, counter };
}

describe("browse: text and metadata filters over the corpus", () => {
  it("every word must appear somewhere in the item, any case, any field; quotes keep a phrase", async () => {
    const { db, corpus } = await setup();
    expect(await ids(db, corpus, { q: "MAJORITY five" })).toEqual(["a1", "a-check"]); // a front and a prompt
    expect(await ids(db, corpus, { q: "share a node" })).toEqual(["a2"]); // words of a back
    expect(await ids(db, corpus, { q: "fencing" })).toEqual(["b-ladder"]); // a rung's answer
    expect(await ids(db, corpus, { q: "overlap needs" })).toEqual(["a-check"]); // an explanation
    expect(await ids(db, corpus, { q: '"of five"' })).toEqual(["a1", "a-check"]);
    expect(await ids(db, corpus, { q: '"five of"' })).toEqual([]);
    expect(await ids(db, corpus, { q: "b-ladder" })).toEqual(["b-ladder"]); // the id
  });

  it("a tag may be written as it is shown, with its #: in the Tag field or as a #word in the search", async () => {
    const { db, corpus } = await setup();
    expect(await ids(db, corpus, parseBrowseFilter({ tag: "#quorum" }))).toEqual(["a-check", "b-ladder"]);
    expect(await ids(db, corpus, parseBrowseFilter({ q: "#Quorum" }))).toEqual(["a-check", "b-ladder"]);
    expect(await ids(db, corpus, { q: "#quorum design" })).toEqual(["b-ladder"]); // a tag and a word
    expect(await ids(db, corpus, { q: "#quor" })).toEqual([]); // #word is the whole tag, not a prefix
    expect(await ids(db, corpus, { q: '"#quorum"' })).toEqual([]); // a quoted phrase is literal text
  });

  it("a quote left open runs to the end of the search, like a closed one", async () => {
    const { db, corpus } = await setup();
    expect(searchTerms('raft "of five')).toEqual([{ text: "raft", tag: false }, { text: "of five", tag: false }]);
    expect(await ids(db, corpus, { q: '"of five' })).toEqual(["a1", "a-check"]);
    expect(await ids(db, corpus, { q: '"five of' })).toEqual([]);
    expect(await ids(db, corpus, { q: '"' })).toHaveLength(7); // nothing to look for: everything
  });

  it("lesson, kind, level and tag narrow the list, in corpus order; counts are per kind over every match", async () => {
    const { db, corpus } = await setup();
    const all = await browse(db, corpus, {}, NOW, HOUR);
    expect(all).toMatchObject({ total: 7, byKind: { card: 5, check: 1, ladder: 1 }, page: 1, pageCount: 1 });
    expect(all.rows.map((r) => r.item.id)).toEqual(["a1", "a2", "a3", "a-check", "b1", "b2", "b-ladder"]);
    expect(await ids(db, corpus, { lesson: "b" })).toEqual(["b1", "b2", "b-ladder"]);
    expect(await ids(db, corpus, { kind: "check" })).toEqual(["a-check"]);
    expect(await ids(db, corpus, { level: 3 })).toEqual(["b-ladder"]);
    expect(await ids(db, corpus, { tag: "Quorum" })).toEqual(["a-check", "b-ladder"]);
    expect(await ids(db, corpus, { tag: "quorum", kind: "ladder", lesson: "a" })).toEqual([]);
  });

  it("each row carries its lesson title, origin and sources; cards their schedule, checks and ladders none", async () => {
    const { db, corpus } = await setup();
    const { rows } = await browse(db, corpus, { lesson: "a" }, NOW, HOUR);
    const [a1, , , chk] = rows;
    expect(a1).toMatchObject({ lessonTitle: "Alpha", origin: { file: "01-a/cards.md" }, schedule: { state: "New", reps: 0, suspended: false, version: 0 } });
    expect(a1.item.sources).toEqual([{ ref: "Raft paper §5.2" }]);
    expect(chk).toMatchObject({ origin: { file: "01-a/checks.md", line: 5 }, schedule: null });
    expect(chk.item.sources).toEqual([{ file: "000_13ab31193321a347.txt", section: "§8 Raft" }]);
  });
});

describe("browse: schedule filters (cards only), one database read per page", () => {
  it("new, learning, review, due (learning now or review before the 4 am day boundary), not due", async () => {
    const { db, corpus } = await scheduled();
    expect(await ids(db, corpus, { due: "new" })).toEqual(["a1"]);
    expect(await ids(db, corpus, { due: "learning" })).toEqual(["a2", "a3"]);
    expect(await ids(db, corpus, { due: "review" })).toEqual(["b1", "b2"]);
    expect(await ids(db, corpus, { due: "due" })).toEqual(["a2", "b1"]);
    expect(await ids(db, corpus, { due: "not-due" })).toEqual(["a3", "b2"]);
    // 04:30 next morning: a new study day, b1 and a3 are due now, b2 still is not.
    const later = await browse(db, corpus, { due: "due" }, new Date("2025-03-11T04:30:00+01:00"), HOUR);
    expect(later.rows.map((r) => r.item.id)).toEqual(["a2", "a3", "b1"]);
  });

  it("suspended yes/no, combined with text and due state: only a card can be suspended, so \"not suspended\" keeps checks and ladders", async () => {
    const { db, corpus } = await scheduled();
    expect(await ids(db, corpus, { suspended: "yes" })).toEqual(["b2"]);
    expect(await ids(db, corpus, { suspended: "no" })).toEqual(["a1", "a2", "a3", "a-check", "b1", "b-ladder"]);
    expect(await ids(db, corpus, { suspended: "no", kind: "check" })).toEqual(["a-check"]);
    expect(await ids(db, corpus, { suspended: "yes", kind: "check" })).toEqual([]);
    expect(await ids(db, corpus, { suspended: "no", due: "not-due" })).toEqual(["a3"]); // a due state asks for cards
    expect((await browse(db, corpus, { suspended: "no" }, NOW, HOUR)).byKind).toEqual({ card: 4, check: 1, ladder: 1 });
    expect(await ids(db, corpus, { q: "majority", due: "new" })).toEqual(["a1"]); // a-check matches the text, has no schedule
    const r = await browse(db, corpus, { suspended: "yes" }, NOW, HOUR);
    expect(r.rows[0].schedule).toMatchObject({ state: "Review", suspended: true, due: days(NOW, 3) });
    expect(r.byKind).toEqual({ card: 1, check: 0, ladder: 0 });
  });

  it("leeches: only cards flagged after 8 lapses, like Anki's leech tag", async () => {
    const { db, corpus } = await scheduled();
    expect(await ids(db, corpus, { due: "leech" })).toEqual([]);
    await db.card.update({ where: { id: "a3" }, data: { leech: true, lapses: 8 } });
    expect(await ids(db, corpus, { due: "leech" })).toEqual(["a3"]);
    expect(await ids(db, corpus, { due: "leech", lesson: "b" })).toEqual([]);
  });

  it("retired cards never match, even though their rows and history are kept", async () => {
    const { db, corpus } = await scheduled();
    await db.card.update({ where: { id: "b1" }, data: { retired: true } });
    expect(await ids(db, corpus, { due: "review" })).toEqual(["b2"]);
  });

  it("pages of a fixed size; a page past the end shows the last; one Prisma read per page", async () => {
    const s = await scheduled();
    const { db, counter } = counting(s.db);
    const p3 = await browse(db, s.corpus, { page: 3 }, NOW, HOUR, 3);
    expect(p3).toMatchObject({ total: 7, page: 3, pageCount: 3 });
    expect(p3.rows.map((r) => r.item.id)).toEqual(["b-ladder"]);
    expect((await browse(db, s.corpus, { page: 9 }, NOW, HOUR, 3)).page).toBe(3);
    const p1 = await browse(db, s.corpus, {}, NOW, HOUR, 3);
    expect(p1.rows.map((r) => r.schedule?.state)).toEqual(["New", "Learning", "Relearning"]);
    const filtered = await browse(db, s.corpus, { due: "due", page: 2 }, NOW, HOUR, 1);
    expect(filtered).toMatchObject({ total: 2, page: 2, pageCount: 2 });
    expect(filtered.rows.map((r) => r.item.id)).toEqual(["b1"]);
    expect(counter.n).toBe(2); // pages 3 and "9" hold no card and read nothing; the others one read each
  });
});

describe("browse URLs", () => {
  it("parses search params leniently: bad values are ignored, the first of repeated ones wins", () => {
    const f = parseBrowseFilter({ q: "  raft ", kind: "bogus", level: "7", page: "2", due: "due", tag: ["x", "y"], lesson: "Not An Id", suspended: "" });
    expect(f).toEqual({ q: "raft", page: 2, due: "due", tag: "x" });
    expect(parseBrowseFilter({ level: "3", suspended: "yes", page: "0" })).toEqual({ level: 3, suspended: "yes" });
    expect(parseBrowseFilter({ q: "   " })).toEqual({});
  });

  it("a long search is kept; one over the bound is not run, keeps what was typed and says why", () => {
    const long = "quorum ".repeat(100).trim(); // 699 characters: a pasted paragraph
    expect(parseBrowseFilter({ q: long }).q).toBe(long);
    const tooLong = "x".repeat(MAX_QUERY + 1);
    const f = parseBrowseFilter({ q: tooLong, kind: "card" });
    expect(f).toEqual({ kind: "card" });
    expect(browseProblems({ q: tooLong }, f, new Set())).toEqual({
      q: { typed: tooLong, message: "Search text is too long: 1,001 characters, at most 1,000. Shorten it to search." },
    });
    expect(browseProblems({ q: long }, parseBrowseFilter({ q: long }), new Set())).toEqual({});
  });

  it("a lesson id that names no lesson is reported, not shown as \"Any\"", () => {
    const lessons = new Set(["a", "b"]);
    const f = parseBrowseFilter({ lesson: "zzz" });
    expect(f).toEqual({ lesson: "zzz" });
    expect(browseProblems({ lesson: "zzz" }, f, lessons).lesson).toEqual({ id: "zzz", message: 'There is no lesson "zzz". Choose one from the Lesson menu, or clear it.' });
    expect(browseProblems({ lesson: "a" }, parseBrowseFilter({ lesson: "a" }), lessons)).toEqual({});
  });

  it("each value that does not parse is reported beside its field and left out; the other filters still apply", () => {
    const lessons = new Set(["a", "b"]);
    const params = { lesson: "Bad Id!", kind: "bogus", level: "7", due: "soon", suspended: "maybe", tag: "#", q: "quorum" };
    const f = parseBrowseFilter(params);
    expect(f).toEqual({ q: "quorum" });
    expect(browseProblems(params, f, lessons)).toEqual({
      lesson: { message: '"Bad Id!" is not a lesson id, so this filter is not applied. Choose one from the Lesson menu.' },
      kind: { message: '"bogus" is not a kind (one of card, check, ladder), so this filter is not applied.' },
      level: { message: '"7" is not a level (1, 2 or 3), so this filter is not applied.' },
      tag: { message: '"#" is not a tag (1 to 80 characters after a leading #), so this filter is not applied.' },
      due: { message: '"soon" is not a due state (one of new, learning, review, due, not-due, leech), so this filter is not applied.' },
      suspended: { message: '"maybe" is not a suspended value (yes or no), so this filter is not applied.' },
    });
    // One bad value among good ones: only that one is reported, and the good ones parse as before.
    const mixed = { lesson: "a", kind: "bogus", level: "2" };
    expect(parseBrowseFilter(mixed)).toEqual({ lesson: "a", level: 2 });
    expect(browseProblems(mixed, parseBrowseFilter(mixed), lessons)).toEqual({ kind: { message: expect.stringContaining('"bogus" is not a kind') } });
    // An empty field means "any", never a problem.
    expect(browseProblems({ kind: "", level: " " }, parseBrowseFilter({ kind: "", level: " " }), lessons)).toEqual({});
  });

  it("applies the good filters when one is bad: the items of lesson a, whatever the bogus kind", async () => {
    const { db, corpus } = await setup();
    const all = await ids(db, corpus, parseBrowseFilter({ lesson: "a" }));
    expect(await ids(db, corpus, parseBrowseFilter({ lesson: "a", kind: "bogus" }))).toEqual(all);
    expect(all.length).toBeGreaterThan(0);
    expect(all.length).toBeLessThan(corpus.items.length);
  });

  it("builds bookmarkable hrefs that parse back to the same filter", () => {
    expect(browseHref({})).toBe("/browse");
    expect(browseHref({ q: "a b", kind: "card", page: 1 })).toBe("/browse?q=a+b&kind=card");
    const f: BrowseFilter = { q: "quorum", lesson: "raft", kind: "check", level: 2, tag: "elections", due: "not-due", suspended: "no", page: 4 };
    const params = Object.fromEntries(new URL(browseHref(f), "http://x").searchParams);
    expect(parseBrowseFilter(params)).toEqual(f);
  });
});

describe("due labels", () => {
  const s = (state: "New" | "Learning" | "Review", due: Date) =>
    ({ state, due, version: 0, stability: 1, difficulty: 5, reps: 1, lapses: 0, suspended: false, buriedUntil: null, leech: false, lastReview: null }) as const;
  it("read like the dashboard: new, due now, overdue, due today, in …", () => {
    expect(dueLabel(s("New", NOW), NOW, HOUR)).toBe("new");
    expect(dueLabel(s("Learning", minutes(NOW, -5)), NOW, HOUR)).toBe("due now");
    expect(dueLabel(s("Review", days(NOW, -3)), NOW, HOUR)).toBe("overdue 3 d");
    expect(dueLabel(s("Review", minutes(NOW, 17 * 60)), NOW, HOUR)).toBe("due today");
    expect(dueLabel(s("Learning", minutes(NOW, 10)), NOW, HOUR)).toBe("in 10 min");
    expect(dueLabel(s("Review", days(NOW, 3)), NOW, HOUR)).toBe("in 3 days");
  });
});
