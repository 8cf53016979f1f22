import { describe, expect, it } from "vitest";
import { RunController } from "../shared/run-controller";
import { tpcModel } from "./tpc-model";
import { tpcView } from "./tpc-view";

const start = (preset: string, seed = 1) => tpcModel.create(seed, preset, tpcModel.defaultConfig(preset));

describe("the two-phase commit view model", () => {
  it("the happy path: PREPARE goes out, every participant commits and releases its locks", () => {
    const c = start("happy-path");
    expect(tpcView(c, c.time, false).messages.map((m) => m.glyph)).toEqual(["P", "P", "P"]);
    c.advance(500);
    const v = tpcView(c, c.time, false);
    expect(v.outcome).toBe("committed");
    expect(v.nodes.slice(1).map((n) => n.state)).toEqual(["committed", "committed", "committed"]);
    expect(v.nodes[1].lines).toContain("locks released");
  });

  it("a coordinator crash after logging its decision leaves the YES voters blocked, drawn and worded as blocked", () => {
    const c = start("coordinator-crash");
    c.advance(500);
    const v = tpcView(c, c.time, false);
    expect(v.nodes[0]).toMatchObject({ state: "stopped", dashed: true });
    expect(v.blocked).toEqual([2, 3, 4]);
    for (const n of v.nodes.slice(1)) {
      expect(n).toMatchObject({ state: "blocked", dashed: true, fill: "fill-warn" });
      expect(n.lines).toEqual(["BLOCKED: in doubt", "vote YES", "🔒 holds locks"]);
    }
    expect(v.outcome).toBe("blocked: P2, P3, P4 in doubt");
  });

  it("asks whether a participant can decide alone, and the engine says it must wait", () => {
    const r = new RunController(tpcModel, { seed: 2, preset: "coordinator-crash", config: tpcModel.defaultConfig("coordinator-crash"), actions: [], end: null });
    const q = r.advance(200);
    expect(q?.question.id).toBe("decide-alone");
    const res = q!.question.resolve(r.fork());
    expect(res.answer).toEqual(["wait"]);
    expect(res.explanation).toMatch(/still in doubt/);
  });

  it("with the give-up-and-abort bug, the banner catches a broken atomicity once the coordinator recovers", () => {
    const c = tpcModel.create(1, "coordinator-crash", { ...tpcModel.defaultConfig("coordinator-crash"), bugs: { inDoubtTimeoutAborts: true } });
    c.advance(1000);
    c.restart(1);
    c.advance(1000);
    expect(tpcModel.invariants(c).find((i) => !i.holds)?.name).toBe("Atomicity: no one commits while another aborts");
  });
});
