// Sequential specifications of a single register (Herlihy & Wing 1990, §2: a history is
// linearizable when some legal sequential history of this object fits inside the intervals).
import type { Model } from "./types";

// ---------- read/write register ----------

export type RegisterInput = { op: "write"; value: number } | { op: "read" };
/** For a read, the value read (null = never written); for a write, null. */
export type RegisterOutput = number | null;
export type RegisterState = number | null;

const NIL = "nil"; // a string hash can never equal a numeric one, so null stays distinct

/** Most steps the search tries are rejected; sharing one answer spares an allocation each. */
const REJECT: { ok: boolean; state: RegisterState } = Object.freeze({ ok: false, state: null });

export const registerModel: Model<RegisterState, RegisterInput, RegisterOutput> = {
  init: () => null,
  step: (state, input, output) =>
    input.op === "write" ? { ok: true, state: input.value } : output === state ? { ok: true, state } : REJECT,
  equal: (a, b) => a === b,
  hash: (s) => (s === null ? NIL : s),
  describeOperation: (input, output) =>
    input.op === "write" ? `write(${input.value})` : `read() -> ${output === null ? "null" : output}`,
  describeState: (s) => (s === null ? "null" : String(s)),
  isReadOnly: (input) => input.op === "read",
};

// ---------- compare-and-set register (etcd, as recorded by Jepsen) ----------

export type CasRegisterInput =
  | { op: "read" }
  | { op: "write"; value: number }
  | { op: "cas"; from: number; to: number };

/**
 * "ok" with `value` for a read (null = nil); "ok" / "fail" for a cas; "unknown" when the
 * client never learned the outcome (a timeout). An unknown outcome accepts any state.
 */
export type CasRegisterOutput =
  | { status: "ok"; value?: number | null }
  | { status: "fail" }
  | { status: "unknown" };

/**
 * The etcd model of Porcupine's tests. An unknown write or cas is applied as if it took
 * effect; "it did not take effect" is covered because such calls never return (the parser
 * leaves them pending to the end), so the search may place them after everything else,
 * where their effect is invisible. A failed write or read changed nothing.
 */
export const casRegisterModel: Model<RegisterState, CasRegisterInput, CasRegisterOutput> = {
  init: () => null,
  step: (state, input, output) => {
    const status = output.status;
    switch (input.op) {
      case "read":
        return status !== "ok" || (output as { value?: number | null }).value === state ? { ok: true, state } : REJECT;
      case "write":
        return { ok: true, state: status === "fail" ? state : input.value };
      case "cas": {
        const matches = state === input.from;
        if (status === "ok") return matches ? { ok: true, state: input.to } : REJECT;
        if (status === "fail") return matches ? REJECT : { ok: true, state };
        return { ok: true, state: matches ? input.to : state };
      }
    }
  },
  equal: (a, b) => a === b,
  hash: (s) => (s === null ? NIL : s),
  describeOperation: (input, output) => {
    const outcome = output.status;
    switch (input.op) {
      case "read": {
        if (outcome !== "ok") return "read() -> unknown";
        const v = (output as { value?: number | null }).value;
        return `read() -> ${v === null || v === undefined ? "null" : v}`;
      }
      case "write":
        return `write(${input.value})${outcome === "ok" ? "" : ` -> ${outcome}`}`;
      case "cas":
        return `cas(${input.from}, ${input.to}) -> ${outcome}`;
    }
  },
  describeState: (s) => (s === null ? "null" : String(s)),
  // A cas or write known to have failed did nothing; an unknown one may have done something.
  isReadOnly: (input, output) => input.op === "read" || output.status === "fail",
};
