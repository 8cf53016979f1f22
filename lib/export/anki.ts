import Database from "better-sqlite3";
import { createHash } from "node:crypto";
import { strToU8, zipSync } from "fflate";
import { renderMarkdown } from "../content/render";
import type { Card, Corpus } from "../content/schema";

/**
 * Export to Anki: an .apkg (a zip of `collection.anki2`, an Anki schema-11 SQLite collection, and
 * a `media` map) written with better-sqlite3 and fflate, the layout genanki and Anki's own
 * exporter use; plus a plain TSV with Anki's import headers. One note per flashcard (Basic
 * note type: Front / Back, the "why" line under the back), markdown rendered to sanitized HTML, one
 * sub-deck per lesson under "Quorum", the item's tags kept (plus its lesson and level). Cards
 * arrive as new cards: FSRS state does not carry over, since Anki keeps its own. Ids are derived
 * from item ids, so importing a newer export updates the same notes instead of duplicating them.
 */

const MODEL_ID = 1733400000001; // fixed: every export uses the same note type
const DECK_ROOT = "Quorum";

const sha1 = (s: string) => createHash("sha1").update(s).digest("hex");
/** A stable positive 53-bit-safe id in Anki's millisecond-timestamp range. */
const stableId = (s: string) => 1_500_000_000_000 + (parseInt(sha1(s).slice(0, 10), 16) % 100_000_000_000);
/** Anki's checksum of a note's first field: the first 8 hex digits of sha1 of its plain text. */
const checksum = (html: string) => parseInt(sha1(stripHtml(html)).slice(0, 8), 16);
const stripHtml = (html: string) => html.replace(/<[^>]*>/g, "").replace(/&nbsp;/g, " ").trim();
/** Anki tags are space-separated words. */
const tag = (t: string) => t.trim().replace(/\s+/g, "_");

export interface ExportCard {
  id: string;
  deck: string;
  front: string; // HTML
  back: string; // HTML
  tags: string[];
  position: number;
}

export function exportCards(corpus: Corpus): ExportCard[] {
  const lessons = new Map(corpus.lessons.map((l) => [l.id, l]));
  return corpus.items
    .filter((i): i is Card => i.kind === "card")
    .map((c, position) => {
      const l = lessons.get(c.topic);
      const deck = `${DECK_ROOT}::${l ? `${String(l.order).padStart(2, "0")} ${l.title}` : c.topic}`;
      const back = renderMarkdown(c.back) + (c.why ? `<p class="why"><em>${renderMarkdown(c.why).replace(/^<p>|<\/p>$/g, "")}</em></p>` : "");
      const tags = [...new Set([...c.tags.map(tag), `quorum::${c.topic}`, `level::${c.level}`, ...(c.myth ? ["myth"] : [])])];
      return { id: c.id, deck, front: renderMarkdown(c.front), back, tags, position };
    });
}

const CSS = `.card { font-family: system-ui, sans-serif; font-size: 18px; text-align: left; color: black; background: white; }
.why { color: #555; font-size: 0.9em; } pre { white-space: pre-wrap; } table { border-collapse: collapse; } td, th { border: 1px solid #999; padding: 2px 6px; }`;

function model(now: number, deckId: number) {
  return {
    [MODEL_ID]: {
      id: MODEL_ID,
      name: "Quorum Basic",
      type: 0,
      mod: now,
      usn: -1,
      sortf: 0,
      did: deckId,
      tmpls: [{ name: "Card 1", ord: 0, qfmt: "{{Front}}", afmt: "{{FrontSide}}\n\n<hr id=answer>\n\n{{Back}}", bqfmt: "", bafmt: "", did: null, bfont: "", bsize: 0 }],
      flds: ["Front", "Back"].map((name, ord) => ({ name, ord, sticky: false, rtl: false, font: "Arial", size: 20, media: [] })),
      css: CSS,
      latexPre: "\\documentclass[12pt]{article}\n\\special{papersize=3in,5in}\n\\usepackage{amssymb,amsmath}\n\\pagestyle{empty}\n\\setlength{\\parindent}{0in}\n\\begin{document}\n",
      latexPost: "\\end{document}",
      latexsvg: false,
      req: [[0, "any", [0]]],
      tags: [],
      vers: [],
    },
  };
}

function deckJson(id: number, name: string, now: number) {
  return { id, name, mod: now, usn: -1, collapsed: false, browserCollapsed: false, desc: "", dyn: 0, conf: 1, extendNew: 0, extendRev: 0, lrnToday: [0, 0], revToday: [0, 0], newToday: [0, 0], timeToday: [0, 0] };
}

const DCONF = {
  1: {
    id: 1, name: "Default", mod: 0, usn: 0, maxTaken: 60, autoplay: true, timer: 0, replayq: true, dyn: false,
    new: { bury: false, delays: [1, 10], initialFactor: 2500, ints: [1, 4, 0], order: 1, perDay: 20 },
    rev: { bury: false, ease4: 1.3, ivlFct: 1, maxIvl: 36500, perDay: 200, hardFactor: 1.2 },
    lapse: { delays: [10], leechAction: 1, leechFails: 8, minInt: 1, mult: 0 },
  },
};

const SCHEMA = `
CREATE TABLE col (id integer primary key, crt integer not null, mod integer not null, scm integer not null, ver integer not null,
  dty integer not null, usn integer not null, ls integer not null, conf text not null, models text not null, decks text not null,
  dconf text not null, tags text not null);
CREATE TABLE notes (id integer primary key, guid text not null, mid integer not null, mod integer not null, usn integer not null,
  tags text not null, flds text not null, sfld integer not null, csum integer not null, flags integer not null, data text not null);
CREATE TABLE cards (id integer primary key, nid integer not null, did integer not null, ord integer not null, mod integer not null,
  usn integer not null, type integer not null, queue integer not null, due integer not null, ivl integer not null, factor integer not null,
  reps integer not null, lapses integer not null, left integer not null, odue integer not null, odid integer not null, flags integer not null,
  data text not null);
CREATE TABLE revlog (id integer primary key, cid integer not null, usn integer not null, ease integer not null, ivl integer not null,
  lastIvl integer not null, factor integer not null, time integer not null, type integer not null);
CREATE TABLE graves (usn integer not null, oid integer not null, type integer not null);
CREATE INDEX ix_notes_usn on notes (usn);
CREATE INDEX ix_cards_usn on cards (usn);
CREATE INDEX ix_revlog_usn on revlog (usn);
CREATE INDEX ix_cards_nid on cards (nid);
CREATE INDEX ix_cards_sched on cards (did, queue, due);
CREATE INDEX ix_revlog_cid on revlog (cid);
CREATE INDEX ix_notes_csum on notes (csum);`;

/** The Anki collection (schema 11) holding these cards, as SQLite file bytes. */
export function ankiCollection(cards: ExportCard[], now: Date): Buffer {
  const db = new Database(":memory:");
  try {
    db.exec(SCHEMA);
    const secs = Math.floor(now.getTime() / 1000);
    const deckIds = new Map<string, number>();
    const decks: Record<string, unknown> = { 1: deckJson(1, "Default", secs) };
    const deckId = (name: string) => {
      let id = deckIds.get(name);
      if (id === undefined) {
        deckIds.set(name, (id = stableId(`deck:${name}`)));
        decks[id] = deckJson(id, name, secs);
      }
      return id;
    };
    const root = deckId(DECK_ROOT);
    const note = db.prepare("INSERT INTO notes VALUES (?, ?, ?, ?, -1, ?, ?, ?, ?, 0, '')");
    const card = db.prepare("INSERT INTO cards VALUES (?, ?, ?, 0, ?, -1, 0, 0, ?, 0, 0, 0, 0, 0, 0, 0, 0, '')");
    db.transaction(() => {
      for (const c of cards) {
        const nid = stableId(`note:${c.id}`);
        // guid: Anki matches notes across imports by it; the item id is ours and never changes.
        note.run(nid, `quorum:${c.id}`, MODEL_ID, secs, ` ${c.tags.join(" ")} `, `${c.front}\x1f${c.back}`, stripHtml(c.front), checksum(c.front));
        card.run(stableId(`card:${c.id}`), nid, deckId(c.deck), secs, c.position + 1);
      }
    })();
    const conf = { activeDecks: [1], curDeck: 1, newSpread: 0, collapseTime: 1200, timeLim: 0, estTimes: true, dueCounts: true, curModel: String(MODEL_ID), nextPos: cards.length + 1, sortType: "noteFld", sortBackwards: false, addToCur: true };
    db.prepare("INSERT INTO col VALUES (1, ?, ?, ?, 11, 0, 0, 0, ?, ?, ?, ?, '{}')").run(
      secs,
      now.getTime(),
      now.getTime(),
      JSON.stringify(conf),
      JSON.stringify(model(secs, root)),
      JSON.stringify(decks),
      JSON.stringify(DCONF),
    );
    return db.serialize();
  } finally {
    db.close();
  }
}

/** The .apkg bytes: collection.anki2 plus an empty media map. */
export function apkg(cards: ExportCard[], now: Date): Uint8Array {
  return zipSync({ "collection.anki2": new Uint8Array(ankiCollection(cards, now)), media: strToU8("{}") }, { level: 6 });
}

/** Anki's text import with its file headers (Anki 2.1.55+): HTML fields, tags and deck columns. */
export function tsv(cards: ExportCard[]): string {
  const field = (s: string) => s.replace(/\t/g, " ").replace(/\r?\n/g, "<br>");
  const lines = ["#separator:tab", "#html:true", "#columns:Front\tBack\tTags\tDeck\tGUID", "#tags column:3", "#deck column:4", "#guid column:5"];
  for (const c of cards) lines.push([field(c.front), field(c.back), c.tags.join(" "), c.deck, `quorum:${c.id}`].join("\t"));
  return lines.join("\n") + "\n";
}
