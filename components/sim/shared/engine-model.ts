// The run plumbing every message-passing engine driver (lib/protocol's Paxos, two-phase commit,
// split brain) exposes the same way, turned into the matching half of a SimModel once, plus the
// URL-action checks they share. Each simulator's model adds only its own parts (presets,
// actions, invariants, questions). Pure: no React.
import type { InvariantState, LogLine, SimModel } from "./model";

/** What a driver offers for running, rewinding and forking a run. */
export interface EngineDriver<Snap> {
  readonly time: number;
  readonly eventCount: number;
  advance(ms: number): void;
  stepEvent(): boolean;
  runTo(events: number, time: number): void;
  snapshot(): Snap;
  restore(snap: Snap): void;
  fork(): this;
}

type RunPlumbing = "time" | "events" | "advance" | "stepEvent" | "runTo" | "snapshot" | "restore" | "fork";

/** The SimModel methods that only forward to the driver. */
export function engineRun<C extends EngineDriver<Snap>, Snap>(): Pick<SimModel<C, never, never>, RunPlumbing> {
  return {
    time: (c) => c.time,
    events: (c) => c.eventCount,
    advance: (c, ms) => c.advance(ms),
    stepEvent: (c) => c.stepEvent(),
    runTo: (c, e, t) => c.runTo(e, t),
    snapshot: (c) => c.snapshot(),
    restore: (c, s) => c.restore(s as Snap),
    fork: (c) => c.fork(),
  };
}

/** The driver's trace, one line per event, in words. */
export function traceLog(trace: ReadonlyArray<{ time: number; text: string; kind?: LogLine["kind"] }>): LogLine[] {
  return trace.map((t, i) => ({ n: i, time: t.time, text: t.text, kind: t.kind }));
}

export const isInt = (x: unknown, lo: number, hi: number): x is number => typeof x === "number" && Number.isInteger(x) && x >= lo && x <= hi;

/** The action kinds several drivers share, read back from a share link; null when it is none of them or malformed. */
export type NodeAction = { at: number; kind: "crash" | "restart"; id: number };
export type MessageAction = { at: number; kind: "dropMessage"; messageId: number } | { at: number; kind: "delayMessage"; messageId: number; ms: number };

export function parseNodeAction(a: Record<string, unknown>, maxId: number): NodeAction | null {
  return (a.kind === "crash" || a.kind === "restart") && isInt(a.id, 1, maxId) ? { at: 0, kind: a.kind, id: a.id } : null;
}

export function parseMessageAction(a: Record<string, unknown>): MessageAction | null {
  if (!isInt(a.messageId, 0, Number.MAX_SAFE_INTEGER)) return null;
  if (a.kind === "dropMessage") return { at: 0, kind: "dropMessage", messageId: a.messageId };
  if (a.kind === "delayMessage" && isInt(a.ms, 0, 10_000)) return { at: 0, kind: "delayMessage", messageId: a.messageId, ms: a.ms };
  return null;
}

/** Apply a crash / restart / drop / delay to a driver that has them; false when `a` is another kind. */
export function applyCommon(
  c: { crash(id: number): unknown; restart(id: number): unknown; dropMessage?(id: number): unknown; delayMessage?(id: number, ms: number): unknown },
  a: { kind: string; id?: number; messageId?: number; ms?: number },
): boolean {
  switch (a.kind) {
    case "crash":
      c.crash(a.id!);
      return true;
    case "restart":
      c.restart(a.id!);
      return true;
    case "dropMessage":
      c.dropMessage?.(a.messageId!);
      return true;
    case "delayMessage":
      c.delayMessage?.(a.messageId!, a.ms!);
      return true;
    default:
      return false;
  }
}

/** Each named safety property holds unless one of the engine's violation messages matches its test. */
export function invariantsFrom(names: readonly string[], violations: readonly string[], tests: readonly ((m: string) => boolean)[]): InvariantState[] {
  return names.map((name, i) => {
    const hit = violations.find(tests[i]);
    return { name, holds: !hit, detail: hit };
  });
}

/** A violation-message test from a pattern. */
export const matches = (re: RegExp) => (m: string) => re.test(m);
