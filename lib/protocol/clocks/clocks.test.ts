import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { analyzeTrace, ClockTraceError, compareVectors, generateClockTrace, type Trace } from "./index";

// Three processes, two messages: A sends m1 to B, then B forwards m2 to C.
//   A: A1 local, A2 send m1→B
//   B: B1 local, B2 recv m1, B3 send m2→C
//   C: C1 local, C2 recv m2
const chain: Trace = {
  processes: 3,
  events: [
    { id: "A1", process: 1, kind: "local" },
    { id: "B1", process: 2, kind: "local" },
    { id: "C1", process: 3, kind: "local" },
    { id: "A2", process: 1, kind: "send", to: 2, message: "m1" },
    { id: "B2", process: 2, kind: "receive", message: "m1" },
    { id: "B3", process: 2, kind: "send", to: 3, message: "m2" },
    { id: "C2", process: 3, kind: "receive", message: "m2" },
  ],
};

describe("Lamport clocks (Lamport 1978, §3 IR1/IR2)", () => {
  it("ticks on every event and jumps past the message timestamp on receive", () => {
    const a = analyzeTrace(chain);
    const L = Object.fromEntries(a.events.map((e) => [e.id, e.lamport]));
    expect(L).toEqual({ A1: 1, B1: 1, C1: 1, A2: 2, B2: 3, B3: 4, C2: 5 });
  });

  it("orders concurrent events too: L(B1) < L(A2) yet neither happens before the other", () => {
    const a = analyzeTrace(chain);
    expect(a.event("B1").lamport).toBeLessThan(a.event("A2").lamport);
    expect(a.happensBefore("B1", "A2")).toBe(false);
    expect(a.happensBefore("A2", "B1")).toBe(false);
    expect(a.concurrent("B1", "A2")).toBe(true);
    // C1 (L=1) and B3 (L=4): same lesson across a wider gap.
    expect(a.concurrent("C1", "B3")).toBe(true);
  });

  it("gives a total order (timestamp, then process id) that extends happens-before (errata E61)", () => {
    expect(analyzeTrace(chain).totalOrder()).toEqual(["A1", "B1", "C1", "A2", "B2", "B3", "C2"]);
  });
});

describe("vector clocks (Mattern 1989) characterise happens-before exactly", () => {
  it("stamps each event with the count of events it has seen per process", () => {
    const a = analyzeTrace(chain);
    expect(a.event("B2").vector).toEqual([2, 2, 0]);
    expect(a.event("C2").vector).toEqual([2, 3, 2]);
  });

  it("follows chains of messages: A1 → C2 through B", () => {
    const a = analyzeTrace(chain);
    expect(a.happensBefore("A1", "C2")).toBe(true);
    expect(a.happensBefore("C2", "A1")).toBe(false);
    expect(a.happensBefore("A1", "A1")).toBe(false);
    expect(a.concurrent("A1", "A1")).toBe(false);
  });

  it("lists the events concurrent with one event", () => {
    const a = analyzeTrace(chain);
    expect(a.concurrentWith("C1")).toEqual(["A1", "B1", "A2", "B2", "B3"]);
    expect(a.concurrentWith("A2")).toEqual(["B1", "C1"]);
  });

  it("compares vectors", () => {
    expect(compareVectors([1, 0], [1, 1])).toBe("before");
    expect(compareVectors([1, 2], [1, 1])).toBe("after");
    expect(compareVectors([1, 0], [0, 1])).toBe("concurrent");
    expect(compareVectors([3, 3], [3, 3])).toBe("equal");
  });

  it("agrees with reachability in the event graph, and L respects →, on random traces", () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 2 ** 31 - 1 }), fc.integer({ min: 2, max: 4 }), (seed, processes) => {
        const trace = generateClockTrace(seed, { processes });
        const a = analyzeTrace(trace);
        const reach = reachability(trace);
        for (const x of a.events) {
          for (const y of a.events) {
            const hb = reach.get(x.id)!.has(y.id);
            expect(a.happensBefore(x.id, y.id)).toBe(hb);
            if (hb) expect(x.lamport).toBeLessThan(y.lamport); // clock condition
            expect(a.concurrent(x.id, y.id)).toBe(x.id !== y.id && !hb && !reach.get(y.id)!.has(x.id));
          }
        }
      }),
      { numRuns: 300 },
    );
  });
});

describe("trace validation", () => {
  const bad = (events: Trace["events"], processes = 2) => () => analyzeTrace({ processes, events });
  const code = (f: () => unknown) => {
    try {
      f();
    } catch (e) {
      expect(e).toBeInstanceOf(ClockTraceError);
      return (e as ClockTraceError).code;
    }
    throw new Error("expected a ClockTraceError");
  };
  it("rejects a receive with no earlier send", () => {
    expect(code(bad([{ id: "B1", process: 2, kind: "receive", message: "m1" }]))).toBe("unmatched-receive");
    expect(() => bad([{ id: "B1", process: 2, kind: "receive", message: "m1" }])()).toThrow(/no earlier send of message "m1"/);
  });
  it("rejects a receive listed before its send", () => {
    expect(code(bad([
      { id: "B1", process: 2, kind: "receive", message: "m1" },
      { id: "A1", process: 1, kind: "send", to: 2, message: "m1" },
    ]))).toBe("unmatched-receive");
  });
  it("rejects the wrong receiver, a double receive, bad ids and bad processes", () => {
    const send = { id: "A1", process: 1, kind: "send", to: 2, message: "m" } as const;
    expect(code(bad([send, { id: "A2", process: 1, kind: "receive", message: "m" }]))).toBe("wrong-receiver");
    expect(code(bad([send, { id: "B1", process: 2, kind: "receive", message: "m" }, { id: "B2", process: 2, kind: "receive", message: "m" }]))).toBe("message-received-twice");
    expect(code(bad([send, { ...send }]))).toBe("duplicate-event-id");
    expect(code(bad([send, { ...send, id: "A2" }]))).toBe("duplicate-message");
    expect(code(bad([{ id: "C1", process: 3, kind: "local" }]))).toBe("bad-process");
    expect(code(bad([{ ...send, to: 1 }]))).toBe("send-to-self");
    expect(code(bad([], 0))).toBe("bad-process-count");
    expect(code(() => analyzeTrace(chain).happensBefore("A1", "Z9"))).toBe("unknown-event");
  });
});

/** Independent oracle: transitive closure of program order and send→receive edges. */
function reachability(trace: Trace): Map<string, Set<string>> {
  const next = new Map<string, string[]>(trace.events.map((e) => [e.id, []]));
  const last = new Map<number, string>();
  const sendOf = new Map<string, string>();
  for (const e of trace.events) {
    const prev = last.get(e.process);
    if (prev) next.get(prev)!.push(e.id);
    last.set(e.process, e.id);
    if (e.kind === "send") sendOf.set(e.message, e.id);
    if (e.kind === "receive") next.get(sendOf.get(e.message)!)!.push(e.id);
  }
  const out = new Map<string, Set<string>>();
  for (const e of trace.events) {
    const seen = new Set<string>();
    const stack = [...next.get(e.id)!];
    while (stack.length) {
      const x = stack.pop()!;
      if (!seen.has(x)) {
        seen.add(x);
        stack.push(...next.get(x)!);
      }
    }
    out.set(e.id, seen);
  }
  return out;
}
