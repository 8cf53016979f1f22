"use client";

import { memo } from "react";
import type { LogLine } from "./model";

const SHOW = 120;

/**
 * Every event of the run in words, newest last; screen readers hear new lines politely. The
 * engine simulators pass LogLines (drawn with their time), the step simulators plain sentences.
 */
export const EventLog = memo(function EventLog({
  lines,
  label = "Event log",
  empty = "Nothing has happened yet: press Play or Step.",
}: {
  lines: readonly (LogLine | string)[];
  label?: string;
  empty?: string;
}) {
  const shown = lines.slice(-SHOW);
  const skipped = lines.length - shown.length;
  return (
    <section aria-label={label} className="flex min-h-0 flex-col">
      <h3 className="text-sm font-semibold">{label}</h3>
      {/* role="log" on the scroll box; the lines inside stay a list (a list item needs a list parent). */}
      <div
        role="log"
        aria-live="polite"
        aria-label={label}
        tabIndex={0}
        data-testid="sim-log"
        // flex-col-reverse keeps the newest line in view with no script (reading scrollHeight after each update forced a layout of the whole page); the list's mb-auto keeps a short log at the top (an auto margin is 0 once the list overflows).
        className="mt-1 flex h-56 flex-col-reverse overflow-y-auto rounded border border-line bg-surface-raised p-2 font-mono text-xs leading-5"
      >
        <ol className="mb-auto">
          {skipped > 0 ? <li className="text-muted">… {skipped} earlier events</li> : null}
          {shown.map((l, i) =>
            typeof l === "string" ? (
              <li key={skipped + i}>{l}</li>
            ) : (
              <li key={l.n} data-kind={l.kind}>
                <span className="text-muted tabular-nums">t={l.time}</span> {l.text}
              </li>
            ),
          )}
          {lines.length === 0 ? <li className="text-muted">{empty}</li> : null}
        </ol>
      </div>
    </section>
  );
});
