"use client";
// Every event of the run in words, newest at the bottom; role="log" is announced politely.
import { useEffect, useRef } from "react";

export function EventLog({ lines, label = "Event log", empty = "Nothing has happened yet." }: { lines: string[]; label?: string; empty?: string }) {
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    const el = ref.current;
    if (el) el.scrollTop = el.scrollHeight;
  }, [lines.length]);
  return (
    <section aria-label={label} className="rounded-lg border border-line bg-surface">
      <h3 className="border-b border-line px-3 py-1.5 text-sm font-semibold text-ink">{label}</h3>
      {/* role="log" on the scroll box; the lines inside stay a list (a list item needs a list parent). */}
      <div ref={ref} role="log" aria-live="polite" aria-label={label} className="max-h-56 overflow-y-auto px-3 py-2 text-sm text-ink" data-testid="sim-log" tabIndex={0}>
        <ol className="space-y-1">{lines.length === 0 ? <li className="text-muted">{empty}</li> : lines.map((l, i) => <li key={i}>{l}</li>)}</ol>
      </div>
    </section>
  );
}
