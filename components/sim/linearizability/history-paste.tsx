"use client";
// Paste or upload a Jepsen etcd log or a JSON history. Errors name the line; the limits
// (MAX_HISTORY_BYTES, MAX_OPERATIONS) are stated up front.
import { useState } from "react";
import { HistoryInputError, MAX_HISTORY_BYTES, MAX_OPERATIONS, historyToJson, parseHistoryText, type HistoryOp } from "./history";

export function HistoryPaste({ current, onLoad }: { current: HistoryOp[]; onLoad: (ops: HistoryOp[], label: string) => void }) {
  const [text, setText] = useState("");
  const [error, setError] = useState<string | null>(null);
  const load = (t: string, label: string) => {
    try {
      const { format, ops } = parseHistoryText(t);
      setError(null);
      onLoad(ops, `${label} (${format === "jepsen" ? "Jepsen etcd log" : "JSON history"}, ${ops.length} operations)`);
    } catch (e) {
      setError(e instanceof HistoryInputError ? e.message : `Could not read this history: ${String(e)}`);
    }
  };
  return (
    <div className="space-y-2 text-sm">
      <label className="flex flex-col gap-1">
        <span>
          Jepsen etcd log or JSON history (up to {MAX_HISTORY_BYTES / 1024} KB and {MAX_OPERATIONS.toLocaleString("en")} operations)
        </span>
        <textarea
          className="h-32 rounded-md border border-line-strong bg-surface p-2 font-mono text-xs text-ink"
          value={text}
          onChange={(e) => setText(e.target.value)}
          aria-describedby="paste-error"
          aria-invalid={error !== null}
          spellCheck={false}
        />
      </label>
      <div className="flex flex-wrap items-center gap-2">
        <button type="button" className="rounded-md border border-line-strong bg-surface-raised px-3 py-1.5 font-medium text-ink hover:bg-surface-sunken" onClick={() => load(text, "pasted")}>
          Check pasted history
        </button>
        <button
          type="button"
          className="rounded-md border border-line-strong bg-surface-raised px-3 py-1.5 font-medium text-ink hover:bg-surface-sunken"
          onClick={() => {
            setText(historyToJson(current));
            setError(null);
          }}
        >
          Show the current history as JSON
        </button>
        <label className="flex items-center gap-1">
          <span>or upload a file</span>
          <input
            type="file"
            accept=".log,.txt,.json,text/plain,application/json"
            onChange={async (e) => {
              const file = e.target.files?.[0];
              if (!file) return;
              if (file.size > MAX_HISTORY_BYTES) {
                setError(`line 1: the file is ${Math.ceil(file.size / 1024)} KB; the limit is ${MAX_HISTORY_BYTES / 1024} KB`);
                return;
              }
              load(await file.text(), file.name);
            }}
          />
        </label>
      </div>
      <p id="paste-error" role="alert" className="min-h-5 text-violated" data-testid="paste-error">
        {error}
      </p>
    </div>
  );
}
