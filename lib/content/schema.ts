import { z } from "zod";
import { LIMITS as L, tooLong } from "./limits";

/**
 * The shapes of the study material, one zod schema per item kind.
 * The markdown format that produces them is documented in content/README.md.
 */

export const SEEDS = {
  "000": "000_13ab31193321a347.txt",
  "001": "001_35ddd17363b88925.txt",
  "002": "002_4a351c7d3f9599bb.txt",
  "003": "003_3b13d2c4287e4797.txt",
  "004": "004_c227b63bbd863adb.txt",
} as const;
export type SeedCode = keyof typeof SEEDS;

/** Simulators a lesson may embed with a `[[sim:NAME]]` line. */
export const SIMULATORS = [
  "raft",
  "paxos",
  "two-phase-commit",
  "split-brain",
  "clocks",
  "reconcile",
  "linearizability",
  "quorum",
] as const;

export const LEVELS = { 1: "core", 2: "working", 3: "deep" } as const;

export const idSchema = z
  .string()
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, "ids are kebab-case: lower-case letters, digits and single dashes");

export const sourceSchema = z.union([
  z.object({ file: z.enum(Object.values(SEEDS) as [string, ...string[]]), section: z.string().min(1) }),
  z.object({ ref: z.string().min(3) }),
]);
export type Source = z.infer<typeof sourceSchema>;

// T01–T87: the seed inventory's topics; T88–T99: the topics it misses (EXTRA_TOPICS in ./inventory).
const coverSchema = z.string().regex(/^T(0[1-9]|[1-9][0-9])$/, "covers names inventory topics T01–T99");
const errataSchema = z.string().regex(/^E\d{2}$/, "myth names an errata entry such as E07");

const baseItem = {
  id: idSchema,
  topic: idSchema,
  tags: z.array(z.string().min(1).max(L.tag, tooLong("a tag", L.tag))).max(L.tags, `at most ${L.tags} tags`),
  level: z.union([z.literal(1), z.literal(2), z.literal(3)]),
  sources: z.array(sourceSchema).min(1, "every item needs at least one source"),
  covers: z.array(coverSchema),
  /** Entries of seed-inventory.md this item represents (001-C04, 000-Q8, Q-E3, N04, ...). */
  inventory: z.array(z.string().regex(/^(\d{3}-[A-Z]+\d*|4[A-E]-[A-Z]*\d+|Q-E\d+|N\d{2})$/, "not an inventory id")),
};

export const cardSchema = z.object({
  ...baseItem,
  kind: z.literal("card"),
  front: z.string().min(1, "a card needs a ### Front").max(L.cardFront, tooLong("### Front", L.cardFront)),
  back: z.string().min(1, "a card needs a ### Back").max(L.cardBack, tooLong("### Back", L.cardBack)),
  why: z.string().max(L.cardWhy, tooLong("### Why", L.cardWhy)).optional(),
  /** A myth card corrects a wrong claim listed in seed-errata.md. */
  myth: errataSchema.optional(),
});

export const choiceSchema = z.object({ id: z.string().regex(/^[a-z]$/), text: z.string().min(1).max(L.checkChoice, tooLong("a choice", L.checkChoice)) });

export const CHECK_TYPES = ["single", "multi", "truefalse", "numeric", "ordering"] as const;

export const checkSchema = z.object({
  ...baseItem,
  kind: z.literal("check"),
  type: z.enum(CHECK_TYPES),
  prompt: z.string().min(1, "a check needs a ### Prompt").max(L.checkPrompt, tooLong("### Prompt", L.checkPrompt)),
  choices: z.array(choiceSchema).max(L.checkChoices, `at most ${L.checkChoices} choices`),
  /** single: a choice id; multi/ordering: choice ids; truefalse: boolean; numeric: number. */
  answer: z.union([z.string(), z.array(z.string()), z.boolean(), z.number()]),
  tolerance: z.number().nonnegative().optional(),
  unit: z.string().optional(),
  explanation: z.string().min(1, "a check needs an ### Explanation").max(L.checkExplanation, tooLong("### Explanation", L.checkExplanation)),
});

/** 3–5 short phrases an interviewer listens for in an answer (the drill's checklist). */
export const keyPointsSchema = z.array(z.string().min(1)).min(3, "write 3–5 key points").max(5, "write 3–5 key points");

export const rungSchema = z.object({
  prompt: z.string().min(1).max(L.rungPrompt, tooLong("a rung's question", L.rungPrompt)),
  answer: z.string().min(1).max(L.rungAnswer, tooLong("a rung's answer", L.rungAnswer)),
  keyPoints: keyPointsSchema,
});

export const ladderSchema = z.object({
  ...baseItem,
  kind: z.literal("ladder"),
  question: z.string().min(1, "a ladder needs a ### Question").max(L.ladderQuestion, tooLong("### Question", L.ladderQuestion)),
  /** The rubric for the opening question (each rung carries its own). */
  keyPoints: keyPointsSchema,
  answer: z.string().min(1, "a ladder needs an ### Answer").max(L.ladderAnswer, tooLong("### Answer", L.ladderAnswer)),
  rungs: z.array(rungSchema).min(2, "a ladder needs at least two rungs").max(L.ladderRungs, `at most ${L.ladderRungs} rungs`),
});

export const itemSchema = z.discriminatedUnion("kind", [cardSchema, checkSchema, ladderSchema]);

export type Card = z.infer<typeof cardSchema>;
export type Check = z.infer<typeof checkSchema>;
export type Ladder = z.infer<typeof ladderSchema>;
export type Item = z.infer<typeof itemSchema>;
export type ItemKind = Item["kind"];

export const lessonSchema = z.object({
  id: idSchema,
  title: z.string().min(1).max(L.lessonTitle, tooLong("title", L.lessonTitle)),
  order: z.number().int().positive(),
  summary: z.string().min(1).max(L.lessonSummary, tooLong("summary", L.lessonSummary)),
  covers: z.array(coverSchema),
  body: z.string().max(L.lessonBody, tooLong("the lesson text", L.lessonBody)),
});
export type Lesson = z.infer<typeof lessonSchema>;

/** Where an item was written: every error and every UI "edit" link points here. */
export interface Origin {
  file: string; // relative to the content root, e.g. "06-raft/cards.md"
  line: number; // 1-based line of the item heading
}

export interface Corpus {
  lessons: Lesson[]; // ordered; a lesson is a topic
  items: Item[];
  origins: Map<string, Origin>; // item id -> where it was written
}

export class ContentError extends Error {
  constructor(readonly problems: { file: string; line: number; message: string }[]) {
    super(problems.map((p) => `${p.file}:${p.line}: ${p.message}`).join("\n"));
    this.name = "ContentError";
  }
}
