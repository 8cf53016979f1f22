import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterEach } from "vitest";
import { readCorpus } from "../content/load";
import type { Corpus } from "../content/schema";

/** Tiny content trees for tests: lesson folders with card files, read with the real parser. */

export const lesson = (id: string, title = id) => `---\nid: ${id}\ntitle: ${title}\nsummary: About ${id}.\ncovers: T37\n---\nBody.\n`;

export const card = (id: string, front = `Front of ${id}?`, back = `Back of ${id}.`, extra = "") => `## card ${id}
level: 1
tags: test
sources: ext Raft paper §5.2
covers: T38
${extra}
### Front
${front}

### Back
${back}
`;

export const items = (topic: string, ...bodies: string[]) => `---\ntopic: ${topic}\n---\n\n${bodies.join("\n")}`;

export interface ContentTree {
  root: string;
  write(files: Record<string, string>): void;
  remove(file: string): void;
  corpus(): Corpus;
  dispose(): void;
}

export function contentTree(files: Record<string, string>): ContentTree {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), "quorum-content-"));
  const tree: ContentTree = {
    root,
    write(f) {
      for (const [name, text] of Object.entries(f)) {
        fs.mkdirSync(path.dirname(path.join(root, name)), { recursive: true });
        fs.writeFileSync(path.join(root, name), text);
      }
    },
    remove(file) {
      fs.rmSync(path.join(root, file));
    },
    corpus() {
      const { corpus, problems } = readCorpus(root);
      if (problems.length) throw new Error(problems.map((p) => `${p.file}:${p.line}: ${p.message}`).join("\n"));
      return corpus;
    },
    dispose() {
      fs.rmSync(root, { recursive: true, force: true });
    },
  };
  tree.write(files);
  return tree;
}

/** A scratch database (committed migrations) with the given content tree synced into it: Prisma `db`, direct `sqlite`. */
export async function reviewFixture(label: string, files: Record<string, string>, now: Date) {
  const { scratchDb } = await import("./scratch-db");
  const { syncContent } = await import("../content/sync");
  const tree = contentTree(files);
  const scratch = scratchDb(label);
  await syncContent(scratch.db, tree.corpus(), now);
  return {
    db: scratch.db,
    sqlite: scratch.sqlite,
    file: scratch.file,
    tree,
    async close() {
      await scratch.close();
      tree.dispose();
    },
  };
}

/**
 * Scratch review databases for one test file: `open(files?)` builds one (migrations + content
 * sync at `now`), and every database opened during a test is closed after it.
 */
export function reviewFixtures(label: string, files: Record<string, string>, now: Date) {
  const opened: { close(): Promise<void> }[] = [];
  afterEach(async () => {
    for (const f of opened.splice(0)) await f.close();
  });
  return async (tree: Record<string, string> = files) => {
    const f = await reviewFixture(label, tree, now);
    opened.push(f);
    return f;
  };
}

/** Three lessons' worth of cards: a1 a2 (cards.md) a3 (more.md) in lesson 01, b1 b2 in 02, z1 in 10. */
export const THREE_LESSONS = {
  "01-a/lesson.md": lesson("a"),
  "01-a/cards.md": items("a", card("a1"), card("a2")),
  "01-a/more.md": items("a", card("a3")),
  "02-b/lesson.md": lesson("b"),
  "02-b/cards.md": items("b", card("b1"), card("b2")),
  "10-z/lesson.md": lesson("z"),
  "10-z/cards.md": items("z", card("z1")),
};

export const minutes = (d: Date, m: number) => new Date(d.getTime() + m * 60_000);
export const days = (d: Date, n: number) => new Date(d.getTime() + n * 86_400_000);
