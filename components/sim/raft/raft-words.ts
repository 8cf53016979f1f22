// Raft events in words, for the event log (pure).
import type { RaftAction, RaftMessage, RaftTraceEntry } from "@/lib/protocol";
import type { LogLine } from "../shared/model";

export function raftMessageWords(m: RaftMessage): string {
  switch (m.type) {
    case "RequestVote":
      return `S${m.from} asks S${m.to} for its vote in term ${m.term} (its log ends at index ${m.lastLogIndex}, term ${m.lastLogTerm})`;
    case "RequestVoteReply":
      return `S${m.from} ${m.voteGranted ? "grants" : "refuses"} S${m.to} its vote for term ${m.term}`;
    case "AppendEntries": {
      if (m.entries.length === 0) return `S${m.from} (leader, term ${m.term}) sends S${m.to} a heartbeat, commit index ${m.leaderCommit}`;
      const k = m.entries.length;
      return `S${m.from} (leader, term ${m.term}) sends S${m.to} ${k} entr${k === 1 ? "y" : "ies"} after index ${m.prevLogIndex} (term ${m.prevLogTerm}), commit index ${m.leaderCommit}`;
    }
    case "AppendEntriesReply":
      return m.success
        ? `S${m.from} tells S${m.to}: appended, log matches up to index ${m.matchIndex} (term ${m.term})`
        : `S${m.from} tells S${m.to}: no entry matching index ${m.prevLogIndex}, back up (term ${m.term})`;
  }
}

export function raftActionWords(a: RaftAction): string {
  switch (a.type) {
    case "propose":
      return `client request "${a.command}"${a.to ? ` sent to S${a.to}` : " sent to the leader"}`;
    case "crash":
      return `S${a.id} stopped (it keeps its term, vote and log on disk)`;
    case "restart":
      return `S${a.id} restarted as a follower`;
    case "partition":
      return `network partitioned into ${a.groups.map((g) => `{${g.map((i) => `S${i}`).join(", ")}}`).join(" and ")}`;
    case "heal":
      return "network healed: every server can reach every other";
    case "dropRate":
      return `message drop rate set to ${Math.round(a.p * 100)}%`;
    case "latency":
      return `message delay set to ${a.range[0]}–${a.range[1]} ms`;
    case "timeout":
      return `S${a.id} told to time out now`;
    case "dropMessage":
      return `message #${a.id} dropped by hand`;
  }
}

function traceWords(t: RaftTraceEntry): string {
  switch (t.kind) {
    case "deliver":
      return `delivered: ${raftMessageWords(t.msg)}`;
    case "timer": {
      const rv = t.sent.find((m) => m.type === "RequestVote");
      if (rv) return `S${t.node}'s election timer fired: it becomes a candidate for term ${rv.term} and asks for votes`;
      if (t.sent.some((m) => m.type === "AppendEntries")) return `S${t.node} (leader) sends heartbeats`;
      return `S${t.node}'s timer fired`;
    }
    case "lost":
      return `lost (${t.reason === "crashed" ? "receiver or sender stopped" : "partition"}): ${raftMessageWords(t.msg)}`;
    case "action":
      return `action: ${raftActionWords(t.action)}`;
  }
}

/** The run's recent events as log lines. Keys combine the event count with a per-count offset. */
export function raftLogLines(trace: ReadonlyArray<RaftTraceEntry>): LogLine[] {
  const out: LogLine[] = [];
  let prev = -1;
  let k = 0;
  for (const t of trace) {
    k = t.n === prev ? k + 1 : 0;
    prev = t.n;
    out.push({ n: t.n * 64 + Math.min(k, 63), time: t.time, text: traceWords(t), kind: t.kind });
  }
  return out;
}
