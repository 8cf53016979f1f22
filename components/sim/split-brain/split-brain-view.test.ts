import { describe, expect, it } from "vitest";
import { RunController } from "../shared/run-controller";
import { splitBrainModel } from "./split-brain-model";
import { splitBrainView } from "./split-brain-view";

const start = (preset: string, seed = 1) => splitBrainModel.create(seed, preset, splitBrainModel.defaultConfig(preset));

describe("the split-brain view model", () => {
  it("naive failover: the partition is drawn between the groups, and two primaries both acknowledge a write for the same slot", () => {
    const c = start("naive-failover");
    c.advance(1000);
    const v0 = splitBrainView(c, c.time, false);
    expect(v0.cuts).toHaveLength(1);
    const primaries = v0.nodes.filter((n) => n.state === "primary");
    expect(primaries).toHaveLength(2);
    // the cut sits between the lone old primary and the others
    const left = v0.nodes.filter((n) => n.x < v0.cuts[0]).map((n) => n.id);
    expect(left).toHaveLength(1);
    for (const p of primaries) c.write(`w${p.id}`, p.id);
    c.advance(100);
    const v = splitBrainView(c, c.time, false);
    expect(v.writes.filter((w) => w.slot === 2 && w.acked)).toHaveLength(2);
    expect(splitBrainModel.invariants(c)[0]).toMatchObject({ name: "One history: no slot acknowledged twice", holds: false });
    expect(splitBrainModel.log(c).some((l) => /is now primary/.test(l.text))).toBe(true);
  });

  it("fencing: the storage names its highest token and the stale primary's refused write", () => {
    const c = start("fencing");
    const old = c.leaders().sort((a, b) => a.epoch - b.epoch)[0];
    c.write("late", old.id);
    const v = splitBrainView(c, c.time, false);
    expect(v.storage!.values).toEqual(["x=0", "x=2"]);
    expect(v.storage!.refused).toEqual([`"late" from N${old.id} (token ${old.epoch} < ${v.storage!.token})`]);
    expect(splitBrainModel.invariants(c).every((i) => i.holds)).toBe(true);
  });

  it("asks which data centre keeps going and grades it against the engine: the majority side", () => {
    const r = new RunController(splitBrainModel, { seed: 4, preset: "cross-dc", config: splitBrainModel.defaultConfig("cross-dc"), actions: [], end: null });
    const q = r.advance(10);
    expect(q?.question.id).toBe("which-dc");
    expect(q!.question.resolve(r.fork()).answer).toEqual(["b"]);
  });

  it("majority mode: the cut-off leader cannot get a write acknowledged", () => {
    const r = new RunController(splitBrainModel, { seed: 2, preset: "partition", config: splitBrainModel.defaultConfig("partition"), actions: [], end: null });
    r.advance(10); // the first question
    const q = r.advance(2000);
    expect(q?.question.id).toBe("old-side-acks");
    expect(q!.question.resolve(r.fork()).answer).toEqual(["no"]);
  });
});
