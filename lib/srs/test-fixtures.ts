import fs from "node:fs";
import os from "node:os";
import path from "node:path";
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
