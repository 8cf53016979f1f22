import { describe, expect, it } from "vitest";
import { fileLineIndex, lintCorpus } from "./lint";
import { readCorpus } from "./load";
import type { Item } from "./schema";

// `npm run content:lint` on the shipped content/: the corpus issue's countable bars hold, so an edit
// that reintroduces a giveaway, a letter citation, a long back or source wording fails `npm test`.
describe("content:lint on the shipped corpus", () => {
  const { corpus, problems } = readCorpus();
  const { findings, figures } = lintCorpus(corpus, fileLineIndex(`${process.cwd()}/content`));
  const bars = { keyLongest: 0.3, keyShortest: 0.1, letter: 0.35, truth: 0.6 };

  it("has no errors", () => {
    expect(problems).toEqual([]);
    expect(findings.filter((f) => f.severity === "error").map((f) => `${f.file}:${f.line} [${f.rule}] ${f.message.split("\n")[0]}`)).toEqual([]);
  });

  it("keeps its figures inside the bars: keys rarely longest, letters and truth values balanced", () => {
    expect(figures.singles).toBeGreaterThanOrEqual(80);
    expect(figures.keyLongest / figures.singles).toBeLessThanOrEqual(bars.keyLongest);
    expect(figures.keyShortest / figures.singles).toBeLessThanOrEqual(bars.keyShortest);
    expect(Object.keys(figures.keyLetters).sort()).toEqual(["a", "b", "c", "d"]);
    for (const n of Object.values(figures.keyLetters)) expect(n / figures.singles).toBeLessThanOrEqual(bars.letter);
    const tfTotal = figures.truefalse.true + figures.truefalse.false;
    expect(Math.max(figures.truefalse.true, figures.truefalse.false) / tfTotal).toBeLessThanOrEqual(bars.truth);
    expect([figures.longBacks, figures.letterCitations, figures.sourceWording, figures.twoQuestionFronts]).toEqual([0, 0, 0, 0]);
  });

  it("keeps one card of each merged near-duplicate pair (the other id is retired)", () => {
    const ids = new Set(corpus.items.map((i: Item) => i.id));
    for (const kept of ["coordination-zk-guarantees", "consistency-models-myth-zookeeper-reads-fresh", "quorums-crash-vs-byzantine", "raft-etcd-benchmark", "paxos-why-raft-spread"]) {
      expect(ids.has(kept), kept).toBe(true);
    }
    for (const retired of ["other-zookeeper-read-guarantees", "coordination-myth-zk-reads-linearizable", "other-crash-vs-byzantine-counts", "coordination-etcd-throughput", "other-why-raft-spread"]) {
      expect(ids.has(retired), retired).toBe(false);
    }
  });
});
