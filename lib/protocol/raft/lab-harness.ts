// A port of the MIT 6.824 Raft lab's test config (config.go) onto simulated time:
// connect/disconnect servers, checkOneLeader, nCommitted, one(). Failures throw with
// the lab's messages, so the scenario tests read like the originals. "Sleeping" is
// advancing the simulation; randomness comes from a seeded generator.

import { createRng, type Rng } from "../rng";
import { RaftClusterSim } from "./cluster";
import type { RaftConfig } from "./cluster-types";

/** The lab's RaftElectionTimeout: long enough for any election to finish. */
export const ELECTION_TIMEOUT = 1000;

export class LabHarness {
  readonly c: RaftClusterSim;
  readonly n: number;
  readonly rng: Rng;
  private connected: boolean[];

  constructor(config: RaftConfig) {
    this.c = new RaftClusterSim(config);
    this.n = config.nodes;
    this.rng = createRng(config.seed ^ 0x5eed);
    this.connected = new Array<boolean>(this.n + 1).fill(true);
  }

  sleep(ms: number): void {
    this.c.advance(ms);
  }

  /** Cut server id off from everyone (the lab's disconnect). */
  disconnect(id: number): void {
    this.connected[id] = false;
    this.applyNet();
  }

  connect(id: number): void {
    this.connected[id] = true;
    this.applyNet();
  }

  isConnected(id: number): boolean {
    return this.connected[id];
  }

  /** Crash and later restart from persisted state (the lab's crash1 / start1). */
  crash(id: number): void {
    this.c.crash(id);
  }

  restart(id: number): void {
    this.c.restart(id);
  }

  private applyNet(): void {
    const up = this.ids().filter((i) => this.connected[i]);
    if (up.length === this.n) this.c.heal();
    else this.c.partition([up]); // everyone else is isolated alone
  }

  ids(): number[] {
    return Array.from({ length: this.n }, (_, i) => i + 1);
  }

  private up(id: number): boolean {
    return this.connected[id] && this.c.node(id).alive;
  }

  /** Exactly one leader among connected live servers (retrying for a while, like the lab). */
  checkOneLeader(): number {
    for (let iter = 0; iter < 10; iter++) {
      this.sleep(this.rng.int(450, 550));
      const byTerm = new Map<number, number[]>();
      for (const id of this.ids()) {
        const v = this.c.node(id);
        if (this.up(id) && v.role === "leader") byTerm.set(v.term, [...(byTerm.get(v.term) ?? []), id]);
      }
      let last = -1;
      for (const [term, leaders] of byTerm) {
        if (leaders.length > 1) throw new Error(`term ${term} has ${leaders.length} (>1) leaders`);
        last = Math.max(last, term);
      }
      if (byTerm.size > 0) return byTerm.get(last)![0];
    }
    throw new Error("expected one leader, got none");
  }

  /** All connected live servers agree on the term. */
  checkTerms(): number {
    let term = -1;
    for (const id of this.ids()) {
      if (!this.up(id)) continue;
      const t = this.c.node(id).term;
      if (term === -1) term = t;
      else if (t !== term) throw new Error("servers disagree on term");
    }
    return term;
  }

  checkNoLeader(): void {
    for (const id of this.ids()) {
      if (this.up(id) && this.c.node(id).role === "leader") {
        throw new Error(`expected no leader among connected servers, but ${id} claims to be leader`);
      }
    }
  }

  /** How many servers have committed `index`, and the command there (they must agree). */
  nCommitted(index: number): { count: number; command: string | null } {
    let count = 0;
    let command: string | null = null;
    for (const v of this.c.nodes()) {
      if (v.commitIndex < index) continue;
      const cmd = v.log[index - 1].command;
      if (count > 0 && cmd !== command) {
        throw new Error(`committed values do not match: index ${index}, ${command}, ${cmd}`);
      }
      command = cmd;
      count++;
    }
    return { count, command };
  }

  /**
   * The lab's one(): submit cmd to a leader, retrying for up to 10 s; succeed once
   * `expected` servers have committed it. With retry=false, one failed attempt fails.
   */
  one(cmd: string, expected: number, retry: boolean): number {
    const t0 = this.c.time;
    let start = 0;
    while (this.c.time - t0 < 10_000) {
      let index = -1;
      for (let k = 0; k < this.n; k++) {
        start = (start % this.n) + 1;
        if (!this.connected[start]) continue;
        const r = this.c.propose(cmd, start);
        if (r.ok) {
          index = r.index;
          break;
        }
      }
      if (index !== -1) {
        const t1 = this.c.time;
        while (this.c.time - t1 < 2000) {
          const { count, command } = this.nCommitted(index);
          if (count > 0 && count >= expected && command === cmd) return index;
          this.sleep(20);
        }
        if (!retry) throw new Error(`one(${cmd}) failed to reach agreement`);
      } else {
        this.sleep(50);
      }
    }
    throw new Error(`one(${cmd}) failed to reach agreement`);
  }

  /** Wait for at least n servers to commit index, or give up if the term moves on. */
  wait(index: number, n: number, startTerm: number): string | null {
    let to = 10;
    for (let iters = 0; iters < 30; iters++) {
      if (this.nCommitted(index).count >= n) break;
      this.sleep(to);
      if (to < 1000) to *= 2;
      if (startTerm > -1 && this.c.nodes().some((v) => v.term > startTerm)) return null;
    }
    const { count, command } = this.nCommitted(index);
    if (count < n) throw new Error(`only ${count} decided for index ${index}; wanted ${n}`);
    return command;
  }
}
