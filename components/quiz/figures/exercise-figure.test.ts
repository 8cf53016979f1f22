// Quiz pictures are the simulators' drawings fed by small adapters (components/sim/*/from-exercise.ts).
// Scenarios on real generated exercises, several seeds and every sub-kind: each drawing shows every
// operation, event, entry and node of the figure with the exercise's own names, and none of them
// gives the answer away.
import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { exerciseFamily, generateExercise, type Exercise, type ExerciseFigure } from "@/lib/protocol";
import { spaceTimeFromExercise } from "@/components/sim/clocks/from-exercise";
import { historyViewFromExercise } from "@/components/sim/linearizability/from-exercise";
import { paxosGraphFromExercise } from "@/components/sim/paxos/from-exercise";
import { ringFromExercise } from "@/components/sim/quorum/from-exercise";
import { logRowsFromExercise } from "@/components/sim/reconcile/from-exercise";
import { tpcNodesFromExercise } from "@/components/sim/two-phase-commit/from-exercise";
import { GraphDrawing } from "@/components/sim/shared/graph-drawing";
import { ExerciseFigureView } from "./exercise-figure";

const SEEDS = [1, 7, 42, 1234, 99991, 2 ** 31 + 5];

/** Every sub-kind of a family, each on several seeds. */
function exercises(family: string): Exercise[] {
  return exerciseFamily(family)!.kinds.flatMap((kind) => SEEDS.map((seed) => generateExercise(family, seed, kind)));
}

function figureOf<T extends ExerciseFigure["type"]>(e: Exercise, type: T): Extract<ExerciseFigure, { type: T }> {
  expect(e.figure.type).toBe(type);
  return e.figure as Extract<ExerciseFigure, { type: T }>;
}

const render = (figure: ExerciseFigure) => renderToStaticMarkup(createElement(ExerciseFigureView, { figure }));
const count = (html: string, s: string) => html.split(s).length - 1;
/** Text as the drawing shows it (React escapes quotes in markup). */
const unescape = (html: string) => html.replace(/&quot;/g, '"').replace(/&#x27;/g, "'").replace(/&gt;/g, ">").replace(/&lt;/g, "<").replace(/&amp;/g, "&");

describe("every quiz picture is one named picture, not a set of controls", () => {
  it.each(["quorum-arithmetic", "clocks", "linearizability", "raft-log-repair", "raft-election", "two-phase-commit", "paxos"])("%s", (family) => {
    for (const e of exercises(family)) {
      const html = render(e.figure);
      const nodeless = e.figure.type === "quorum" && e.figure.n === 0;
      expect(count(html, 'role="img"'), `${family} ${e.kind} seed ${e.seed}`).toBe(nodeless ? 0 : 1);
      expect(html).not.toContain('role="button"');
      expect(html).not.toContain("tabindex");
      expect(html).toContain(`data-figure="${e.figure.type}"`);
    }
  });
});

describe("linearizability: the simulator's history lanes", () => {
  it("draws one bar per operation, on its client's lane, from call to return, named as the exercise names it", () => {
    for (const e of exercises("linearizability")) {
      const f = figureOf(e, "history");
      const view = historyViewFromExercise(f);
      expect(view.bars.map((b) => b.label)).toEqual(f.ops.map((o) => `${o.id}: ${o.label}`));
      for (const [i, o] of f.ops.entries()) {
        const bar = view.bars[i];
        expect(bar.x0).toBeCloseTo(view.x(o.call));
        expect(bar.x1).toBeCloseTo(view.x(o.ret));
        expect(view.lanes.find((l) => l.client === o.client)!.y).toBeLessThan(bar.y);
        expect(bar.title).toContain(`client ${o.client}`);
      }
      const html = unescape(render(f));
      for (const o of f.ops) expect(html).toContain(`${o.id}: ${o.label}`);
    }
  });

  it("shows no verdict: no linearization points, no blocked or placed bars", () => {
    for (const e of exercises("linearizability")) {
      const view = historyViewFromExercise(figureOf(e, "history"));
      expect(view.path).toEqual([]);
      expect(view.bars.every((b) => b.mark === "plain" && b.point === null)).toBe(true);
      const html = render(e.figure);
      expect(html).not.toContain("✗");
      expect(html).not.toMatch(/data-mark="(placed|blocked|candidate|unplaced)"/);
    }
  });

  it("a read whose value is asked shows as read → ?", () => {
    const e = generateExercise("linearizability", 42, "read-values");
    const hidden = figureOf(e, "history").ops.filter((o) => o.label === "read → ?");
    expect(hidden).toHaveLength(1);
    expect(unescape(render(e.figure))).toContain(`${hidden[0].id}: read → ?`);
  });
});

describe("clocks: the simulator's space-time diagram", () => {
  it("puts every event on its process's lane in trace order, with the exercise's ids, and every message from send to receive", () => {
    for (const e of exercises("clocks")) {
      const f = figureOf(e, "space-time");
      const view = spaceTimeFromExercise(f);
      expect(view.lanes.map((l) => l.label)).toEqual(["A", "B", "C"].slice(0, f.processes));
      expect(view.events.map((d) => [d.id, d.kind, d.process])).toEqual(f.events.map((x) => [x.id, x.kind, x.process]));
      const laneY = new Map(view.lanes.map((l) => [l.process, l.y]));
      for (const d of view.events) expect(d.y).toBe(laneY.get(d.process));
      expect(view.events.map((d) => d.x)).toEqual([...view.events.map((d) => d.x)].sort((a, b) => a - b));
      const at = new Map(view.events.map((d) => [d.id, d]));
      expect(view.messages.map((m) => m.message).sort()).toEqual(f.messages.map((m) => m.id).sort());
      for (const m of f.messages) {
        const drawn = view.messages.find((x) => x.message === m.id)!;
        expect([drawn.x1, drawn.y1, drawn.x2, drawn.y2]).toEqual([at.get(m.from)!.x, at.get(m.from)!.y, at.get(m.to)!.x, at.get(m.to)!.y]);
      }
      const html = render(f);
      for (const x of f.events) expect(html).toContain(`data-event="${x.id}"`);
    }
  });

  it("shows only the stamps the question gives: none computed, the given L= labels where the prompt states them", () => {
    for (const e of exercises("clocks")) {
      const f = figureOf(e, "space-time");
      const view = spaceTimeFromExercise(f);
      const html = render(f);
      expect(html).not.toMatch(/Lamport|vector/i);
      expect(html).not.toContain(" · ");
      expect(Object.fromEntries(view.events.filter((d) => d.label).map((d) => [d.id, d.label]))).toEqual(f.labels);
      if (e.kind === "vector") {
        const key = e.response.choices!.find((c) => c.id === e.answer)!.text;
        expect(html).not.toContain(key);
      }
      if (e.kind === "happens-before") for (const label of Object.values(f.labels)) expect(html).toContain(label);
    }
  });
});

describe("Raft logs: the reconcile simulator's log rows", () => {
  it.each(["raft-log-repair", "raft-election"])("%s: one row per server with every entry's index and term, and its note", (family) => {
    for (const e of exercises(family)) {
      const f = figureOf(e, "logs");
      const { rows, maxIndex } = logRowsFromExercise(f);
      expect(rows.map((r) => r.label)).toEqual(f.rows.map((r) => r.label));
      expect(rows.map((r) => r.cells.map((c) => [c.index, c.term]))).toEqual(f.rows.map((r) => r.terms.map((t, i) => [i + 1, t])));
      expect(rows.every((r) => r.cells.every((c) => c.mark === "plain"))).toBe(true);
      expect(maxIndex).toBe(Math.max(1, ...f.rows.map((r) => r.terms.length)));
      const html = render(f);
      for (const [i, r] of f.rows.entries()) {
        expect(html).toContain(`data-row="${r.label}"`);
        if (r.note) expect(html).toContain(r.note);
        if (!r.terms.length) expect(rows[i].note).toContain("empty log");
        for (const [k, t] of r.terms.entries()) expect(html).toContain(`<title>${r.label}: index ${k + 1}, term ${t}</title>`);
      }
    }
  });
});

describe("quorum arithmetic: the quorum simulator's ring", () => {
  it("draws N replicas with the first named group marked, never the second (whether they overlap is the question)", () => {
    for (const e of exercises("quorum-arithmetic")) {
      const f = figureOf(e, "quorum");
      const ring = ringFromExercise(f);
      const html = unescape(render(f));
      expect(html).toContain(f.caption);
      if (f.n === 0) {
        expect(ring).toBeNull();
        continue;
      }
      expect(ring!.nodes.map((n) => n.id)).toEqual(Array.from({ length: f.n }, (_, i) => i + 1));
      expect(ring!.nodes.filter((n) => n.inFirst)).toHaveLength(f.groups[0]?.size ?? 0);
      expect(ring!.nodes.some((n) => n.inSecond || !n.up)).toBe(false);
      if (f.groups[0]) expect(ring!.firstShort).toBe(f.groups[0].label === "W" ? "W" : f.groups[0].label.slice(1));
      for (const n of ring!.nodes) expect(html).toContain(`data-node="${n.id}"`);
    }
  });
});

describe("two-phase commit: the 2PC simulator's node drawing", () => {
  it("shows the coordinator and every participant with its vote and the crashed node, and no outcome", () => {
    for (const e of exercises("two-phase-commit")) {
      const f = figureOf(e, "two-phase-commit");
      const nodes = tpcNodesFromExercise(f);
      expect(nodes.map((n) => n.title)).toEqual(["Coordinator C", ...f.participants.map((p) => p.id)]);
      for (const p of f.participants) expect(nodes.find((n) => n.title === p.id)!.lines).toContain(`vote ${p.vote.toUpperCase()}`);
      const crashed = nodes.filter((n) => n.dashed);
      expect(crashed).toHaveLength(1);
      expect(crashed[0].title.endsWith(f.crash.node)).toBe(true);
      const html = render(f);
      expect(html).toContain(f.crash.description);
      expect(html).not.toMatch(/in doubt|blocked|committed|aborted/i);
      expect(html).not.toMatch(/\bCOMMIT\b|\bABORT\b/);
    }
  });
});

describe("Paxos: the Paxos simulator's node drawing", () => {
  it("shows P4's ballot and every acceptor's promise and accepted value; promises only from those that answer", () => {
    for (const e of exercises("paxos")) {
      const f = figureOf(e, "paxos");
      const { nodes, messages } = paxosGraphFromExercise(f);
      expect(nodes[0].lines).toContain(`ballot ${f.ballot}`);
      for (const [i, a] of f.acceptors.entries()) {
        const n = nodes[i + 1];
        expect(n.title).toBe(a.id);
        expect(n.lines[0]).toBe(`promised ${a.promised ?? "none"}`);
        expect(n.lines[1]).toBe(`accepted ${a.accepted ? `"${a.accepted.value}" at ${a.accepted.ballot}` : "nothing"}`);
      }
      if (e.kind === "promisers") {
        // Everyone gets the prepare; who promises is the question, so no reply is drawn.
        expect(messages.map((m) => m.glyph)).toEqual(f.acceptors.map(() => "1a"));
        expect(nodes.some((n) => n.lines.some((l) => /answers|silent/.test(l)))).toBe(false);
      } else {
        expect(messages.map((m) => m.label.split(" ")[2])).toEqual(f.acceptors.filter((a) => a.responds).map((a) => a.id));
      }
      const html = unescape(render(f));
      for (const a of f.acceptors) expect(html).toContain(`Acceptor ${a.id}`);
      expect(html).not.toMatch(/propos(es|ed) "/);
    }
  });
});

describe("the simulators keep their controls", () => {
  it("the node drawing with onNode/onMessage still makes every node and message a named, focusable button", () => {
    const f = figureOf(generateExercise("paxos", 5, "value"), "paxos");
    const { nodes, messages } = paxosGraphFromExercise(f);
    const html = renderToStaticMarkup(
      createElement(GraphDrawing, { width: 720, height: 400, label: "Paxos", nodes, messages, selectedNode: null, selectedMessage: null, onNode: () => {}, onMessage: () => {} }),
    );
    expect(html).toContain('role="group"');
    expect(count(html, 'role="button"')).toBe(nodes.length + messages.length);
    expect(count(html, 'tabindex="0"')).toBe(nodes.length + messages.length);
    for (const n of nodes) expect(unescape(html)).toContain(`aria-label="${n.label}"`);
  });
});
