// Naive failover, the way split brain happens: a follower that stops hearing the
// leader promotes itself (no votes), and a leader acknowledges writes as soon as it has
// them locally (no quorum). Followers copy the log of any leader with an epoch at least
// their own. Nothing stops two sides of a partition from each running a leader.

import type { Entry } from "../raft/types";
import type { Behaviour, NodeEnv } from "./types";

export interface NaiveState {
  id: number;
  n: number;
  heartbeatInterval: number;
  role: "follower" | "leader";
  epoch: number;
  leaderId: number | null;
  log: Entry[];
  commitIndex: number;
  deadline: number;
  heartbeatAt: number;
}

export interface Heartbeat {
  type: "Heartbeat";
  from: number;
  to: number;
  epoch: number;
  log: ReadonlyArray<Entry>; // state transfer: the whole log
}

function broadcast(s: NaiveState, env: NodeEnv<Heartbeat>): void {
  const log = s.log.slice();
  for (let to = 1; to <= s.n; to++) if (to !== s.id) env.out.push({ type: "Heartbeat", from: s.id, to, epoch: s.epoch, log });
  s.heartbeatAt = env.now + s.heartbeatInterval;
}

function follow(s: NaiveState, m: Heartbeat, env: NodeEnv<Heartbeat>): void {
  s.role = "follower";
  s.epoch = m.epoch;
  s.leaderId = m.from;
  s.log = m.log.slice(); // overwrite: whatever we had that the leader lacks is gone
  s.commitIndex = s.log.length;
  s.heartbeatAt = Infinity;
  s.deadline = env.now + env.electionTimeout();
}

export function naiveBehaviour(n: number, heartbeatInterval: number): Behaviour<NaiveState, Heartbeat> {
  return {
    create: (id, env) => ({
      id, n, heartbeatInterval, role: "follower", epoch: 0, leaderId: null, log: [], commitIndex: 0,
      deadline: env.now + env.electionTimeout(), heartbeatAt: Infinity,
    }),
    step(s, m, env) {
      if (m.epoch < s.epoch) return;
      // Two nodes that promoted themselves into the same epoch: the lower id wins.
      if (m.epoch === s.epoch && s.role === "leader" && m.from > s.id) return;
      follow(s, m, env);
    },
    tick(s, env) {
      if (s.role === "leader") {
        if (env.now >= s.heartbeatAt) broadcast(s, env);
      } else if (env.now >= s.deadline) {
        // The leader went quiet: take over. No vote, no quorum.
        s.role = "leader";
        s.epoch += 1;
        s.leaderId = s.id;
        s.commitIndex = s.log.length;
        s.deadline = Infinity;
        broadcast(s, env);
      }
    },
    propose(s, value) {
      if (s.role !== "leader") return null;
      s.log.push({ term: s.epoch, command: value });
      s.commitIndex = s.log.length; // acknowledged locally, at once
      return s.log.length;
    },
    crash(s) {
      s.role = "follower";
      s.leaderId = null;
      s.deadline = Infinity;
      s.heartbeatAt = Infinity;
    },
    restart(s, env) {
      s.deadline = env.now + env.electionTimeout();
    },
    wake: (s) => (s.role === "leader" ? s.heartbeatAt : s.deadline),
    clone: (s) => ({ ...s, log: s.log.slice() }),
    view: (s) => ({ role: s.role, epoch: s.epoch, leaderId: s.leaderId, log: s.log, commitIndex: s.commitIndex }),
  };
}
