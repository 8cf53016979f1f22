"use client";
// Build a history by hand: a form for one operation (client, kind, values, call and return
// times) and the list of operations with Remove buttons. Refusals come from validateHistory,
// in words, next to the form.
import { useState } from "react";
import { HistoryInputError, describeOp, validateHistory, type HistoryOp } from "./history";

const INPUT = "w-16 rounded-md border border-line-strong bg-surface px-2 py-1 text-sm text-ink";
const BTN = "rounded-md border border-line-strong bg-surface-raised px-3 py-1.5 text-sm font-medium text-ink hover:bg-surface-sunken";

export function HistoryEditor({ ops, onChange }: { ops: HistoryOp[]; onChange: (ops: HistoryOp[]) => void }) {
  const end = ops.reduce((m, o) => Math.max(m, o.ret ?? o.call), 0);
  const [client, setClient] = useState(1);
  const [kind, setKind] = useState<"read" | "write" | "cas">("write");
  const [value, setValue] = useState(1);
  const [to, setTo] = useState(2);
  const [result, setResult] = useState("ok");
  const [call, setCall] = useState<number | "">("");
  const [ret, setRet] = useState<number | "">("");
  const [pending, setPending] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const callAt = call === "" ? end + 1 : call;
  const retAt = ret === "" ? callAt + 2 : ret;

  const add = () => {
    const base = { client, call: callAt, ret: pending ? null : retAt };
    let op: HistoryOp;
    if (kind === "read") op = { ...base, op: "read", result: result === "null" ? null : result === "unknown" ? "unknown" : Number(result) };
    else if (kind === "write") op = { ...base, op: "write", value, result: result === "unknown" ? "unknown" : "ok" };
    else op = { ...base, op: "cas", from: value, to, result: result === "fail" ? "fail" : result === "unknown" ? "unknown" : "ok" };
    if (op.op === "read" && typeof op.result === "number" && Number.isNaN(op.result)) {
      setError("A read's result is a whole number, null or unknown.");
      return;
    }
    try {
      onChange(validateHistory([...ops, op]));
      setError(null);
      setCall("");
      setRet("");
    } catch (e) {
      setError(e instanceof HistoryInputError ? e.message.replace(/^line \d+: /, "") : String(e));
    }
  };

  return (
    <div className="space-y-2 text-sm">
      <div className="flex flex-wrap items-end gap-2">
        <label className="flex flex-col gap-0.5">
          Client
          <input type="number" min={0} max={63} className={INPUT} value={client} onChange={(e) => setClient(Math.max(0, Math.floor(Number(e.target.value) || 0)))} />
        </label>
        <label className="flex flex-col gap-0.5">
          Operation
          <select
            className="rounded-md border border-line-strong bg-surface px-2 py-1 text-ink"
            value={kind}
            onChange={(e) => {
              const k = e.target.value as typeof kind;
              setKind(k);
              setResult(k === "read" ? "null" : "ok");
            }}
          >
            <option value="write">write</option>
            <option value="read">read</option>
            <option value="cas">cas</option>
          </select>
        </label>
        {kind !== "read" && (
          <label className="flex flex-col gap-0.5">
            {kind === "write" ? "Value" : "From"}
            <input type="number" className={INPUT} value={value} onChange={(e) => setValue(Math.floor(Number(e.target.value) || 0))} />
          </label>
        )}
        {kind === "cas" && (
          <label className="flex flex-col gap-0.5">
            To
            <input type="number" className={INPUT} value={to} onChange={(e) => setTo(Math.floor(Number(e.target.value) || 0))} />
          </label>
        )}
        <label className="flex flex-col gap-0.5">
          {kind === "read" ? "Read returned" : "Result"}
          {kind === "read" ? (
            <input className={`${INPUT} w-24`} value={result} onChange={(e) => setResult(e.target.value.trim())} aria-describedby="read-result-hint" />
          ) : (
            <select className="rounded-md border border-line-strong bg-surface px-2 py-1 text-ink" value={result} onChange={(e) => setResult(e.target.value)}>
              <option value="ok">ok</option>
              {kind === "cas" && <option value="fail">fail</option>}
              <option value="unknown">unknown</option>
            </select>
          )}
        </label>
        <label className="flex flex-col gap-0.5">
          Call at
          <input type="number" min={0} className={INPUT} placeholder={String(callAt)} value={call} onChange={(e) => setCall(e.target.value === "" ? "" : Math.floor(Number(e.target.value)))} />
        </label>
        <label className="flex flex-col gap-0.5">
          Return at
          <input
            type="number"
            min={0}
            className={INPUT}
            disabled={pending}
            placeholder={String(retAt)}
            value={ret}
            onChange={(e) => setRet(e.target.value === "" ? "" : Math.floor(Number(e.target.value)))}
          />
        </label>
        <label className="flex items-center gap-1 pb-1">
          <input type="checkbox" checked={pending} onChange={(e) => setPending(e.target.checked)} />
          never returned
        </label>
        <button type="button" className={BTN} onClick={add}>
          Add operation
        </button>
      </div>
      {kind === "read" && (
        <p id="read-result-hint" className="text-xs text-muted">
          A whole number, null (never written) or unknown.
        </p>
      )}
      <p aria-live="polite" className="min-h-5 text-warn">
        {error}
      </p>
      {ops.length > 0 && ops.length <= 40 && (
        <ul className="flex flex-wrap gap-1" aria-label="Operations">
          {ops.map((o, i) => (
            <li key={`${o.client}-${o.call}-${i}`} className="flex items-center gap-1 rounded border border-line px-2 py-0.5">
              <span>
                c{o.client}: {describeOp(o)} [{o.call}, {o.ret ?? "…"}]
              </span>
              <button
                type="button"
                className="text-muted underline"
                aria-label={`Remove client ${o.client}'s ${describeOp(o)} called at ${o.call}`}
                onClick={() => onChange(ops.filter((_, j) => j !== i))}
              >
                remove
              </button>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
