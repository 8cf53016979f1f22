import { describe, expect, it } from "vitest";
import { asksTwoThings, citesLetter, lintCorpus, sourceWording, wordCount } from "./lint";
import { parseItemFile } from "./parse";
import type { Corpus } from "./schema";

// A small corpus written the way an author would, with its file lines, so findings can be checked
// for the file:line they name.
function corpusOf(text: string): { corpus: Corpus; lines: string[] } {
  const file = "01-demo/items.md";
  const { items, problems } = parseItemFile(`---\ntopic: demo\n---\n\n${text}`, file);
  expect(problems).toEqual([]);
  const origins = new Map(items.map(({ item, line }) => [item.id, { file, line }]));
  return { corpus: { lessons: [], items: items.map((i) => i.item), origins }, lines: `---\ntopic: demo\n---\n\n${text}`.split("\n") };
}

function lint(text: string) {
  const { corpus, lines } = corpusOf(text);
  const index = {
    fieldLine(_file: string, itemLine: number, field: string) {
      for (let i = itemLine; i < lines.length; i++) {
        if (lines[i].startsWith("## ")) break;
        if (lines[i].trim() === `### ${field}` || lines[i].startsWith(`### ${field}:`)) return i + 1;
      }
      return itemLine;
    },
  };
  return lintCorpus(corpus, index);
}

const card = (id: string, front: string, back: string) => `## card ${id}\nlevel: 1\nsources: ext Raft paper\n\n### Front\n${front}\n\n### Back\n${back}\n\n`;
const single = (id: string, answer: string, choices: string[], explanation = "Because of the overlap.") =>
  `## check ${id}\ntype: single\nanswer: ${answer}\nlevel: 1\nsources: ext Raft paper\n\n### Prompt\nWhich?\n\n### Choices\n${choices.map((c, i) => `- ${"abcdefgh"[i]}) ${c}`).join("\n")}\n\n### Explanation\n${explanation}\n\n`;
const tf = (id: string, answer: boolean) => `## check ${id}\ntype: truefalse\nanswer: ${answer}\nlevel: 1\nsources: ext Raft paper\n\n### Prompt\nTrue?\n\n### Explanation\nSo it is.\n\n`;

describe("content:lint on small inputs", () => {
  it("a back over 60 words is an error at the Back line", () => {
    const { findings } = lint(card("long-back", "How many votes per term?", Array(61).fill("word").join(" ")) + card("short-back", "How many terms?", "One."));
    expect(findings).toEqual([expect.objectContaining({ file: "01-demo/items.md", line: 12, rule: "back-length", severity: "error" })]);
    expect(findings[0].message).toMatch(/61 words/);
  });

  it("learner text that speaks of the study sources is an error; re-seeding a cluster is not", () => {
    expect(sourceWording("This is the seed's mistake.")).toBe("seed's");
    expect(sourceWording("One study source calls it PA/EC.")).toMatch(/study source/);
    expect(sourceWording("A deck that lists four is miscounting.")).toBe("A deck");
    expect(sourceWording("You re-seed the consensus state from a snapshot.")).toBeNull();
    expect(sourceWording("Each collaborator edits the document.")).toBeNull();
    const { findings } = lint(card("seedy", "What does the seed drill get wrong?", "Releases without a token."));
    expect(findings.map((f) => [f.rule, f.line])).toEqual([["source-wording", 9]]);
  });

  it("an explanation naming a choice by letter is an error; naming it by content is not", () => {
    for (const text of ["(a) is the classic mistake.", "Choice c would stall.", "So not c).", "It fails. b is wrong because", "Options a and d are both right."]) {
      expect(citesLetter(text), text).not.toBeNull();
    }
    for (const text of ["Waiting for every replica is the classic mistake.", "f(a) is a function; a leader (and a follower) agree.", "Use `a)` in code."]) {
      expect(citesLetter(text), text).toBeNull();
    }
    const { findings } = lint(single("by-letter", "a", ["The key choice", "A distractor", "Distractor two"], "(b) confuses the two."));
    expect(findings).toEqual([expect.objectContaining({ rule: "letter-citation", line: 19 })]);
  });

  it("a card front asking two things is flagged; one question with a quoted myth is not", () => {
    expect(asksTwoThings("What is a lease, and why does it need bounded drift?")).not.toBeNull();
    expect(asksTwoThings("Too short? Too long?")).not.toBeNull();
    expect(asksTwoThings("What does HotStuff improve over PBFT, and at what price?")).not.toBeNull();
    expect(asksTwoThings("Give an example of a system that is neither CP nor AP, and say why.")).not.toBeNull();
    expect(asksTwoThings("Name four CP systems and what their minority side does in a partition.")).not.toBeNull();
    expect(asksTwoThings("Monotonic writes vs writes-follow-reads: what does each promise?")).toBeNull();
    expect(asksTwoThings("How many votes may a server cast in one term?")).toBeNull();
    expect(asksTwoThings('Myth or fact: "Is Raft safe? Always?"')).toBeNull();
  });

  it("the key being the longest choice in most single-choice checks fails, naming them", () => {
    const giveaway = Array.from({ length: 4 }, (_, i) => single(`give-${i}`, "b", ["No", "Yes, because the quorums always overlap in one node", "Maybe"])).join("");
    const fair = single("fair", "a", ["Short", "A rather longer distractor", "Medium one"]);
    const { findings, figures } = lint(giveaway + fair);
    expect(figures).toMatchObject({ singles: 5, keyLongest: 4, keyLongestBy30: 4 });
    const f = findings.find((x) => x.rule === "key-longest");
    expect(f?.message).toMatch(/4 of 5 single-choice checks \(80%/);
    expect(f?.message).toContain("give-0");
    expect(f?.message).not.toContain("fair");
  });

  it("trimming keys until they are the shortest choice fails too", () => {
    const trimmed = Array.from({ length: 3 }, (_, i) => single(`t-${i}`, "c", ["A long distractor here", "Another long distractor", "Key", "A third long distractor"])).join("");
    const fair = Array.from({ length: 7 }, (_, i) => single(`f-${i}`, "abcd"[i % 4], ["Alpha text", "Bravo text", "Charlie it", "Delta text"])).join("");
    const { findings, figures } = lint(trimmed + fair);
    expect(figures.keyShortest).toBe(3);
    expect(findings.find((f) => f.rule === "key-shortest")?.message).toMatch(/3 of 10 single-choice checks \(30%/);
  });

  it("one letter holding most keys fails, and so does a lopsided true/false split", () => {
    const skewed = Array.from({ length: 8 }, (_, i) => single(`s-${i}`, i < 4 ? "b" : "abcd"[i % 4], ["Alpha long text", "Beta", "Gamma long text", "Delta long text"])).join("");
    const { findings } = lint(skewed + [true, false, false, false, false, false].map((v, i) => tf(`tf-${i}`, v)).join(""));
    expect(findings.find((f) => f.rule === "key-position")?.message).toMatch(/^"b" is the key of 5 of 8/);
    expect(findings.find((f) => f.rule === "truth-balance")?.message).toMatch(/^false is the key of 5 of 6/);
    const even = Array.from({ length: 8 }, (_, i) => single(`e-${i}`, "abcd"[i % 4], ["Alpha long text", "Beta", "Gamma long text", "Delta long text"])).join("");
    const ok = lint(even + [true, false, true, false, true, false].map((v, i) => tf(`tf-${i}`, v)).join(""));
    expect(ok.findings.filter((f) => ["key-position", "truth-balance"].includes(f.rule))).toEqual([]);
  });

  it("ladders are held to the rules that apply to their text, as warnings", () => {
    const ladder = `## ladder seed-ladder\nlevel: 2\nsources: ext Raft paper\n\n### Question\nWhat does the seed say?\n\n#### Key points\n- one\n- two\n- three\n\n### Answer\nA.\n\n### Rung: Why?\nB.\n\n#### Key points\n- one\n- two\n- three\n\n### Rung: Deeper?\nC.\n\n#### Key points\n- one\n- two\n- three\n\n`;
    const { findings } = lint(ladder);
    expect(findings).toEqual([expect.objectContaining({ rule: "source-wording", severity: "warning", line: 9 })]);
  });

  it("lesson pages get source-wording warnings, skipping their Sources line", () => {
    const lesson = { id: "demo", title: "Demo", order: 1, summary: "s", covers: [], body: "" };
    const lines = ["---", "id: demo", "---", "", "As one popular deck says, quorums overlap.", "", "Sources: seed 000 §5; seed 002 Ch 0"];
    const { findings } = lintCorpus({ lessons: [lesson], items: [], origins: new Map() }, { fieldLine: () => 0, lines: (f) => (f === "01-demo/lesson.md" ? lines : []) });
    expect(findings).toEqual([expect.objectContaining({ file: "01-demo/lesson.md", line: 5, rule: "source-wording", severity: "warning" })]);
  });

  it("counts words, not markdown punctuation", () => {
    expect(wordCount("One, first come first served — and it **persists** the vote | |")).toBe(10);
  });
});
