// One-line, human-readable text for messages and trace entries (event logs, tooltips).

import type { RaftTraceEntry } from "./cluster-types";
import type { RaftMessage } from "./types";

export function describeMessage(m: RaftMessage): string {
  switch (m.type) {
    case "RequestVote":
      return `RequestVote ${m.from}→${m.to} term ${m.term} (last log ${m.lastLogIndex}@t${m.lastLogTerm})`;
    case "RequestVoteReply":
      return `Vote ${m.voteGranted ? "granted" : "denied"} ${m.from}→${m.to} term ${m.term}`;
    case "AppendEntries": {
      const what = m.entries.length === 0 ? "heartbeat" : `${m.entries.length} entr${m.entries.length === 1 ? "y" : "ies"}`;
      return `AppendEntries ${m.from}→${m.to} term ${m.term} ${what} after ${m.prevLogIndex}@t${m.prevLogTerm}, commit ${m.leaderCommit}`;
    }
    case "AppendEntriesReply":
      return m.success
        ? `Append ok ${m.from}→${m.to} term ${m.term}, match ${m.matchIndex}`
        : `Append rejected ${m.from}→${m.to} term ${m.term} (no match at ${m.prevLogIndex})`;
  }
}

export function describeTraceEntry(t: RaftTraceEntry): string {
  const at = `t=${t.time}`;
  switch (t.kind) {
    case "deliver":
      return `${at} node ${t.node} got ${describeMessage(t.msg)}`;
    case "timer":
      return `${at} node ${t.node} timer fired${t.sent.length ? `, sent ${t.sent.length}` : ""}`;
    case "lost":
      return `${at} lost (${t.reason}): ${describeMessage(t.msg)}`;
    case "action":
      return `${at} user: ${JSON.stringify(t.action)}`;
  }
}
