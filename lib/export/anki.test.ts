import Database from "better-sqlite3";
import { createHash } from "node:crypto";
import { strFromU8, unzipSync } from "fflate";
import { afterEach, describe, expect, it } from "vitest";
import { card, contentTree, items, lesson, type ContentTree } from "../srs/test-fixtures";
import { apkg, exportCards, tsv } from "./anki";

const NOW = new Date("2026-12-06T10:00:00Z");
let tree: ContentTree | null = null;
afterEach(() => tree?.dispose());

function corpus() {
  tree = contentTree({
    "01-raft/lesson.md": lesson("raft", "Raft"),
    "01-raft/cards.md": items(
      "raft",
      card("raft-vote", "How many votes per **term**?", "One.\n\n| a | b |\n|---|---|\n| 1 | 2 |").replace("tags: test", "tags: elections, safety rules"),
      card("raft-evil", "Is <script>alert(1)</script> run?", "No: `rendered` and sanitized."),
    ),
    "02-paxos/lesson.md": lesson("paxos", "Paxos"),
    "02-paxos/cards.md": items("paxos", card("paxos-one", "Phase 1 is called?", "Prepare / promise.")),
  });
  return tree.corpus();
}

describe("export to Anki", () => {
  it("writes an .apkg whose collection Anki's schema 11 reads back: one note and card per flashcard, a sub-deck per lesson, tags kept", () => {
    const cards = exportCards(corpus());
    const files = unzipSync(apkg(cards, NOW));
    expect(Object.keys(files).sort()).toEqual(["collection.anki2", "media"]);
    expect(JSON.parse(strFromU8(files.media))).toEqual({});
    const db = new Database(Buffer.from(files["collection.anki2"]));
    try {
      const col = db.prepare("SELECT ver, models, decks, dconf, conf FROM col").get() as Record<string, string | number>;
      expect(col.ver).toBe(11);
      const decks = Object.values(JSON.parse(String(col.decks))) as { id: number; name: string }[];
      expect(decks.map((d) => d.name).sort()).toEqual(["Default", "Quorum", "Quorum::01 Raft", "Quorum::02 Paxos"]);
      const models = Object.values(JSON.parse(String(col.models))) as { id: number; flds: { name: string }[]; tmpls: unknown[] }[];
      expect(models).toHaveLength(1);
      expect(models[0].flds.map((f) => f.name)).toEqual(["Front", "Back"]);

      const notes = db.prepare("SELECT id, guid, mid, tags, flds, sfld, csum FROM notes ORDER BY sfld").all() as Record<string, string | number>[];
      expect(notes).toHaveLength(3);
      expect(new Set(notes.map((n) => n.guid)).size).toBe(3);
      expect(notes.every((n) => n.mid === models[0].id)).toBe(true);
      const vote = notes.find((n) => n.guid === "quorum:raft-vote")!;
      const [front, back] = String(vote.flds).split("\x1f");
      expect(front).toBe("<p>How many votes per <strong>term</strong>?</p>");
      expect(back).toContain("<table>");
      expect(String(vote.tags).trim().split(" ").sort()).toEqual(["elections", "level::1", "quorum::raft", "safety_rules"]);
      expect(vote.sfld).toBe("How many votes per term?");
      expect(vote.csum).toBe(parseInt(createHash("sha1").update("How many votes per term?").digest("hex").slice(0, 8), 16));
      const evil = notes.find((n) => n.guid === "quorum:raft-evil")!;
      expect(String(evil.flds)).not.toContain("<script");

      const rows = db.prepare("SELECT c.nid, c.did, c.type, c.queue, n.guid FROM cards c JOIN notes n ON n.id = c.nid").all() as Record<string, string | number>[];
      expect(rows).toHaveLength(3);
      const deckOf = (guid: string) => decks.find((d) => d.id === rows.find((r) => r.guid === guid)!.did)?.name;
      expect(deckOf("quorum:raft-vote")).toBe("Quorum::01 Raft");
      expect(deckOf("quorum:paxos-one")).toBe("Quorum::02 Paxos");
      expect(rows.every((r) => r.type === 0 && r.queue === 0)).toBe(true); // new cards
    } finally {
      db.close();
    }
  });

  it("gives the same ids on every export, so a re-import updates notes instead of duplicating them", () => {
    const a = new Database(Buffer.from(unzipSync(apkg(exportCards(corpus()), NOW))["collection.anki2"]));
    const b = new Database(Buffer.from(unzipSync(apkg(exportCards(corpus()), new Date("2027-01-01T00:00:00Z")))["collection.anki2"]));
    const ids = (d: Database.Database) => d.prepare("SELECT n.id, n.guid, c.id AS cid FROM notes n JOIN cards c ON c.nid = n.id ORDER BY n.guid").all();
    expect(ids(a)).toEqual(ids(b));
    a.close();
    b.close();
  });

  it("writes a TSV with Anki's headers, one line per card, tabs and newlines kept out of fields", () => {
    const text = tsv(exportCards(corpus()));
    const lines = text.trimEnd().split("\n");
    expect(lines.slice(0, 6)).toEqual(["#separator:tab", "#html:true", "#columns:Front\tBack\tTags\tDeck\tGUID", "#tags column:3", "#deck column:4", "#guid column:5"]);
    const rows = lines.slice(6).map((l) => l.split("\t"));
    expect(rows).toHaveLength(3);
    expect(rows.every((r) => r.length === 5)).toBe(true);
    const vote = rows.find((r) => r[4] === "quorum:raft-vote")!;
    expect(vote[0]).toBe("<p>How many votes per <strong>term</strong>?</p>");
    expect(vote[3]).toBe("Quorum::01 Raft");
    expect(vote[2].split(" ")).toContain("safety_rules");
  });
});
