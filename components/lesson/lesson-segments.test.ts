import { describe, expect, it } from "vitest";
import { readCorpus } from "@/lib/content/load";
import { SIMULATORS } from "@/lib/content/schema";
import { splitLessonBody } from "@/components/lesson/lesson-segments";

describe("a lesson body split at its simulator lines", () => {
  it("alternates markdown runs and simulator embeds, with name and preset", () => {
    const body = ["# Raft", "", "Intro.", "[[sim:raft?preset=split-vote]]", "Between.", "[[sim:quorum]]"].join("\n");
    expect(splitLessonBody(body)).toEqual([
      { kind: "markdown", markdown: "# Raft\n\nIntro." },
      { kind: "sim", name: "raft", preset: "split-vote", line: 4 },
      { kind: "markdown", markdown: "Between." },
      { kind: "sim", name: "quorum", preset: null, line: 6 },
    ]);
  });

  it("leaves a sim line inside a code fence alone (it is an example of the syntax)", () => {
    const body = "Write:\n\n```\n[[sim:raft]]\n```\n\nDone.";
    expect(splitLessonBody(body)).toEqual([{ kind: "markdown", markdown: body }]);
  });

  it("a line that merely mentions [[sim:raft]] mid-sentence is prose", () => {
    expect(splitLessonBody("See [[sim:raft]] below.")).toEqual([{ kind: "markdown", markdown: "See [[sim:raft]] below." }]);
  });

  it("finds every embed of the real lessons, each naming a known simulator", () => {
    const { corpus } = readCorpus();
    const sims = corpus.lessons.flatMap((l) => splitLessonBody(l.body).flatMap((s) => (s.kind === "sim" ? [{ lesson: l.id, name: s.name, preset: s.preset }] : [])));
    const written = corpus.lessons.reduce((n, l) => n + l.body.split("\n").filter((x) => x.startsWith("[[sim:")).length, 0);
    expect(sims.length).toBe(written);
    expect(sims.length).toBeGreaterThan(10);
    for (const s of sims) expect(SIMULATORS).toContain(s.name);
    expect(sims.filter((s) => s.lesson === "raft").map((s) => s.preset)).toContain("figure-8");
  });
});
