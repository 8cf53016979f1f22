import fs from "node:fs";
import path from "node:path";
import { fileTooLarge } from "./limits";
import { parseItemFile, parseLessonFile, type Problem } from "./parse";
import { ContentError, type Corpus, type Item, type Lesson, type Origin } from "./schema";

/**
 * The only code that reads content/ from disk. A lesson is a folder `NN-<id>/` holding
 * `lesson.md` (the explanation page) and any number of item files (`*.md`).
 */

export const LESSON_DIR = /^(\d{2})-([a-z0-9-]+)$/;

export function contentRoot(): string {
  // The comment tells the bundler not to trace the whole project from this runtime path.
  return process.env.QUORUM_CONTENT_DIR ?? path.join(/*turbopackIgnore: true*/ process.cwd(), "content");
}

export interface LoadResult {
  corpus: Corpus;
  problems: Problem[];
}

/** Reads and validates everything; problems are collected, never thrown, so a check can list them all. */
export function readCorpus(root = contentRoot()): LoadResult {
  const problems: Problem[] = [];
  const lessons: Lesson[] = [];
  const parsedItems: { item: Item; origin: Origin; topicLine: number }[] = [];
  if (!fs.existsSync(root)) {
    problems.push({ file: root, line: 0, message: "content folder not found" });
    return { corpus: { lessons, items: [], origins: new Map() }, problems };
  }
  const dirs = fs.readdirSync(root, { withFileTypes: true }).filter((d) => d.isDirectory()).map((d) => d.name).sort();
  for (const dir of dirs) {
    const m = LESSON_DIR.exec(dir);
    if (!m) {
      problems.push({ file: dir, line: 0, message: 'lesson folders are named "NN-<lesson id>", e.g. "06-raft"' });
      continue;
    }
    const lessonFile = path.join(dir, "lesson.md");
    if (!fs.existsSync(path.join(root, lessonFile))) {
      problems.push({ file: lessonFile, line: 0, message: "every lesson folder needs a lesson.md" });
    } else {
      const text = fs.readFileSync(path.join(root, lessonFile), "utf8");
      const big = fileTooLarge(text);
      if (big) problems.push({ file: lessonFile, ...big });
      const { lesson, problems: p } = big ? { lesson: null, problems: [] } : parseLessonFile(text, lessonFile, Number(m[1]));
      problems.push(...p);
      if (lesson && lesson.id !== m[2]) problems.push({ file: lessonFile, line: 2, message: `lesson id "${lesson.id}" must match its folder "${m[2]}"` });
      else if (lesson) lessons.push(lesson);
    }
    for (const name of fs.readdirSync(path.join(root, dir)).sort()) {
      if (name === "lesson.md" || !name.endsWith(".md")) continue;
      const file = path.join(dir, name);
      const text = fs.readFileSync(path.join(root, file), "utf8");
      const big = fileTooLarge(text);
      if (big) {
        problems.push({ file, ...big }); // not parsed: nothing from an oversized file is served
        continue;
      }
      const res = parseItemFile(text, file);
      problems.push(...res.problems);
      for (const { item, line } of res.items) parsedItems.push({ item, origin: { file, line }, topicLine: res.topicLine });
    }
  }
  const lessonIds = new Set(lessons.map((l) => l.id));
  const origins = new Map<string, Origin>();
  const items: Item[] = [];
  for (const { item, origin, topicLine } of parsedItems) {
    const first = origins.get(item.id);
    if (first) {
      problems.push({ ...origin, message: `duplicate id "${item.id}" (first used at ${first.file}:${first.line})` });
      continue;
    }
    if (!lessonIds.has(item.topic)) {
      problems.push({ file: origin.file, line: topicLine, message: `unknown topic "${item.topic}" (lessons: ${[...lessonIds].join(", ") || "none"})` });
      continue;
    }
    origins.set(item.id, origin);
    items.push(item);
  }
  return { corpus: { lessons, items, origins }, problems };
}

let cached: { root: string; corpus: Corpus } | null = null;

/** The validated corpus, read once per process; throws ContentError listing every problem. */
export function getCorpus(root = contentRoot()): Corpus {
  if (cached && cached.root === root && process.env.NODE_ENV === "production") return cached.corpus;
  const { corpus, problems } = readCorpus(root);
  if (problems.length) throw new ContentError(problems);
  cached = { root, corpus };
  return corpus;
}

export function getLesson(id: string, root = contentRoot()): Lesson | undefined {
  return getCorpus(root).lessons.find((l) => l.id === id);
}

export function getItemsByLesson(id: string, root = contentRoot()): Item[] {
  return getCorpus(root).items.filter((i) => i.topic === id);
}
