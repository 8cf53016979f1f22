// MIT 6.824 Lab 2C (persistence, Figure 8, unreliable networks, churn) on simulated
// time. Raft paper §5.4 (safety), Figure 2 (what persists), Figure 8.
import { describe, expect, it } from "vitest";
import { ELECTION_TIMEOUT, LabHarness } from "./lab-harness";

const next = (id: number, k: number, n: number) => ((id - 1 + k) % n) + 1;

describe("6.824 2C: persistence (Figure 2: term, vote and log survive a crash)", () => {
  it("persist 1: crashes of everyone, then of leaders, lose nothing committed", () => {
    const h = new LabHarness({ nodes: 3, seed: 21 });
    h.one("11", 3, true);
    for (const id of h.ids()) h.crash(id);
    for (const id of h.ids()) h.restart(id);
    h.one("12", 3, true);

    const leader1 = h.checkOneLeader();
    h.crash(leader1);
    h.restart(leader1);
    h.one("13", 3, true);

    const leader2 = h.checkOneLeader();
    h.crash(leader2);
    h.one("14", 2, true);
    h.restart(leader2);
    h.wait(4, 3, -1); // the restarted server catches up
    expect(h.c.node(leader2).log.map((e) => e.command)).toEqual(["11", "12", "13", "14"]);

    const i3 = next(h.checkOneLeader(), 1, 3);
    h.crash(i3);
    h.one("15", 2, true);
    h.restart(i3);
    h.one("16", 3, true);
    expect(h.c.violations()).toEqual([]);
  });

  it("persist 2: rolling crashes of overlapping majorities, five rounds", () => {
    const h = new LabHarness({ nodes: 5, seed: 22 });
    let index = 1;
    for (let iters = 0; iters < 5; iters++) {
      h.one(String(10 + index++), 5, true);
      const leader1 = h.checkOneLeader();
      h.disconnect(next(leader1, 1, 5));
      h.disconnect(next(leader1, 2, 5));
      h.one(String(10 + index++), 3, true);

      h.disconnect(leader1);
      h.disconnect(next(leader1, 3, 5));
      h.disconnect(next(leader1, 4, 5));
      for (const k of [1, 2]) {
        h.crash(next(leader1, k, 5));
        h.restart(next(leader1, k, 5));
        h.connect(next(leader1, k, 5));
      }
      h.sleep(ELECTION_TIMEOUT);
      h.crash(next(leader1, 3, 5));
      h.restart(next(leader1, 3, 5));
      h.connect(next(leader1, 3, 5));
      // Two of the three just-restarted servers hold the last entry: it survives.
      h.one(String(10 + index++), 3, true);
      h.connect(next(leader1, 4, 5));
      h.connect(leader1);
    }
    h.one("1000", 5, true);
    expect(h.c.violations()).toEqual([]);
  });

  it("persist 3: a partitioned leader and a follower crash; the survivor's log carries on", () => {
    const h = new LabHarness({ nodes: 3, seed: 23 });
    h.one("101", 3, true);
    const leader = h.checkOneLeader();
    h.disconnect(next(leader, 2, 3));
    h.one("102", 2, true);
    h.crash(leader);
    h.crash(next(leader, 1, 3));
    h.connect(next(leader, 2, 3));
    h.restart(leader);
    h.one("103", 2, true);
    h.restart(next(leader, 1, 3));
    h.one("104", 3, true);
    expect(h.c.nodes().map((v) => v.log.map((e) => e.command))).toEqual([
      ["101", "102", "103", "104"],
      ["101", "102", "103", "104"],
      ["101", "102", "103", "104"],
    ]);
    expect(h.c.violations()).toEqual([]);
  });
});

describe("6.824 2C: Figure 8 and unreliable networks (§5.4.2)", () => {
  it("Figure 8: leaders crash right after proposing, a thousand times; safety holds and the cluster recovers", () => {
    const h = new LabHarness({ nodes: 5, seed: 24 });
    h.one(String(h.rng.int(0, 9999)), 1, true);
    let nup = 5;
    for (let iters = 0; iters < 1000; iters++) {
      let leader = -1;
      for (const id of h.ids()) {
        if (h.c.node(id).alive && h.c.propose(String(h.rng.int(0, 9999)), id).ok) leader = id;
      }
      // Mostly very short pauses, sometimes long ones, as in the lab.
      h.sleep(h.rng.int(0, 99) < 90 ? h.rng.int(0, 13) : h.rng.int(0, ELECTION_TIMEOUT / 2));
      if (leader !== -1) {
        h.crash(leader);
        nup--;
      }
      if (nup < 3) {
        const s = h.rng.int(1, 5);
        if (!h.c.node(s).alive) {
          h.restart(s);
          nup++;
        }
      }
    }
    for (const id of h.ids()) h.restart(id);
    h.one(String(h.rng.int(0, 9999)), 5, true);
    expect(h.c.violations()).toEqual([]);
  });

  it("unreliable agreement: 10% drops and reordering delays; all commands still commit", () => {
    const h = new LabHarness({ nodes: 5, seed: 25, dropRate: 0.1, latency: [1, 27] });
    for (let iters = 1; iters < 50; iters++) {
      for (let j = 0; j < 4; j++) h.one(`${100 * iters + j}`, 1, true);
      h.one(String(iters), 1, true);
    }
    h.c.setDropRate(0);
    h.one("100", 5, true);
    expect(h.c.violations()).toEqual([]);
  });

  it("Figure 8 unreliable: leaders cut off at random under drops and long reordering", () => {
    const h = new LabHarness({ nodes: 5, seed: 26, dropRate: 0.1, latency: [1, 27] });
    h.one(String(h.rng.int(0, 9999)), 1, true);
    let nup = 5;
    for (let iters = 0; iters < 1000; iters++) {
      let leader = -1;
      for (const id of h.ids()) {
        if (h.isConnected(id) && h.c.propose(String(h.rng.int(0, 9999)), id).ok) leader = id;
      }
      h.sleep(h.rng.int(0, 99) < 90 ? h.rng.int(0, 13) : h.rng.int(0, ELECTION_TIMEOUT / 2));
      if (leader !== -1 && h.rng.int(0, 999) < ELECTION_TIMEOUT / 2) {
        h.disconnect(leader);
        nup--;
      }
      if (nup < 3) {
        const s = h.rng.int(1, 5);
        if (!h.isConnected(s)) {
          h.connect(s);
          nup++;
        }
      }
    }
    for (const id of h.ids()) h.connect(id);
    h.c.setDropRate(0);
    h.one(String(h.rng.int(0, 9999)), 5, true);
    expect(h.c.violations()).toEqual([]);
  });

  for (const unreliable of [false, true]) {
    it(`${unreliable ? "unreliable" : "reliable"} churn: clients keep proposing through crashes and cuts; nothing committed is lost`, () => {
      const h = new LabHarness({ nodes: 5, seed: unreliable ? 28 : 27, dropRate: unreliable ? 0.1 : 0, latency: [1, 27] });
      const accepted = new Map<string, number>(); // command -> index it was accepted at
      let cmd = 0;
      for (let iters = 0; iters < 200; iters++) {
        // Three clients each try a command at a random server.
        for (let client = 0; client < 3; client++) {
          const c = `k${++cmd}`;
          const r = h.c.propose(c, h.rng.int(1, 5));
          if (r.ok) accepted.set(c, r.index);
        }
        const who = h.rng.int(1, 5);
        const roll = h.rng.int(0, 999);
        if (roll < 200) h.disconnect(who);
        else if (roll < 500) h.connect(who);
        else if (roll < 600) h.crash(who);
        else if (roll < 800) h.restart(who);
        h.sleep(h.rng.int(0, Math.floor(ELECTION_TIMEOUT / 7)));
      }
      h.sleep(ELECTION_TIMEOUT);
      h.c.setDropRate(0);
      for (const id of h.ids()) {
        h.restart(id);
        h.connect(id);
      }
      h.sleep(ELECTION_TIMEOUT);
      const last = h.one("final", 5, true);
      // Everything committed before is still there, on every server, in the same place.
      const committedBefore = h.c.committed().slice(0, last);
      const logs = h.c.nodes().map((v) => v.log.slice(0, last));
      for (const log of logs) expect(log).toEqual(committedBefore);
      const survivors = [...accepted].filter(([c, i]) => logs[0][i - 1]?.command === c);
      expect(survivors.length).toBeGreaterThan(0);
      expect(h.c.violations()).toEqual([]);
    });
  }
});
