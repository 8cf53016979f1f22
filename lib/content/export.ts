import type { Corpus, Item } from "./schema";

/** The JSON shape tools outside the app rely on: `{ topics: [{ id, title }], items: [...] }`. */
export interface ExportedCorpus {
  topics: { id: string; title: string }[];
  items: Item[];
}

export function exportCorpus(corpus: Corpus): ExportedCorpus {
  return {
    topics: corpus.lessons.map((l) => ({ id: l.id, title: l.title })),
    // Items keep every field of their kind (front/back, prompt/choices/answer/explanation,
    // question/keyPoints/answer/rungs, each rung with prompt/answer/keyPoints) plus id, kind, topic, tags, level, sources, covers, inventory.
    items: corpus.items.map((item) => JSON.parse(JSON.stringify(item)) as Item),
  };
}
