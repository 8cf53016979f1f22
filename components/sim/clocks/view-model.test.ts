// The clocks simulator's model on the lesson's ten events (content/09-time-ordering): the
// stamps match the lesson's table, pairs are answered with a reason, the learner's actions
// are checked, and a share link rebuilds the same diagram.
import { describe, expect, it } from "vitest";
import {
  buildSpaceTime,
  clockInvariants,
  clockLogLines,
  clockState,
  comparePair,
  decodeScenario,
  encodeScenario,
  presetScenario,
  refuseAction,
} from "./view-model";

describe("three-processes preset: the lesson's table", () => {
  const state = clockState(presetScenario("three-processes"));

  it("stamps e1..e10 as the lesson does", () => {
    const stamps = Object.fromEntries(state.analysis.events.map((e) => [e.id, `${e.lamport} [${e.vector.join(",")}]`]));
    expect(stamps).toEqual({
      e1: "1 [1,0,0]", e2: "2 [2,0,0]", e3: "1 [0,0,1]", e4: "2 [0,0,2]", e5: "3 [2,1,0]",
      e6: "4 [2,2,0]", e7: "5 [2,3,2]", e8: "6 [2,4,2]", e9: "3 [0,0,3]", e10: "7 [3,4,2]",
    });
  });

  it("e4 ∥ e6 although L(e4) < L(e6); e3 → e10 through the chain the lesson names", () => {
    const c = comparePair(state, "e4", "e6");
    expect(c.relation).toBe("concurrent");
    expect(c.because.join(" ")).toMatch(/does not mean it happened first/);
    const hb = comparePair(state, "e10", "e3");
    expect(hb.relation).toBe("after");
    expect(hb.headline).toBe("e3 happens before e10 (e3 → e10).");
    expect(hb.because[0]).toBe("Chain: e3 → e4 → e7 → e8 → e10.");
    expect(comparePair(state, "e9", "e10").relation).toBe("concurrent");
  });

  it("both clock properties hold, and the log explains each receive's merge", () => {
    expect(clockInvariants(state).every((i) => i.holds)).toBe(true);
    expect(clockLogLines(state)[4]).toBe("e5 (P2 receives m1 from P1): Lamport max(own, 2) + 1 = 3; vector merged with [2,0,0] = [2,1,0].");
  });

  it("a step back shows a message still in flight", () => {
    const s = clockState(presetScenario("three-processes"), 4);
    expect(s.inFlight.map((m) => m.message)).toEqual(["m1", "m2"]);
    const view = buildSpaceTime(s);
    expect(view.messages.filter((m) => m.inFlight)).toHaveLength(2);
    expect(view.events).toHaveLength(4);
  });
});

describe("concurrent-writes preset", () => {
  it("the two writes are concurrent: [1,0] and [0,1]", () => {
    const s = clockState(presetScenario("concurrent-writes"));
    const c = comparePair(s, "e1", "e2");
    expect(c.relation).toBe("concurrent");
    expect(c.because[2]).toMatch(/Equal Lamport stamps/);
  });
});

describe("the learner's actions", () => {
  it("refuses a receive of a message not in flight and a send to oneself", () => {
    const s = presetScenario("three-processes");
    expect(refuseAction(s, { kind: "receive", message: "m1" })).toMatch(/not in flight/);
    expect(refuseAction(s, { kind: "send", process: 2, to: 2 })).toMatch(/itself/);
    expect(refuseAction(s, { kind: "send", process: 2, to: 3 })).toBeNull();
  });

  it("share links round-trip, labels included, and damaged ones decode to null", () => {
    const s = presetScenario("concurrent-writes");
    expect(decodeScenario(encodeScenario(s))).toEqual(s);
    const t = presetScenario("three-processes");
    expect(decodeScenario(encodeScenario(t))).toEqual(t);
    expect(decodeScenario("3.rm1")).toBeNull(); // nothing sent yet
    expect(decodeScenario("9.l1")).toBeNull();
    expect(decodeScenario("3.x")).toBeNull();
  });
});
