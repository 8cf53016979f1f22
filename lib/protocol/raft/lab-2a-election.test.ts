// MIT 6.824 Lab 2A (leader election) on simulated time. Raft paper §5.2.
import { describe, expect, it } from "vitest";
import { ELECTION_TIMEOUT, LabHarness } from "./lab-harness";

describe("6.824 2A: leader election (§5.2)", () => {
  it("initial election: one leader emerges, and terms stay put without failures", () => {
    const h = new LabHarness({ nodes: 3, seed: 1 });
    h.checkOneLeader();
    h.sleep(50);
    const term1 = h.checkTerms();
    expect(term1).toBeGreaterThanOrEqual(1);
    // Heartbeats keep the leader in place: no election for two election timeouts.
    h.sleep(2 * ELECTION_TIMEOUT);
    expect(h.checkTerms()).toBe(term1);
    h.checkOneLeader();
    expect(h.c.violations()).toEqual([]);
  });

  it("re-election: a new leader after the old one is cut off; no leader without a quorum", () => {
    const h = new LabHarness({ nodes: 3, seed: 2 });
    const leader1 = h.checkOneLeader();

    h.disconnect(leader1); // the rest elect someone else
    const leader2 = h.checkOneLeader();
    expect(leader2).not.toBe(leader1);

    h.connect(leader1); // the old leader rejoins and must not disturb the new one
    const leader3 = h.checkOneLeader();

    const other = (leader3 % 3) + 1;
    h.disconnect(leader3);
    h.disconnect(other); // one server left: it can never win a majority
    h.sleep(2 * ELECTION_TIMEOUT);
    h.checkNoLeader();

    h.connect(other); // a quorum again
    h.checkOneLeader();
    h.connect(leader3);
    h.checkOneLeader();
    expect(h.c.violations()).toEqual([]);
  });

  it("many elections: 7 servers, three cut off at random, ten times over", () => {
    const h = new LabHarness({ nodes: 7, seed: 3 });
    h.checkOneLeader();
    for (let iter = 0; iter < 10; iter++) {
      const cut = [h.rng.int(1, 7), h.rng.int(1, 7), h.rng.int(1, 7)];
      cut.forEach((id) => h.disconnect(id));
      // Four or more of seven are still connected, so a leader must emerge.
      h.checkOneLeader();
      cut.forEach((id) => h.connect(id));
    }
    h.checkOneLeader();
    expect(h.c.violations()).toEqual([]);
  });

  it("a single-node cluster elects itself", () => {
    const h = new LabHarness({ nodes: 1, seed: 4 });
    expect(h.checkOneLeader()).toBe(1);
    expect(h.one("solo", 1, false)).toBe(1);
  });
});
