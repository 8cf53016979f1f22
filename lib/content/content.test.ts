import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { exportCorpus } from "./export";
import { readCorpus } from "./load";
import { renderMarkdown } from "./render";

// Each scenario writes a tiny content tree to a scratch folder and reads it back.
const roots: string[] = [];
afterEach(() => roots.splice(0).forEach((r) => fs.rmSync(r, { recursive: true, force: true })));

const LESSON = `---\nid: raft\ntitle: Raft\nsummary: Elections and logs.\ncovers: T37\n---\nBody.\n`;
const CARD = (id = "raft-one-vote", extra = "") => `## card ${id}
level: 1
tags: elections
sources: 000 §8 Raft; ext Raft paper §5.2
covers: T38
inventory: 001-C07
${extra}
### Front
How many votes may a server cast in one term?

### Back
One.
`;
const CHECK = (meta: string, choices = "- a) two\n- b) three\n") => `## check quorum-five
level: 1
tags: quorum
sources: 000 §6 Quorums
covers: T29
${meta}

### Prompt
What is a majority of five?

### Choices
${choices}
### Explanation
Three of five overlap any other three.
`;

function tree(files: Record<string, string>) {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), "quorum-content-"));
  roots.push(root);
  for (const [name, text] of Object.entries({ "06-raft/lesson.md": LESSON, ...files })) {
    fs.mkdirSync(path.dirname(path.join(root, name)), { recursive: true });
    fs.writeFileSync(path.join(root, name), text);
  }
  return readCorpus(root);
}
const problems = (files: Record<string, string>) => tree(files).problems.map((p) => `${p.file}:${p.line}: ${p.message}`);
/** A `#### Key points` rubric of three bullets, each prefixed so a test can tell them apart. */
const KP = (p: string) => `\n#### Key points\n- ${p} one\n- ${p} two\n- ${p} three\n`;
const items = (body: string) => `---\ntopic: raft\n---\n\n${body}`;

describe("a well-formed lesson", () => {
  it("reads cards, checks and ladders with their origins", () => {
    const { corpus, problems } = tree({
      "06-raft/cards.md": items(CARD()),
      "06-raft/checks.md": items(CHECK("type: single\nanswer: b")),
      "06-raft/ladders.md": items(
        `## ladder raft-why\nlevel: 3\ntags: x\nsources: 001 C07\ncovers: T38\n\n### Question\nQ?\n${KP("q")}\n### Answer\nA.\n\n### Rung: First?\nOne.\n${KP("r1")}\n### Rung: Second?\nTwo.\n${KP("r2")}`,
      ),
    });
    expect(problems).toEqual([]);
    expect(corpus.lessons.map((l) => [l.id, l.order])).toEqual([["raft", 6]]);
    const card = corpus.items.find((i) => i.id === "raft-one-vote");
    expect(card).toMatchObject({ kind: "card", topic: "raft", front: "How many votes may a server cast in one term?", back: "One." });
    expect(card?.sources).toEqual([{ file: "000_13ab31193321a347.txt", section: "§8 Raft" }, { ref: "Raft paper §5.2" }]);
    expect(corpus.origins.get("quorum-five")).toEqual({ file: "06-raft/checks.md", line: 5 });
    const ladder = corpus.items.find((i) => i.kind === "ladder");
    expect(ladder?.kind === "ladder" && ladder.keyPoints).toEqual(["q one", "q two", "q three"]);
    expect(ladder?.kind === "ladder" && ladder.rungs).toEqual([
      { prompt: "First?", answer: "One.", keyPoints: ["r1 one", "r1 two", "r1 three"] },
      { prompt: "Second?", answer: "Two.", keyPoints: ["r2 one", "r2 two", "r2 three"] },
    ]);
  });

  it("reads a quoted frontmatter value without its quotes", () => {
    const { corpus } = tree({ "06-raft/lesson.md": LESSON.replace("title: Raft", 'title: "Raft: the log"') });
    expect(corpus.lessons[0].title).toBe("Raft: the log");
  });

  it("keeps ### lines inside code fences as text", () => {
    const { corpus, problems } = tree({ "06-raft/cards.md": items(CARD().replace("One.", "One.\n\n```\n### not a field\n```")) });
    expect(problems).toEqual([]);
    expect(corpus.items[0].kind === "card" && corpus.items[0].back).toContain("### not a field");
  });

  it("parses every check type's answer key", () => {
    const cases: [string, string, unknown][] = [
      ["type: multi\nanswer: a, b", "- a) x\n- b) y\n- c) z\n", ["a", "b"]],
      ["type: truefalse\nanswer: false", "", false],
      ["type: numeric\nanswer: 3\nunit: nodes", "", 3],
      ["type: ordering\nanswer: c, a, b", "- a) x\n- b) y\n- c) z\n", ["c", "a", "b"]],
    ];
    for (const [meta, choices, answer] of cases) {
      const { corpus, problems } = tree({ "06-raft/c.md": items(CHECK(meta, choices)) });
      expect(problems).toEqual([]);
      expect(corpus.items[0]).toMatchObject({ kind: "check", answer });
    }
  });

  it("exports the shape tools rely on", () => {
    const { corpus } = tree({ "06-raft/cards.md": items(CARD()) });
    const out = exportCorpus(corpus);
    expect(out.topics).toEqual([{ id: "raft", title: "Raft" }]);
    expect(Object.keys(out.items[0]).sort()).toEqual(
      ["back", "covers", "front", "id", "inventory", "kind", "level", "sources", "tags", "topic"].sort(),
    );
  });

  it("exports a ladder's key points on its question and on each rung", () => {
    const ladder = `## ladder raft-why\nlevel: 3\ntags: x\nsources: 001 C07\ncovers: T38\n\n### Question\nQ?\n${KP("q")}\n### Answer\nA.\n\n### Rung: First?\nOne.\n${KP("r1")}\n### Rung: Second?\nTwo.\n${KP("r2")}`;
    const out = exportCorpus(tree({ "06-raft/l.md": items(ladder) }).corpus);
    const json = JSON.parse(JSON.stringify(out)) as { items: { question: string; keyPoints: string[]; rungs: { keyPoints: string[] }[] }[] };
    expect(json.items[0].question).toBe("Q?");
    expect(json.items[0].keyPoints).toEqual(["q one", "q two", "q three"]);
    expect(json.items[0].rungs.map((r) => r.keyPoints[0])).toEqual(["r1 one", "r2 one"]);
  });
});

describe("bad content names the file and line", () => {
  it("a missing id", () => {
    expect(problems({ "06-raft/cards.md": items("## card\nlevel: 1\n") })).toEqual([
      '06-raft/cards.md:5: item headings are "## <card|check|ladder> <id>", got "## card"',
    ]);
  });
  it("a duplicate id, pointing at the first use", () => {
    expect(problems({ "06-raft/a.md": items(CARD()), "06-raft/b.md": items(CARD()) })).toEqual([
      '06-raft/b.md:5: duplicate id "raft-one-vote" (first used at 06-raft/a.md:5)',
    ]);
  });
  it("an unknown topic", () => {
    expect(problems({ "06-raft/cards.md": `---\ntopic: rafft\n---\n\n${CARD()}` })).toEqual([
      '06-raft/cards.md:2: unknown topic "rafft" (lessons: raft)',
    ]);
  });
  it("an answer key that points at no choice", () => {
    expect(problems({ "06-raft/c.md": items(CHECK("type: single\nanswer: e")) })).toEqual([
      '06-raft/c.md:11: check quorum-five: answer key "e" points at no choice (choices: a, b)',
    ]);
  });
  it("an ordering answer that skips a step", () => {
    expect(problems({ "06-raft/c.md": items(CHECK("type: ordering\nanswer: b", "- a) x\n- b) y\n")) })[0]).toMatch(
      /c\.md:11: .*ordering answer lists every choice exactly once/,
    );
  });
  it("a ladder with fewer than two rungs", () => {
    const ladder = `## ladder raft-why\nlevel: 3\ntags: x\nsources: 001 C07\ncovers: T38\n\n### Question\nQ?\n${KP("q")}\n### Answer\nA.\n\n### Rung: Only?\nOne.\n${KP("r")}`;
    expect(problems({ "06-raft/l.md": items(ladder) })).toEqual(["06-raft/l.md:5: ladder raft-why: rungs: a ladder needs at least two rungs"]);
  });
  it("a question or rung without key points, with too few, or with a stray line", () => {
    const noQuestionKp = `## ladder raft-why\nlevel: 3\ntags: x\nsources: 001 C07\ncovers: T38\n\n### Question\nQ?\n\n### Answer\nA.\n\n### Rung: First?\nOne.\n${KP("r1")}\n### Rung: Second?\nTwo.\n\n#### Key points\n- only one\n- and two\nnot a bullet\n`;
    expect(problems({ "06-raft/l.md": items(noQuestionKp) })).toEqual([
      '06-raft/l.md:31: ladder raft-why: key points are "- phrase" bullets, got "not a bullet"',
      '06-raft/l.md:28: ladder raft-why: rung "Second?" has 2 key points; write 3–5',
      '06-raft/l.md:11: ladder raft-why: the question has no "#### Key points" list (3–5 bullets an interviewer listens for)',
    ]);
  });
  it("missing sources", () => {
    expect(problems({ "06-raft/cards.md": items(CARD().replace(/sources: .*\n/, "")) })).toEqual([
      "06-raft/cards.md:5: card raft-one-vote: missing sources (sources: 000 §8 Raft; ext Raft paper §5.4)",
    ]);
  });
  it("a source that names no seed", () => {
    expect(problems({ "06-raft/cards.md": items(CARD().replace("000 §8 Raft", "009 §8 Raft")) })[0]).toBe(
      '06-raft/cards.md:8: card raft-one-vote: unknown seed "009" (the seeds are 000, 001, 002, 003, 004)',
    );
  });
  it("a misspelt key, an unknown field and a bad level", () => {
    const bad = CARD().replace("tags:", "tgas:").replace("### Back", "### Bakc").replace("level: 1", "level: 5");
    expect(problems({ "06-raft/cards.md": items(bad) })).toEqual([
      "06-raft/cards.md:7: card raft-one-vote: unknown key \"tgas\" (allowed: level, tags, sources, covers, inventory, topic, myth)",
      "06-raft/cards.md:15: card raft-one-vote: unknown field \"### Bakc\" (allowed: Front, Back, Why)",
      "06-raft/cards.md:6: card raft-one-vote: level is 1 (core), 2 (working) or 3 (deep)",
      "06-raft/cards.md:5: card raft-one-vote: back: a card needs a ### Back",
    ]);
  });
  it("an unknown simulator in a lesson", () => {
    expect(problems({ "06-raft/lesson.md": LESSON + "\n[[sim:rafty]]\n" })).toEqual([
      '06-raft/lesson.md:9: unknown simulator "rafty" (known: raft, paxos, two-phase-commit, split-brain, clocks, reconcile, linearizability, quorum)',
    ]);
  });
  it("an unknown preset of a known simulator in a lesson", () => {
    expect(problems({ "06-raft/lesson.md": LESSON + "\n[[sim:raft?preset=figure-9]]\n" })).toEqual([
      '06-raft/lesson.md:9: unknown preset "figure-9" for simulator "raft" (known: normal, split-vote, leader-crash, figure-8, partition)',
    ]);
  });
  it("a covers entry outside the inventory", () => {
    expect(problems({ "06-raft/cards.md": items(CARD().replace("covers: T38", "covers: T100")) })[0]).toMatch(
      /cards\.md:9: .*covers names inventory topics T01–T99/,
    );
  });
});

describe("rendering", () => {
  it("drops raw HTML and script URLs but keeps tables and monospace diagrams", () => {
    const html = renderMarkdown("<script>alert(1)</script>\n\n| a |\n|---|\n| 1 |\n\n```text\n+--+\n```\n\n[x](javascript:alert(1))");
    expect(html).not.toMatch(/<script|javascript:/);
    expect(html).toContain("<table>");
    expect(html).toContain('<pre><code class="language-text">+--+');
  });
});
