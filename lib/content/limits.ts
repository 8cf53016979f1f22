/**
 * Size limits of the study material (documented in content/README.md, "Limits"), enforced by
 * `npm run content:check` with file:line, so an oversized card never reaches the database or
 * /api/review/next. Generous: the largest field written so far is under a quarter of its limit.
 * Characters (UTF-16 code units, as JavaScript counts) per field; bytes per file.
 */
export const LIMITS = {
  /** One markdown file (lesson.md or an item file), in bytes. */
  fileBytes: 256 * 1024,
  lessonTitle: 120,
  lessonSummary: 600,
  lessonBody: 64_000,
  cardFront: 1_000,
  cardBack: 4_000,
  cardWhy: 2_000,
  checkPrompt: 2_000,
  checkChoice: 600,
  checkChoices: 12,
  checkExplanation: 4_000,
  ladderQuestion: 1_000,
  ladderAnswer: 6_000,
  rungPrompt: 600,
  rungAnswer: 4_000,
  ladderRungs: 12,
  tag: 40,
  tags: 20,
} as const;

export const tooLong = (what: string, max: number) => `${what} is too long: at most ${max.toLocaleString("en")} characters`;

/**
 * Null when `text` is within the per-file limit; otherwise the problem, placed on the line where
 * the file crosses the limit.
 */
export function fileTooLarge(text: string, max: number = LIMITS.fileBytes): { line: number; message: string } | null {
  const bytes = Buffer.byteLength(text, "utf8");
  if (bytes <= max) return null;
  let total = 0;
  let line = 1;
  for (const l of text.split("\n")) {
    total += Buffer.byteLength(l, "utf8") + 1;
    if (total > max) break;
    line++;
  }
  return { line, message: `the file is ${bytes.toLocaleString("en")} bytes, over the limit of ${max.toLocaleString("en")} bytes (it crosses it here); split it into smaller files` };
}
