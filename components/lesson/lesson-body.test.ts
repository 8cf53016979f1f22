import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { readCorpus } from "@/lib/content/load";
import { practiceOrder, shownLetter } from "@/lib/content/practice-order";
import type { Check, Ladder } from "@/lib/content/schema";
import { ItemView } from "@/components/items/item-view";
import { LessonBody } from "@/components/lesson/lesson-body";
import { lessonOutline } from "@/components/lesson/lesson-outline";
import { renderInline } from "@/lib/content/render";

// The lesson and item components rendered to HTML from the real content (the e2e fixture has no
// simulator lines, checks or ladders).
const { corpus } = readCorpus();
const raft = corpus.lessons.find((l) => l.id === "raft")!;

describe("a lesson page's body", () => {
  const { parts, outline } = lessonOutline(raft.body);
  const html = renderToStaticMarkup(createElement(LessonBody, { parts }));

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

  it("puts every diagram and table in a scroll box with a hint after it (shown when it overflows)", () => {
    const boxes = html.match(/<div class="scroll-x" data-scroll-label="(Diagram|Table)"><(pre|table)>/g) ?? [];
    expect(boxes.length).toBe((html.match(/<pre>/g) ?? []).length + (html.match(/<table>/g) ?? []).length);
    expect(boxes.length).toBeGreaterThan(1);
    expect(html.match(/class="scroll-hint[^"]*" aria-hidden="true">↔ Scroll sideways/g)?.length).toBe(boxes.length);
  });

  it("gives each section heading an id, and the outline lists them in order for the contents", () => {
    const written = raft.body.split("\n").filter((l) => /^#{2,3} /.test(l));
    expect(outline.map((e) => e.level)).toEqual(written.map((l) => (l.startsWith("### ") ? 3 : 2)));
    expect(outline.find((e) => e.html === "Leader election")?.id).toBe("leader-election");
    for (const e of outline) expect(html).toContain(`<h${e.level} id="${e.id}">`);
    expect(new Set(outline.map((e) => e.id)).size).toBe(outline.length);
  });
});

describe("items as the lesson page lists them", () => {
  it("a check shows prompt and choices; the key and explanation sit in a closed <details>", () => {
    const check = corpus.items.find((i): i is Check => i.kind === "check" && i.type === "single")!;
    const html = renderToStaticMarkup(createElement(ItemView, { item: check }));
    const [visible, hidden] = html.split("<details");
    for (const c of check.choices) expect(visible).toContain(`)</span> <span>${renderInline(c.text)}</span>`);
    check.choices.forEach((_, i) => expect(visible).toContain(`<span class="font-mono">${shownLetter(i)})</span>`));
    expect(hidden).toContain("Correct answer");
    // Choices are lettered in the order the first attempt shows them, and so is the key.
    const keyLetter = shownLetter(practiceOrder(check).indexOf(String(check.answer)));
    expect(hidden).toMatch(new RegExp(`<li><span class="font-mono">${keyLetter}\\)</span>`));
    expect(html).toContain(`href="/browse/${check.id}"`);
  });

  it("a ladder shows its question and nothing of the answers until asked: no follow-up question before its turn", () => {
    const ladder = corpus.items.find((i): i is Ladder => i.kind === "ladder")!;
    for (const open of [false, true]) {
      const html = renderToStaticMarkup(createElement(ItemView, { item: ladder, open, detailLink: !open }));
      expect(html).toContain(renderInline(ladder.question.split("\n")[0]).slice(0, 40));
      // The item's own page starts with the model answer shown, so its first follow-up is asked; no more.
      expect(html.includes("Show the model answer")).toBe(!open);
      ladder.rungs.forEach((r, i) => expect(html.includes(renderInline(r.prompt))).toBe(open && i === 0));
      for (const r of ladder.rungs) expect(html).not.toContain(renderInline(r.answer).slice(0, 60));
    }
  });
});
