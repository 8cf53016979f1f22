import { describe, expect, it } from "vitest";
import { createRaftCluster } from "@/lib/protocol/raft";
import { raftModel } from "./raft-model";
import { raftMoving, raftStill, raftView } from "./raft-view";

describe("the Raft view model", () => {
  it("puts every server on the ring with its role, term and election timer, and words for a screen reader", () => {
    const c = createRaftCluster({ nodes: 5, seed: 2 });
    const v = raftView(c, 0, false);
    expect(v.servers.map((s) => s.role)).toEqual(["follower", "follower", "follower", "follower", "follower"]);
    for (const s of v.servers) {
      expect(s.timer!.fraction).toBeGreaterThan(0.4); // timeouts are 150..300 of at most 300
      expect(s.label).toMatch(/^Server S\d, follower, term 0, log 0 entries, commit index 0, election timeout in \d+ ms$/);
    }
    // Evenly spaced around one circle.
    const d = v.servers.map((s) => Math.hypot(s.x - 190, s.y - 210));
    for (const r of d) expect(r).toBeCloseTo(150, 5);
  });

  it("draws messages in flight between sender and receiver, with a glyph per kind (not colour alone)", () => {
    const c = createRaftCluster({ nodes: 3, seed: 2 });
    c.timeout(1);
    const [m] = c.inFlight();
    const halfway = (m.sentAt + m.at) / 2;
    const v = raftView(c, halfway, false);
    expect(v.messages).toHaveLength(2);
    const shape = v.messages.find((x) => x.id === m.id)!;
    expect(shape).toMatchObject({ shape: "circle", glyph: "?", from: 1, to: m.to, term: 1 });
    expect(shape.label).toContain("S1 asks S");
    const [a, b] = [v.servers[0], v.servers[m.to - 1]];
    expect(shape.x).toBeCloseTo((a.x + b.x) / 2, 0); // halfway in time is halfway in space
    // Reduced motion: the message sits at one of two fixed steps instead of gliding.
    const early = raftView(c, m.sentAt + 1, true).messages.find((x) => x.id === m.id)!;
    const later = raftView(c, m.sentAt + 2, true).messages.find((x) => x.id === m.id)!;
    expect([early.x, early.y]).toEqual([later.x, later.y]);
    c.advance(30);
    const kinds = new Set(raftView(c, c.time, false).messages.map((x) => `${x.shape}${x.glyph}`));
    expect([...kinds].every((k) => ["circle✓", "squareH", "diamond✓"].includes(k))).toBe(true);
  });

  it("marks committed entries, and shows a restarted server's commit index as volatile rather than lost", () => {
    const c = createRaftCluster({ nodes: 3, seed: 4, electionTimeout: [100_000, 200_000] });
    c.timeout(1);
    c.advance(50);
    c.propose("x", 1);
    c.advance(50);
    c.crash(3);
    c.restart(3);
    let row = raftView(c, c.time, false).rows[2];
    expect(row.commitIndex).toBe(0);
    expect(row.cells[0]).toMatchObject({ index: 1, term: 1, command: "x", state: "committed-elsewhere" });
    expect(row.note).toMatch(/commit index 0 is volatile/);
    c.advance(60); // the next heartbeat carries the leader's commit index
    row = raftView(c, c.time, false).rows[2];
    expect(row.cells[0].state).toBe("committed");
    expect(row.note).toBeNull();
  });

  it("the Figure 8 preset starts from step (c): S1 leads term 4, its term-2 entry on S1–S3, S5 holds a term-3 entry", () => {
    const c = raftModel.create(1, "figure-8", raftModel.defaultConfig("figure-8"));
    const v = raftView(c, c.time, false);
    expect(v.leader).toBe(1);
    expect(v.rows.map((r) => r.cells.map((x) => x.term))).toEqual([[1, 2], [1, 2], [1, 2], [1], [1, 3]]);
    expect(v.rows[0].cells[1].state).toBe("uncommitted"); // an old-term entry on a majority is not committed by counting
    expect(v.servers[4].role).toBe("stopped");
  });

  it("a partition is named in the view", () => {
    const c = createRaftCluster({ nodes: 5, seed: 1 });
    c.partition([[1, 2], [3, 4, 5]]);
    expect(raftView(c, 0, false).groups).toEqual([[1, 2], [3, 4, 5]]);
  });
});

describe("the drawing's per-frame split (raftStill once per engine change, raftMoving every frame)", () => {
  it("on 60 random runs, the shared still view equals a fresh one after every change, and unchanged rows keep their objects", () => {
    for (let seed = 1; seed <= 60; seed++) {
      const c = createRaftCluster({ nodes: 3 + 2 * (seed % 3), seed, dropRate: (seed % 4) * 0.05, traceLimit: 0 });
      let prev = raftStill(c);
      let rowsKept = 0;
      for (let k = 0; k < 120; k++) {
        if (k % 15 === 7) c.propose(`v${k}`);
        if (k === 60) c.crash(1 + (seed % c.config.nodes));
        if (k === 80) c.restart(1 + (seed % c.config.nodes));
        c.advance(7);
        const next = raftStill(c, prev);
        const fresh = raftStill(c);
        expect(next).toEqual(fresh);
        next.rows.forEach((r, i) => {
          if (JSON.stringify(r) === JSON.stringify(prev.rows[i])) {
            expect(r).toBe(prev.rows[i]);
            rowsKept++;
          } else expect(r).not.toBe(prev.rows[i]);
        });
        // Composed at any time, the parts are exactly raftView.
        const now = c.time + 0.5;
        if (k % 10 === 0) expect({ ...raftMoving(next, now, seed % 2 === 0), rows: next.rows, committed: next.committed, leader: next.leader, groups: next.groups }).toEqual(raftView(c, now, seed % 2 === 0));
        prev = next;
      }
      expect(rowsKept).toBeGreaterThan(0);
    }
  });

  it("raftMoving glides a message between two frames without the engine moving", () => {
    const c = createRaftCluster({ nodes: 3, seed: 2 });
    c.timeout(1);
    const still = raftStill(c);
    const [m] = still.inFlight;
    const a = raftMoving(still, m.sentAt + 1, false).messages.find((x) => x.id === m.id)!;
    const b = raftMoving(still, m.sentAt + 3.5, false).messages.find((x) => x.id === m.id)!;
    expect(Math.hypot(b.x - a.x, b.y - a.y)).toBeGreaterThan(1);
    expect(raftMoving(still, m.sentAt + 1, false).servers[1].timer!.remaining).toBeGreaterThan(raftMoving(still, m.sentAt + 3.5, false).servers[1].timer!.remaining - 1);
  });
});
