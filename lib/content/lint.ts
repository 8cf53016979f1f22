import fs from "node:fs";
import path from "node:path";
import type { Card, Check, Corpus, Item, Ladder } from "./schema";

/**
 * `npm run content:lint`: the corpus's writing rules that can be counted. Errors fail the run
 * (and `npm test`); warnings are printed. Each finding names the file and line it is about.
 *
 * Per item:
 * - back-length     a card's back is at most 60 words (detail goes to Why or another card)
 * - source-wording  learner text never speaks of the study sources ("the seed", "a deck"…)
 * - letter-citation a check's explanation names choices by content, never by letter: choices
 *                   are shuffled per attempt and lettered in the order shown
 * - two-questions   a card's front asks one thing (two question marks, "and why", ", and what"…)
 * Over the corpus:
 * - key-longest     the key is the longest choice in at most 30% of single-choice checks
 * - key-shortest    the key is the shortest choice by 20% or more in at most 10% of them (the
 *                   reverse giveaway, once keys have been trimmed)
 * - key-position    no letter holds more than 35% of single-choice keys
 * - truth-balance   neither true nor false is the key of more than 60% of true/false checks
 *
 * Ladders (owned by the interview-drill work) are held to the rules that apply to their
 * question, answer and rung text, as warnings. Lesson pages get source-wording warnings too (their
 * closing "Sources: seed 000 …" citation line is a bibliography, not prose, and is skipped).
 */

export type Severity = "error" | "warning";

export interface Finding {
  file: string;
  line: number;
  rule: string;
  severity: Severity;
  message: string;
}

export interface LintFigures {
  cards: number;
  checks: number;
  singles: number;
  keyLongest: number;
  keyLongestBy30: number;
  keyShortest: number;
  keyLetters: Record<string, number>;
  truefalse: { true: number; false: number };
  longBacks: number;
  sourceWording: number;
  letterCitations: number;
  twoQuestionFronts: number;
}

export const LIMITS = { backWords: 60, keyLongestShare: 0.3, keyShortestShare: 0.1, keyPositionShare: 0.35, truthShare: 0.6 } as const;

/** Words that speak of the study material instead of the subject. */
export const SOURCE_WORDING: { re: RegExp; say: string }[] = [
  { re: /\bseeds?(?:'s?)?\b(?! the\b)(?! (?:a|its|the) (?:new|fresh))/i, say: "the seed" },
  { re: /\b(?:one|our|each|both|two) (?:study )?sources?\b/i, say: "one source" },
  { re: /\bstudy (?:sources?|notes|material)\b/i, say: "study source" },
  { re: /\b(?:a|the|one|this|that)(?: [a-z]+)? (?:slide |flashcard )?deck\b/i, say: "a deck" },
  { re: /\bsource (?:document|text)s?\b/i, say: "source document" },
];
// "re-seed"/"seeded" (a random generator, a new cluster) are ordinary words, not the study sources.
const SEED_VERB = /\b(?:re-?seed|seeded|seeding)\b/gi;

/** Choice letters named in an explanation: "(a)", "b)", "option c", "a and d are", "answers b, c". */
const LETTER_CITATIONS: RegExp[] = [
  /(?<![\w)])\(([a-h])\)(?!\w)/, // (a)
  /(?:^|[\s"“])([a-h])\)(?=\s)/, // a) at a word start
  /\b(?:options?|choices?|answers?|letters?)\s+\(?([a-h])\b(?![-'’])/i, // option c
  /(?:^|[.;:]\s+)([a-h])(?:,\s*[a-h])*\s+(?:and|or)\s+\(?[a-h]\)?\s+(?:are|were|is|both|each|describe|repeat|confuse|fail|name|mix|give)\b/, // b and c are
  /\b(?:not|than|unlike|like|and|or)\s+\(?([a-h])\)(?=[\s.,;])/, // so not c)
  /(?:^|[.;:]\s+)([a-h])\s+(?:is|was)\s+(?:wrong|right|correct|false|true|tempting|the)\b/, // b is wrong
];

export function citesLetter(text: string): string | null {
  const plain = text.replace(/`[^`]*`/g, "``");
  for (const re of LETTER_CITATIONS) {
    const m = re.exec(plain);
    if (m) return m[0].trim();
  }
  return null;
}

export function sourceWording(text: string): string | null {
  const plain = text.replace(SEED_VERB, "");
  for (const { re } of SOURCE_WORDING) {
    const m = re.exec(plain);
    if (m) return m[0];
  }
  return null;
}

export function wordCount(text: string): number {
  return text.split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w)).length;
}

/**
 * A card front that asks two things: two question marks, "…, and why/what/how…", "and why",
 * "…, and at what price", "… and say why", "Name X and what Y", "What … and what …". Quoted text
 * (a myth's claim) is ignored. A comparison ("X vs Y: what does each promise?") is one distinction
 * and passes.
 */
export function asksTwoThings(front: string): string | null {
  const s = front.replace(/"[^"]*"|“[^”]*”|`[^`]*`/g, '""').replace(/\s+/g, " ");
  if ((s.match(/\?/g) ?? []).length >= 2) return "two question marks";
  const m =
    /,\s*and (?:why|what|how|which|when|where|who|is|are|does|do|did|can)\b/i.exec(s) ??
    /\band why\b/i.exec(s) ??
    /,\s*and\s+(?:with|at|in|for|from|by|on|under)\s+(?:what|which)\b/i.exec(s) ??
    /\band say\b/i.exec(s) ??
    /\bname\b[^?]*\band (?:what|when|how|which|why)\b/i.exec(s) ??
    /\band what (?:does|do|did|is|are|was|were|can|must|should|each|it)\b/i.exec(s) ??
    /\b(?:what|how|which|when|why)\b[^?]*,\s*(?:what|how|which|when|why)\b[^?]*,\s*and\b/i.exec(s);
  return m ? `"${m[0].trim()}"` : null;
}

/** Where an item's fields start in its file, so a finding can name the line it is about. */
export interface LineIndex {
  fieldLine(file: string, itemLine: number, field: string): number;
  /** The file's lines (empty when unknown), for lesson pages. */
  lines?(file: string): string[];
}

export function fileLineIndex(root: string): LineIndex {
  const cache = new Map<string, string[]>();
  const lines = (file: string) => {
    let l = cache.get(file);
    if (!l) {
      l = fs.existsSync(path.join(root, file)) ? fs.readFileSync(path.join(root, file), "utf8").split(/\r?\n/) : [];
      cache.set(file, l);
    }
    return l;
  };
  return {
    lines,
    fieldLine(file, itemLine, field) {
      const l = lines(file);
      for (let i = itemLine; i < l.length; i++) {
        if (l[i].startsWith("## ")) break;
        if (l[i].trim() === `### ${field}` || l[i].startsWith(`### ${field}:`)) return i + 1;
      }
      return itemLine;
    },
  };
}

const choiceText = (check: Check, id: string) => check.choices.find((c) => c.id === id)?.text ?? "";

/** Whether the key is longer than every other choice, and whether by 30% or more. */
export function keyIsLongest(check: Check): { longest: boolean; by30: boolean; shortest: boolean } {
  const key = choiceText(check, String(check.answer)).length;
  const others = check.choices.filter((c) => c.id !== check.answer).map((c) => c.text.length);
  const max = Math.max(0, ...others);
  const min = Math.min(...others);
  return { longest: key > max, by30: key >= max * 1.3, shortest: min >= key * 1.2 };
}

function learnerTexts(item: Item): { field: string; text: string }[] {
  if (item.kind === "card") return [{ field: "Front", text: item.front }, { field: "Back", text: item.back }, ...(item.why ? [{ field: "Why", text: item.why }] : [])];
  if (item.kind === "check")
    return [
      { field: "Prompt", text: item.prompt },
      { field: "Choices", text: item.choices.map((c) => c.text).join("\n") },
      { field: "Explanation", text: item.explanation },
    ];
  return [{ field: "Question", text: item.question }, { field: "Answer", text: item.answer }, ...item.rungs.map((r) => ({ field: `Rung: ${r.prompt}`, text: `${r.prompt}\n${r.answer}` }))];
}

export function lintCorpus(corpus: Corpus, index: LineIndex): { findings: Finding[]; figures: LintFigures } {
  const findings: Finding[] = [];
  const origin = (item: Item) => corpus.origins.get(item.id) ?? { file: "?", line: 0 };
  const at = (item: Item, field: string, rule: string, message: string, severity: Severity = item.kind === "ladder" ? "warning" : "error") => {
    const o = origin(item);
    const line = field ? index.fieldLine(o.file, o.line, field.startsWith("Rung:") ? "Rung:" + field.slice(5) : field) : o.line;
    findings.push({ file: o.file, line, rule, severity, message: `${item.kind} ${item.id}: ${message}` });
  };

  const cards = corpus.items.filter((i): i is Card => i.kind === "card");
  const checks = corpus.items.filter((i): i is Check => i.kind === "check");
  const ladders = corpus.items.filter((i): i is Ladder => i.kind === "ladder");
  const figures: LintFigures = {
    cards: cards.length,
    checks: checks.length,
    singles: 0,
    keyLongest: 0,
    keyLongestBy30: 0,
    keyShortest: 0,
    keyLetters: {},
    truefalse: { true: 0, false: 0 },
    longBacks: 0,
    sourceWording: 0,
    letterCitations: 0,
    twoQuestionFronts: 0,
  };

  for (const item of [...cards, ...checks, ...ladders]) {
    for (const { field, text } of learnerTexts(item)) {
      const hit = sourceWording(text);
      if (hit) {
        figures.sourceWording++;
        at(item, field, "source-wording", `"${hit}": learner text speaks of the subject, never of the study sources (say what is meant)`);
      }
    }
  }
  for (const lesson of corpus.lessons) {
    const file = `${String(lesson.order).padStart(2, "0")}-${lesson.id}/lesson.md`;
    let citation = false; // a "Sources:" paragraph runs to the next blank line
    (index.lines?.(file) ?? []).forEach((line, i) => {
      if (/^\s*Sources?:/.test(line)) citation = true;
      else if (!line.trim()) citation = false;
      if (citation) return;
      const hit = sourceWording(line);
      if (hit) findings.push({ file, line: i + 1, rule: "source-wording", severity: "warning", message: `lesson ${lesson.id}: "${hit}": say what is meant, not where it was read` });
    });
  }
  for (const card of cards) {
    const words = wordCount(card.back);
    if (words > LIMITS.backWords) {
      figures.longBacks++;
      at(card, "Back", "back-length", `the back has ${words} words (at most ${LIMITS.backWords}: shorten it, move detail to Why or a new card)`);
    }
    const two = asksTwoThings(card.front);
    if (two) {
      figures.twoQuestionFronts++;
      at(card, "Front", "two-questions", `the front asks two things (${two}): one fact per card, split it`);
    }
  }
  const keyed: { check: Check; by30: boolean }[] = [];
  const shortKeyed: Check[] = [];
  for (const check of checks) {
    const cited = citesLetter(check.explanation);
    if (cited) {
      figures.letterCitations++;
      at(check, "Explanation", "letter-citation", `the explanation names a choice by letter ("${cited}"); choices are shuffled per attempt, so name it by its content`);
    }
    if (check.type === "single") {
      figures.singles++;
      const letter = String(check.answer);
      figures.keyLetters[letter] = (figures.keyLetters[letter] ?? 0) + 1;
      const { longest, by30, shortest } = keyIsLongest(check);
      if (shortest) {
        figures.keyShortest++;
        shortKeyed.push(check);
      }
      if (longest) {
        figures.keyLongest++;
        keyed.push({ check, by30 });
      }
      if (by30) figures.keyLongestBy30++;
    }
    if (check.type === "truefalse") figures.truefalse[check.answer === true ? "true" : "false"]++;
  }

  const corpusFinding = (rule: string, message: string, items: Item[]) => {
    const first = items[0];
    const o = first ? origin(first) : { file: "content", line: 0 };
    findings.push({ file: o.file, line: o.line, rule, severity: "error", message });
  };
  if (figures.singles && figures.keyLongest / figures.singles > LIMITS.keyLongestShare) {
    const worst = keyed.filter((k) => k.by30).map((k) => k.check);
    const list = (worst.length ? worst : keyed.map((k) => k.check)).map((c) => `${origin(c).file}:${origin(c).line} ${c.id}`);
    corpusFinding(
      "key-longest",
      `the key is the longest choice in ${figures.keyLongest} of ${figures.singles} single-choice checks (${pct(figures.keyLongest, figures.singles)}; at most ${pct(LIMITS.keyLongestShare)}). Keys longest by 30% or more:\n    ${list.join("\n    ")}`,
      worst.length ? worst : keyed.map((k) => k.check),
    );
  }
  if (figures.singles && figures.keyShortest / figures.singles > LIMITS.keyShortestShare) {
    corpusFinding(
      "key-shortest",
      `the key is the shortest choice by 20% or more in ${figures.keyShortest} of ${figures.singles} single-choice checks (${pct(figures.keyShortest, figures.singles)}; at most ${pct(LIMITS.keyShortestShare)}):\n    ${shortKeyed.map((c) => `${origin(c).file}:${origin(c).line} ${c.id}`).join("\n    ")}`,
      shortKeyed,
    );
  }
  for (const [letter, n] of Object.entries(figures.keyLetters)) {
    if (figures.singles >= 8 && n / figures.singles > LIMITS.keyPositionShare) {
      const on = checks.filter((c) => c.type === "single" && c.answer === letter);
      corpusFinding("key-position", `"${letter}" is the key of ${n} of ${figures.singles} single-choice checks (${pct(n, figures.singles)}; at most ${pct(LIMITS.keyPositionShare)} per letter)`, on);
    }
  }
  const tf = figures.truefalse.true + figures.truefalse.false;
  for (const value of ["true", "false"] as const) {
    const n = figures.truefalse[value];
    if (tf >= 6 && n / tf > LIMITS.truthShare) {
      const on = checks.filter((c) => c.type === "truefalse" && String(c.answer) === value);
      corpusFinding("truth-balance", `${value} is the key of ${n} of ${tf} true/false checks (${pct(n, tf)}; at most ${pct(LIMITS.truthShare)})`, on);
    }
  }
  findings.sort((a, b) => a.file.localeCompare(b.file) || a.line - b.line);
  return { findings, figures };
}

function pct(n: number, of = 1) {
  return `${Math.round((100 * n) / of)}%`;
}

export function formatFigures(f: LintFigures): string[] {
  const letters = Object.keys(f.keyLetters)
    .sort()
    .map((l) => `${l} ${f.keyLetters[l]}`)
    .join(", ");
  return [
    `single-choice checks: ${f.singles}; key is the longest choice in ${f.keyLongest} (${pct(f.keyLongest, f.singles || 1)}), by 30% or more in ${f.keyLongestBy30}; shortest by 20% or more in ${f.keyShortest}`,
    `single-choice key letters: ${letters}`,
    `true/false keys: ${f.truefalse.true} true, ${f.truefalse.false} false`,
    `card backs over ${LIMITS.backWords} words: ${f.longBacks} of ${f.cards}`,
    `card fronts asking two things: ${f.twoQuestionFronts} of ${f.cards}`,
    `explanations citing a choice letter: ${f.letterCitations} of ${f.checks}`,
    `source-document wording in learner text: ${f.sourceWording}`,
  ];
}
