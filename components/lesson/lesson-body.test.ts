import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { readCorpus } from "@/lib/content/load";
import type { Check, Ladder } from "@/lib/content/schema";
import { ItemView } from "@/components/items/item-view";
import { LessonBody } from "@/components/lesson/lesson-body";

// The lesson and item components rendered to HTML from the real content (the e2e fixture has no
// simulator lines, checks or ladders).
const { corpus } = readCorpus();
const raft = corpus.lessons.find((l) => l.id === "raft")!;

describe("a lesson page's body", () => {
  const html = renderToStaticMarkup(createElement(LessonBody, { body: raft.body }));

  it("puts a simulator embed (loaded lazily, no placeholder) where each [[sim:…]] line was, and drops the raw line", () => {
    const figures = [...html.matchAll(/<figure[^>]*data-sim="([a-z-]+)" data-preset="([a-z0-9-]+)"[^>]*>([\s\S]*?)<\/figure>/g)];
    const lines = raft.body.split("\n").filter((l) => l.startsWith("[[sim:"));
    expect(figures.length).toBe(lines.length);
    expect(html).not.toContain("[[sim:");
    const split = figures.find((f) => f[2] === "split-vote")!;
    expect(split[1]).toBe("raft");
    expect(split[3]).toContain("Raft simulator");
    expect(split[3]).toContain("Split vote");
    expect(split[3]).toContain('href="/sim/raft?preset=split-vote"');
    expect(html).not.toMatch(/placeholder/i);
  });

  it("renders the markdown around them: GFM tables and monospace diagrams, no raw HTML", () => {
    expect(html).toContain("<table>");
    expect(html).toMatch(/<pre><code>[^<]*Follower/);
    expect(html).not.toMatch(/<script/i);
  });
});

describe("items as the lesson page lists them", () => {
  it("a check shows prompt and choices; the key and explanation sit in a closed <details>", () => {
    const check = corpus.items.find((i): i is Check => i.kind === "check" && i.type === "single")!;
    const html = renderToStaticMarkup(createElement(ItemView, { item: check }));
    const [visible, hidden] = html.split("<details");
    for (const c of check.choices) expect(visible).toContain(`${c.id})</span>`);
    expect(hidden).toContain("Correct answer");
    expect(hidden).toMatch(new RegExp(`<li><span class="font-mono">${check.answer}\\)</span>`));
    expect(html).toContain(`href="/browse/${check.id}"`);
  });

  it("a ladder keeps its model answer and every rung's answer behind their own disclosures", () => {
    const ladder = corpus.items.find((i): i is Ladder => i.kind === "ladder")!;
    const html = renderToStaticMarkup(createElement(ItemView, { item: ladder }));
    expect(html.match(/<details/g)?.length).toBe(2 + ladder.rungs.length);
    expect(html).not.toMatch(/<details open/);
    expect(html).toContain(`Follow-up questions (${ladder.rungs.length} rungs`);
    const open = renderToStaticMarkup(createElement(ItemView, { item: ladder, open: true, detailLink: false }));
    expect(open.match(/<details open=""/g)?.length).toBe(2 + ladder.rungs.length);
    expect(open).not.toContain("/browse/");
  });
});
