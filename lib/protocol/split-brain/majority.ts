// Majority mode is Raft itself (§5.2 elections need a majority of votes; §5.3 a write
// is acknowledged only once a majority stores it). A stale leader cut off in a
// minority may still believe it leads and accept writes, but it can never acknowledge
// them, so clients never see two histories.

import { cloneNode, crashNode, createNode, nextWake, propose, restartNode, tick } from "../raft/node";
import { step } from "../raft/step";
import type { RaftMessage, RaftNodeState } from "../raft/types";
import type { Behaviour } from "./types";

export function majorityBehaviour(n: number, heartbeatInterval: number): Behaviour<RaftNodeState, RaftMessage> {
  const bugs = { skipElectionRestriction: false, commitPriorTermEntries: false, voteTwice: false };
  return {
    create: (id, env) => createNode({ id, nodes: n, heartbeatInterval, maxEntriesPerMessage: 64, fastBackup: true, bugs }, env),
    step,
    tick,
    propose,
    crash: crashNode,
    restart: restartNode,
    wake: nextWake,
    clone: cloneNode,
    view: (s) => ({ role: s.role, epoch: s.term, leaderId: s.leaderId, log: s.log, commitIndex: s.commitIndex }),
  };
}
