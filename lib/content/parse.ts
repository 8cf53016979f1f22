import { z } from "zod";
import { simEmbedProblem } from "../sim-catalog";
import {
  CHECK_TYPES,
  SEEDS,
  SIMULATORS,
  itemSchema,
  lessonSchema,
  type Item,
  type Lesson,
  type SeedCode,
  type Source,
} from "./schema";

/**
 * Parses one markdown file of the corpus. The format is documented in content/README.md:
 * a `---` frontmatter block, then items that each start with `## <kind> <id>`, a block of
 * `key: value` lines, and `### Field` sections. Every problem carries the file's line.
 */

export interface Problem {
  file: string;
  line: number;
  message: string;
}

interface Field {
  name: string;
  line: number;
  text: string;
}

interface RawItem {
  kind: string;
  id: string;
  line: number;
  meta: Map<string, { value: string; line: number }>;
  fields: Field[];
}

const ITEM_HEADING = /^## (\S+)\s+(\S+)\s*$/;
const FENCE = /^\s*(```|~~~)/;
const META = /^([a-z]+):\s*(.*)$/;

const META_KEYS: Record<string, string[]> = {
  card: ["myth"],
  check: ["type", "answer", "tolerance", "unit"],
  ladder: [],
};
const COMMON_META = ["level", "tags", "sources", "covers", "inventory", "topic"];
const FIELDS: Record<string, string[]> = {
  card: ["Front", "Back", "Why"],
  check: ["Prompt", "Choices", "Explanation"],
  ladder: ["Question", "Answer", "Rung"],
};

export function parseFrontmatter(lines: string[], file: string, problems: Problem[]) {
  const meta = new Map<string, { value: string; line: number }>();
  if (lines[0]?.trim() !== "---") return { meta, bodyStart: 0 };
  for (let i = 1; i < lines.length; i++) {
    const line = lines[i];
    if (line.trim() === "---") return { meta, bodyStart: i + 1 };
    if (!line.trim()) continue;
    const m = META.exec(line);
    if (!m) problems.push({ file, line: i + 1, message: `frontmatter lines are "key: value", got "${line.trim()}"` });
    else meta.set(m[1], { value: unquote(m[2].trim()), line: i + 1 });
  }
  problems.push({ file, line: 1, message: "frontmatter opened with --- is never closed" });
  return { meta, bodyStart: lines.length };
}

/** Frontmatter values may be quoted as in YAML ("Atomic commit: 2PC") so a colon reads naturally. */
const unquote = (v: string) => (/^(["']).*\1$/.test(v) ? v.slice(1, -1) : v);

export const splitList = (v: string, sep = ",") =>
  v
    .split(sep)
    .map((s) => s.trim())
    .filter(Boolean);

/** `000 §8 Raft` names a seed and its section; `ext Raft paper §5.4` names a primary source. */
export function parseSource(entry: string): Source | string {
  const m = /^(\d{3}|ext)\s+(.+)$/.exec(entry.trim());
  if (!m) return `source "${entry}" must start with a seed code (000–004) or "ext", then the section`;
  if (m[1] === "ext") return { ref: m[2].trim() };
  const file = SEEDS[m[1] as SeedCode];
  if (!file) return `unknown seed "${m[1]}" (the seeds are ${Object.keys(SEEDS).join(", ")})`;
  return { file, section: m[2].trim() };
}

function collectItems(lines: string[], start: number, file: string, problems: Problem[]): RawItem[] {
  const items: RawItem[] = [];
  let cur: RawItem | null = null;
  let field: Field | null = null;
  let inMeta = false;
  let fenced = false;
  let skipping = false; // after a malformed heading, until the next one: one error, not a cascade
  for (let i = start; i < lines.length; i++) {
    const line = lines[i];
    const lineNo = i + 1;
    if (!fenced) {
      const heading = ITEM_HEADING.exec(line);
      if (heading || line.startsWith("## ")) {
        if (!heading) {
          problems.push({ file, line: lineNo, message: `item headings are "## <card|check|ladder> <id>", got "${line}"` });
          cur = null;
          skipping = true;
          continue;
        }
        cur = { kind: heading[1], id: heading[2], line: lineNo, meta: new Map(), fields: [] };
        skipping = false;
        field = null;
        inMeta = true;
        items.push(cur);
        if (!(heading[1] in FIELDS)) {
          problems.push({ file, line: lineNo, message: `unknown item kind "${heading[1]}" (use card, check or ladder)` });
        }
        continue;
      }
      if (line.startsWith("### ") && cur) {
        inMeta = false;
        field = { name: line.slice(4).trim(), line: lineNo, text: "" };
        cur.fields.push(field);
        continue;
      }
    }
    if (FENCE.test(line)) fenced = !fenced;
    if (!cur) {
      if (!skipping && line.trim() && !/^<!--.*-->$/.test(line.trim())) {
        problems.push({ file, line: lineNo, message: "text outside any item (items start with ## <kind> <id>)" });
      }
      continue;
    }
    if (inMeta) {
      if (!line.trim()) continue;
      const m = META.exec(line);
      if (m) {
        if (cur.meta.has(m[1])) problems.push({ file, line: lineNo, message: `"${m[1]}" is given twice` });
        cur.meta.set(m[1], { value: m[2].trim(), line: lineNo });
        continue;
      }
      inMeta = false;
    }
    if (field) field.text += line + "\n";
    else if (line.trim()) {
      problems.push({ file, line: lineNo, message: `text before the first ### field of ${cur.kind} ${cur.id}` });
    }
  }
  if (fenced) problems.push({ file, line: lines.length, message: "a code fence is never closed" });
  return items;
}

function parseChoices(f: Field, file: string, problems: Problem[]) {
  const choices: { id: string; text: string }[] = [];
  f.text.split("\n").forEach((line, k) => {
    const m = /^[-*]\s+([a-z])\)\s+(.+)$/.exec(line);
    if (m) choices.push({ id: m[1], text: m[2].trim() });
    else if (/^\s+\S/.test(line) && choices.length) choices[choices.length - 1].text += "\n" + line.trim();
    else if (line.trim()) problems.push({ file, line: f.line + 1 + k, message: `choices are "- a) text", got "${line.trim()}"` });
  });
  const seen = new Set<string>();
  for (const c of choices) {
    if (seen.has(c.id)) problems.push({ file, line: f.line, message: `choice "${c.id})" appears twice` });
    seen.add(c.id);
  }
  return choices;
}

/** Turns the `answer:` text into the typed key, checking it points at real choices. */
function parseAnswer(type: string, raw: string, choiceIds: string[]): { answer?: unknown; error?: string } {
  const ids = splitList(raw);
  const missing = ids.filter((id) => !choiceIds.includes(id));
  switch (type) {
    case "single":
      if (ids.length !== 1) return { error: `a single-choice answer is one choice letter, got "${raw}"` };
      if (missing.length) return { error: `answer key "${raw}" points at no choice (choices: ${choiceIds.join(", ") || "none"})` };
      return { answer: ids[0] };
    case "multi":
      if (!ids.length) return { error: "a multi-select answer lists one or more choice letters" };
      if (missing.length) return { error: `answer key "${missing.join(", ")}" points at no choice (choices: ${choiceIds.join(", ") || "none"})` };
      return { answer: ids };
    case "ordering":
      if (missing.length) return { error: `answer key "${missing.join(", ")}" points at no choice (choices: ${choiceIds.join(", ") || "none"})` };
      if (ids.length !== choiceIds.length || new Set(ids).size !== ids.length) {
        return { error: `an ordering answer lists every choice exactly once (choices: ${choiceIds.join(", ")})` };
      }
      return { answer: ids };
    case "truefalse":
      if (raw !== "true" && raw !== "false") return { error: `a true/false answer is "true" or "false", got "${raw}"` };
      return { answer: raw === "true" };
    case "numeric": {
      const n = Number(raw);
      if (!raw || !Number.isFinite(n)) return { error: `a numeric answer is a number, got "${raw}"` };
      return { answer: n };
    }
    default:
      return { error: `unknown check type "${type}" (use ${CHECK_TYPES.join(", ")})` };
  }
}

const KEY_POINTS = /^####\s+Key points\s*$/i;
export const KEY_POINTS_MIN = 3;
export const KEY_POINTS_MAX = 5;

/**
 * A ladder's question and each rung end with a rubric: a `#### Key points` sub-heading and a
 * bullet list of 3–5 short phrases an interviewer listens for. Returns the text above it.
 */
function splitKeyPoints(f: Field, what: string, at: (line: number, message: string) => void) {
  const lines = f.text.replace(/\n+$/, "").split("\n");
  const h = lines.findIndex((l) => KEY_POINTS.test(l));
  if (h < 0) {
    at(f.line, `${what} has no "#### Key points" list (${KEY_POINTS_MIN}–${KEY_POINTS_MAX} bullets an interviewer listens for)`);
    return { body: f.text.trim(), keyPoints: [] };
  }
  const keyPoints: string[] = [];
  lines.slice(h + 1).forEach((line, k) => {
    const m = /^[-*]\s+(.+)$/.exec(line);
    if (m) keyPoints.push(m[1].trim());
    else if (line.trim()) at(f.line + 2 + h + k, `key points are "- phrase" bullets, got "${line.trim()}"`);
  });
  if (keyPoints.length < KEY_POINTS_MIN || keyPoints.length > KEY_POINTS_MAX) {
    at(f.line + 1 + h, `${what} has ${keyPoints.length} key points; write ${KEY_POINTS_MIN}–${KEY_POINTS_MAX}`);
  }
  return { body: lines.slice(0, h).join("\n").trim(), keyPoints };
}

function buildItem(raw: RawItem, fileTopic: string | undefined, file: string, problems: Problem[]): Item | null {
  const before = problems.length;
  const at = (line: number, message: string) => problems.push({ file, line, message: `${raw.kind} ${raw.id}: ${message}` });
  const allowedMeta = [...COMMON_META, ...(META_KEYS[raw.kind] ?? [])];
  for (const [key, { line }] of raw.meta) {
    if (!allowedMeta.includes(key)) at(line, `unknown key "${key}" (allowed: ${allowedMeta.join(", ")})`);
  }
  const allowedFields = FIELDS[raw.kind] ?? [];
  const fields = new Map<string, Field>();
  const rungs: { prompt: string; answer: string; keyPoints: string[] }[] = [];
  for (const f of raw.fields) {
    const rung = /^Rung:\s*(.*)$/.exec(f.name);
    if (raw.kind === "ladder" && rung) {
      if (!rung[1].trim()) at(f.line, "a rung heading carries its question: ### Rung: <question>");
      const { body, keyPoints } = splitKeyPoints(f, `rung "${rung[1].trim()}"`, at);
      rungs.push({ prompt: rung[1].trim(), answer: body, keyPoints });
      if (!body) at(f.line, `rung "${rung[1].trim()}" has no answer`);
    } else if (!allowedFields.includes(f.name) || f.name === "Rung") {
      at(f.line, `unknown field "### ${f.name}" (allowed: ${allowedFields.map((n) => (n === "Rung" ? "Rung: <question>" : n)).join(", ")})`);
    } else if (fields.has(f.name)) at(f.line, `field "### ${f.name}" is given twice`);
    else fields.set(f.name, f);
  }
  const meta = (k: string) => raw.meta.get(k)?.value;
  const metaLine = (k: string) => raw.meta.get(k)?.line ?? raw.line;
  const text = (k: string) => fields.get(k)?.text.trim() ?? "";

  const sources: Source[] = [];
  for (const entry of splitList(meta("sources") ?? "", ";")) {
    const s = parseSource(entry);
    if (typeof s === "string") at(metaLine("sources"), s);
    else sources.push(s);
  }
  const level = Number(meta("level"));
  const base = {
    id: raw.id,
    topic: meta("topic") ?? fileTopic ?? "",
    tags: splitList(meta("tags") ?? ""),
    level,
    sources,
    covers: splitList(meta("covers") ?? ""),
    inventory: splitList(meta("inventory") ?? ""),
  };
  let candidate: Record<string, unknown>;
  if (raw.kind === "card") {
    candidate = { ...base, kind: "card", front: text("Front"), back: text("Back"), why: text("Why") || undefined, myth: meta("myth") };
  } else if (raw.kind === "check") {
    const type = meta("type") ?? "";
    const choicesField = fields.get("Choices");
    const choices = choicesField ? parseChoices(choicesField, file, problems) : [];
    const needsChoices = type === "single" || type === "multi" || type === "ordering";
    if (needsChoices && choices.length < 2) at(choicesField?.line ?? raw.line, `a ${type} check needs a ### Choices list with at least two choices`);
    if (!needsChoices && choices.length) at(choicesField!.line, `a ${type} check takes no choices`);
    const { answer, error } = parseAnswer(type, meta("answer") ?? "", choices.map((c) => c.id));
    if (error) at(metaLine(meta("type") === undefined ? "type" : "answer"), error);
    const tol = meta("tolerance");
    if (tol !== undefined && type !== "numeric") at(metaLine("tolerance"), "only numeric checks take a tolerance");
    candidate = {
      ...base,
      kind: "check",
      type,
      prompt: text("Prompt"),
      choices,
      answer: error ? "" : answer, // the key's own error is already reported
      tolerance: tol === undefined ? undefined : Number(tol),
      unit: meta("unit"),
      explanation: text("Explanation"),
    };
  } else if (raw.kind === "ladder") {
    const q = fields.get("Question");
    const question = q ? splitKeyPoints(q, "the question", at) : { body: "", keyPoints: [] };
    candidate = { ...base, kind: "ladder", question: question.body, keyPoints: question.keyPoints, answer: text("Answer"), rungs };
  } else return null;

  const parsed = itemSchema.safeParse(candidate);
  if (!parsed.success) {
    for (const issue of parsed.error.issues) {
      if (issue.path.includes("keyPoints")) continue; // splitKeyPoints already named the line
      const key = String(issue.path[0] ?? "");
      const fieldName = key.charAt(0).toUpperCase() + key.slice(1);
      const line = raw.meta.get(key)?.line ?? fields.get(fieldName)?.line ?? raw.line;
      at(line, describeIssue(key, issue));
    }
  }
  return problems.length === before && parsed.success ? parsed.data : null;
}

function describeIssue(key: string, issue: z.core.$ZodIssue) {
  if (key === "level") return "level is 1 (core), 2 (working) or 3 (deep)";
  if (key === "sources" && issue.code === "too_small") return "missing sources (sources: 000 §8 Raft; ext Raft paper §5.4)";
  if (key === "topic" && issue.code !== "too_small") return "topic must be a lesson id";
  if (!key) return issue.message;
  return `${key}${issue.path.length > 1 ? `[${issue.path.slice(1).join(".")}]` : ""}: ${issue.message}`;
}

export function parseItemFile(text: string, file: string): { items: { item: Item; line: number }[]; problems: Problem[]; topicLine: number } {
  const problems: Problem[] = [];
  const lines = text.split(/\r?\n/);
  const { meta, bodyStart } = parseFrontmatter(lines, file, problems);
  const topic = meta.get("topic");
  if (!topic) problems.push({ file, line: 1, message: 'an item file starts with frontmatter naming its lesson: "---\\ntopic: <lesson id>\\n---"' });
  for (const [key, { line }] of meta) if (key !== "topic") problems.push({ file, line, message: `unknown frontmatter key "${key}" (item files take only topic)` });
  const out: { item: Item; line: number }[] = [];
  for (const raw of collectItems(lines, bodyStart, file, problems)) {
    const item = buildItem(raw, topic?.value, file, problems);
    if (item) out.push({ item, line: raw.line });
  }
  return { items: out, problems, topicLine: topic?.line ?? 1 };
}

const SIM_LINE = /^\[\[sim:([a-z-]+)(?:\?([^\]]*))?\]\]\s*$/;

export function parseLessonFile(text: string, file: string, order: number): { lesson: Lesson | null; problems: Problem[] } {
  const problems: Problem[] = [];
  const lines = text.split(/\r?\n/);
  const { meta, bodyStart } = parseFrontmatter(lines, file, problems);
  for (const [key, { line }] of meta) {
    if (!["id", "title", "summary", "covers"].includes(key)) problems.push({ file, line, message: `unknown lesson key "${key}" (id, title, summary, covers)` });
  }
  lines.forEach((line, i) => {
    if (i < bodyStart || !line.startsWith("[[")) return;
    const m = SIM_LINE.exec(line);
    if (!m) problems.push({ file, line: i + 1, message: `simulator embeds are "[[sim:NAME]]" or "[[sim:NAME?preset=…]]", got "${line}"` });
    else if (!(SIMULATORS as readonly string[]).includes(m[1])) {
      problems.push({ file, line: i + 1, message: `unknown simulator "${m[1]}" (known: ${SIMULATORS.join(", ")})` });
    } else {
      const problem = simEmbedProblem(m[1], m[2]); // presets live in lib/sim-catalog.ts
      if (problem) problems.push({ file, line: i + 1, message: problem });
    }
  });
  const candidate = {
    id: meta.get("id")?.value ?? "",
    title: meta.get("title")?.value ?? "",
    summary: meta.get("summary")?.value ?? "",
    covers: splitList(meta.get("covers")?.value ?? ""),
    order,
    body: lines.slice(bodyStart).join("\n").trim(),
  };
  const parsed = lessonSchema.safeParse(candidate);
  if (!parsed.success) {
    for (const issue of parsed.error.issues) {
      const key = String(issue.path[0] ?? "");
      problems.push({ file, line: meta.get(key)?.line ?? 1, message: `lesson ${key || ""}: ${issue.message}`.replace(" : ", ": ") });
    }
  }
  return { lesson: parsed.success && !problems.length ? parsed.data : null, problems };
}

export { SIM_LINE };
