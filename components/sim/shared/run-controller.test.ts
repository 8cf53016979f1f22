import { describe, expect, it } from "vitest";
import { raftModel } from "../raft/raft-model";
import { RunController } from "./run-controller";
import { decodeRun, encodeRun } from "./share-link";

const PRESETS = ["normal", "split-vote", "leader-crash", "figure-8", "partition"];
const fresh = (seed: number, preset = "normal") => new RunController(raftModel, { seed, preset, config: raftModel.defaultConfig(preset), actions: [], end: null });
const logOf = <C, A, Cfg>(c: RunController<C, A, Cfg>) => c.model.log(c.c).map((l) => `${l.time} ${l.text}`);

/** Play on by `ms`, answering no questions (each advance stops at one that falls due). */
function play<C, A, Cfg>(r: RunController<C, A, Cfg>, ms: number) {
  const end = r.point().time + ms;
  while (r.point().time < end) r.advance(end - r.point().time);
}

/** A learner's session: play, stop the leader mid-frame, request, drop a message, play on. */
function session(seed: number) {
  const r = fresh(seed);
  play(r, 400);
  const leader = r.c.leader()!;
  r.act({ type: "propose", command: "v1" });
  r.step();
  r.step();
  r.act({ type: "crash", id: leader });
  play(r, 137);
  const m = r.c.inFlight()[0];
  if (m) r.act({ type: "dropMessage", id: m.id });
  play(r, 600);
  return r;
}

describe("a shared link rebuilds the run event for event", () => {
  it("encodes seed, preset and actions; decoding and replaying gives the same event log and servers", () => {
    const a = session(11);
    const query = encodeRun(a.spec());
    expect(query).toMatch(/^preset=normal&seed=11&run=[A-Za-z0-9_-]+$/);
    const d = decodeRun(raftModel, query, PRESETS, "normal", 999);
    expect(d.ok).toBe(true);
    if (!d.ok) return;
    const b = new RunController(raftModel, d.spec);
    expect(b.point()).toEqual(a.point());
    expect(logOf(b)).toEqual(logOf(a));
    expect(b.c.nodes()).toEqual(a.c.nodes());
  });

  it("a damaged link says so and names a fresh run to start instead", () => {
    const d = decodeRun(raftModel, "preset=normal&seed=5&run=%%%notbase64", PRESETS, "normal", 7);
    expect(d).toMatchObject({ ok: false, preset: "normal", seed: 5 });
    if (!d.ok) expect(d.message).toMatch(/could not be read.*fresh run/);
    const bad = decodeRun(raftModel, "preset=figure-9", PRESETS, "normal", 7);
    expect(bad).toMatchObject({ ok: false, seed: 7 });
    if (!bad.ok) expect(bad.message).toContain('no preset "figure-9"');
    const action = btoa(JSON.stringify({ v: 1, c: {}, a: [[5, 3, { type: "explode" }]], e: null })).replace(/=+$/, "");
    const d2 = decodeRun(raftModel, `preset=normal&seed=1&run=${action}`, PRESETS, "normal", 7);
    expect(d2.ok).toBe(false);
  });

  it("a link with a configuration the engine refuses fails to build with a readable reason", () => {
    expect(() => new RunController(raftModel, { seed: 1, preset: "normal", config: { ...raftModel.defaultConfig("normal"), electionTimeout: [200, 200] }, actions: [], end: null })).toThrow(
      /min = max/,
    );
  });
});

describe("the timeline scrubber", () => {
  it("going back and forward again re-applies the learner's actions at the same events", () => {
    const a = session(5);
    const end = a.point();
    const endLog = logOf(a);
    const endNodes = a.c.nodes();
    a.seek(a.start.time + 200);
    expect(a.point().time).toBe(a.start.time + 200);
    expect(a.rewound).toBe(true);
    a.seek(end.time);
    expect(a.point()).toEqual(end);
    expect(logOf(a)).toEqual(endLog);
    expect(a.c.nodes()).toEqual(endNodes);
  });

  it("acting while rewound discards the old future", () => {
    const a = session(5);
    const before = a.recorded.length;
    a.seek(300);
    a.act({ type: "timeout", id: 1 });
    expect(a.recorded.length).toBeLessThan(before + 1);
    expect(a.frontier).toEqual(a.point());
  });
});

describe("What happens next?", () => {
  it("pauses at the preset's moment and grades against a private copy of the engine", () => {
    const r = fresh(3, "leader-crash");
    const q = r.advance(10);
    expect(q?.question.id).toBe("who-can-win");
    expect(q?.choices.length).toBe(4); // the leader is stopped
    const { answer, explanation } = q!.question.resolve(r.fork());
    expect(answer.length).toBeGreaterThan(0);
    expect(explanation).toMatch(/won/);
    // Grading did not move the real run.
    expect(r.point().time).toBe(r.start.time);
  });
});

describe("checkpoints for the scrubber in a long run", () => {
  it("a 10-minute run takes fewer snapshots as it thins them (about 500, not 1,200), and scrubbing anywhere gives the same state as playing straight there", () => {
    const snaps: number[] = [];
    const counting = { ...raftModel, snapshot: (c: Parameters<typeof raftModel.snapshot>[0]) => (snaps.push(c.time), raftModel.snapshot(c)) };
    const r = new RunController(counting, { seed: 5, preset: "normal", config: raftModel.defaultConfig("normal"), actions: [], end: null });
    play(r, 600_000);
    // Every 500 ms would be 1,200 snapshots; spacing doubles each time the list is thinned.
    expect(snaps.length).toBeLessThan(700);
    for (const t of [123_456, 7_000, 599_999, 300_001]) {
      r.seek(t);
      const straight = new RunController(raftModel, { seed: 5, preset: "normal", config: raftModel.defaultConfig("normal"), actions: [], end: null });
      play(straight, t - straight.point().time);
      expect(r.point()).toEqual(straight.point());
      expect(logOf(r)).toEqual(logOf(straight));
    }
  }, 120_000);
});
