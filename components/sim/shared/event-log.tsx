"use client";

import { memo } from "react";
import type { LogLine } from "./model";

const SHOW = 120;

/** Every event of the run in words, newest last; screen readers hear new lines politely. */
export const EventLog = memo(function EventLog({ lines, label = "Event log" }: { lines: LogLine[]; label?: string }) {
  const shown = lines.slice(-SHOW);
  return (
    <section aria-label={label} className="flex min-h-0 flex-col">
      <h3 className="text-sm font-semibold">{label}</h3>
      <div
        role="log"
        aria-live="polite"
        aria-label={label}
        tabIndex={0}
        // flex-col-reverse keeps the newest line in view with no script (reading scrollHeight after each update forced a layout of the whole page); the list's mb-auto keeps a short log at the top (an auto margin is 0 once the list overflows).
        className="mt-1 flex h-56 flex-col-reverse overflow-y-auto rounded border border-line bg-surface-raised p-2 font-mono text-xs leading-5"
      >
        <ol className="mb-auto">
        {lines.length > SHOW ? <li className="text-muted">… {lines.length - SHOW} earlier events</li> : null}
        {shown.map((l) => (
          <li key={l.n} data-kind={l.kind}>
            <span className="text-muted tabular-nums">t={l.time}</span> {l.text}
          </li>
        ))}
        {lines.length === 0 ? <li className="text-muted">Nothing has happened yet: press Play or Step.</li> : null}
        </ol>
      </div>
    </section>
  );
});
