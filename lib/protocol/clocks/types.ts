// Event traces for Lamport and vector clocks (Lamport 1978, "Time, Clocks, and the Ordering
// of Events in a Distributed System"; Fidge 1988 / Mattern 1989 for vector clocks).
// Process ids are 1-based. A trace lists events in one global order that respects causality:
// each process's events appear in program order and every receive comes after its send.

export type TraceEvent =
  | { id: string; process: number; kind: "local" }
  | { id: string; process: number; kind: "send"; to: number; message: string }
  | { id: string; process: number; kind: "receive"; message: string };

export interface Trace {
  processes: number; // 1..processes
  events: ReadonlyArray<TraceEvent>;
}

/** One event with its position and both clocks, as computed by `analyzeTrace`. */
export interface StampedEvent {
  id: string;
  process: number;
  kind: TraceEvent["kind"];
  /** 1-based position of the event on its own process (program order). */
  indexInProcess: number;
  /** For a send: the receiver; for a receive: the sender. */
  peer: number | null;
  message: string | null;
  /** For a receive: the id of the matching send event. */
  sendEventId: string | null;
  lamport: number;
  /** vector[p - 1] counts the events of process p that happen before or are this event. */
  vector: ReadonlyArray<number>;
}

export type ClockTraceErrorCode =
  | "bad-process-count"
  | "bad-process"
  | "bad-event-id"
  | "bad-event-kind"
  | "duplicate-event-id"
  | "duplicate-message"
  | "send-to-self"
  | "unmatched-receive"
  | "wrong-receiver"
  | "message-received-twice"
  | "unknown-event";

/** A trace that cannot happen (or a question about an event that is not in it). */
export class ClockTraceError extends Error {
  readonly code: ClockTraceErrorCode;
  readonly eventId: string | null;
  constructor(code: ClockTraceErrorCode, message: string, eventId: string | null = null) {
    super(message);
    this.name = "ClockTraceError";
    this.code = code;
    this.eventId = eventId;
  }
}
