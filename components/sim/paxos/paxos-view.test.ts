import { describe, expect, it } from "vitest";
import { RunController } from "../shared/run-controller";
import { paxosModel } from "./paxos-model";
import { paxosView } from "./paxos-view";

const start = (preset: string, seed = 1) => paxosModel.create(seed, preset, paxosModel.defaultConfig(preset));

describe("the Paxos view model", () => {
  it("draws proposers left and acceptors right, in words, with prepares on their way", () => {
    const c = start("competing-proposers");
    const v = paxosView(c, c.time, false);
    expect(v.nodes.map((n) => n.title)).toEqual(["P1", "P2", "A3", "A4", "A5"]);
    expect(v.nodes.slice(0, 2).every((n) => n.x < 200) && v.nodes.slice(2).every((n) => n.x > 500)).toBe(true);
    expect(v.nodes[1].label).toMatch(/^Proposer P2, preparing, ballot 1\.2/);
    const prepares = v.messages.filter((m) => m.glyph === "1a");
    expect(prepares.length).toBeGreaterThan(0);
    expect(prepares[0].label).toMatch(/P\d to A\d, prepare\(1\.\d\)/);
    expect(v.chosen).toBe("nothing chosen yet");
  });

  it("reports the chosen value once a majority accepted one ballot, and every acceptor's accepted value", () => {
    const c = start("single-proposer");
    c.runUntil((k) => k.chosen() !== null, 1000);
    const v = paxosView(c, c.time, false);
    expect(v.chosen).toMatch(/^"x" chosen at ballot 1\.1/);
    expect(v.accepted.filter((a) => a.value === "x").length).toBeGreaterThanOrEqual(2);
  });

  it("the deliberate bugs let two values be chosen, and the banner's invariant says so", () => {
    let caught = false;
    for (let seed = 1; seed <= 40 && !caught; seed++) {
      const c = paxosModel.create(seed, "competing-proposers", { proposers: 2, acceptors: 3, bugs: { acceptorIgnoresPromises: true, proposerIgnoresAcceptedValues: true } });
      c.advance(2000);
      caught = !paxosModel.invariants(c)[0].holds;
    }
    expect(caught).toBe(true);
  });

  it("asks what happens next in the dueling preset and grades it against the engine (livelock: nothing chosen)", () => {
    const r = new RunController(paxosModel, { seed: 1, preset: "dueling-livelock", config: paxosModel.defaultConfig("dueling-livelock"), actions: [], end: null });
    const q = r.advance(400);
    expect(q?.question.id).toBe("duel-progress");
    expect(q!.question.resolve(r.fork()).answer).toEqual(["no"]);
  });
});
