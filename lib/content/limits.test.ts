import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { LIMITS } from "./limits";
import { readCorpus } from "./load";

// An oversized card or file is reported by content:check with its file:line and is not served.
const roots: string[] = [];
afterEach(() => roots.splice(0).forEach((r) => fs.rmSync(r, { recursive: true, force: true })));

const LESSON = `---\nid: raft\ntitle: Raft\nsummary: Elections and logs.\ncovers: T37\n---\nBody.\n`;
const CARD = (id: string, front: string) => `## card ${id}
level: 1
tags: elections
sources: 000 §8 Raft
covers: T38

### Front
${front}

### Back
One.
`;

function tree(files: Record<string, string>) {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), "quorum-limits-"));
  roots.push(root);
  fs.mkdirSync(path.join(root, "01-raft"));
  for (const [name, text] of Object.entries({ "lesson.md": LESSON, ...files })) fs.writeFileSync(path.join(root, "01-raft", name), text);
  return readCorpus(root);
}

describe("content limits", () => {
  it("a card front over the limit is reported at its ### Front line and left out", () => {
    const text = `---\ntopic: raft\n---\n\n${CARD("fine", "How many votes?")}\n${CARD("huge", "x".repeat(LIMITS.cardFront + 1))}`;
    const { corpus, problems } = tree({ "cards.md": text });
    const frontLine = text.split("\n").findIndex((l, i) => l === "### Front" && i > 10) + 1;
    expect(problems).toEqual([{ file: path.join("01-raft", "cards.md"), line: frontLine, message: expect.stringMatching(/card huge: .*### Front is too long: at most 1,000 characters/) }]);
    expect(corpus.items.map((i) => i.id)).toEqual(["fine"]);
  });

  it("a file of several megabytes is refused as a whole, at the line where it crosses the per-file limit", () => {
    const card = CARD("c", "A question?");
    const many = Array.from({ length: 40_000 }, (_, i) => card.replace("card c", `card c-${i}`)).join("\n");
    const text = `---\ntopic: raft\n---\n\n${many}`;
    expect(Buffer.byteLength(text)).toBeGreaterThan(LIMITS.fileBytes);
    const { corpus, problems } = tree({ "cards.md": text });
    expect(problems).toHaveLength(1);
    expect(problems[0].message).toMatch(/over the limit of 262,144 bytes/);
    const crossing = Buffer.byteLength(text.split("\n").slice(0, problems[0].line).join("\n") + "\n");
    expect(crossing).toBeGreaterThan(LIMITS.fileBytes);
    expect(Buffer.byteLength(text.split("\n").slice(0, problems[0].line - 1).join("\n") + "\n")).toBeLessThanOrEqual(LIMITS.fileBytes);
    expect(corpus.items).toEqual([]);
  });

  it("a lesson text over the limit is reported", () => {
    const { problems } = tree({ "lesson.md": LESSON + "y".repeat(LIMITS.lessonBody) });
    expect(problems.map((p) => p.message)).toEqual([expect.stringMatching(/the lesson text is too long/)]);
  });
});
