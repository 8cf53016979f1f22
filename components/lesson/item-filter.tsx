"use client";

import { useEffect, useId, useState, type ReactNode } from "react";

/**
 * A lesson's items of one kind as a compact list with a filter box: every word typed must appear in
 * the item's text (front, back, prompt, choices, question, answers, tags or id). Hidden rows stay
 * mounted, so a half-done practice survives a filter. A link to one item (#its-id) opens its row.
 */
export function ItemFilter({ label, noun, entries, children }: { label: string; noun: [string, string]; entries: { id: string; text: string }[]; children: ReactNode[] }) {
  const id = useId();
  const [query, setQuery] = useState("");
  const words = query.toLowerCase().split(/\s+/).filter(Boolean);
  const shown = entries.map((e) => words.every((w) => e.text.includes(w)));
  const count = shown.filter(Boolean).length;

  useEffect(() => {
    const open = () => {
      const target = decodeURIComponent(location.hash.slice(1));
      const el = target ? document.getElementById(target) : null;
      if (el instanceof HTMLDetailsElement) {
        el.open = true;
        el.scrollIntoView({ block: "start" });
        el.querySelector("summary")?.focus();
      }
    };
    open();
    addEventListener("hashchange", open);
    return () => removeEventListener("hashchange", open);
  }, []);

  return (
    <div className="space-y-3">
      <div className="flex flex-wrap items-end gap-x-4 gap-y-1">
        <div className="min-w-0 grow space-y-1 sm:max-w-sm">
          <label htmlFor={`${id}-q`} className="block text-small font-medium">
            {label}
          </label>
          <input
            id={`${id}-q`}
            type="search"
            value={query}
            onChange={(e) => setQuery(e.target.value)}
            autoComplete="off"
            aria-describedby={`${id}-count`}
            className="w-full rounded-control border border-line-strong bg-surface px-3 py-1.5 pointer-coarse:min-h-target"
          />
        </div>
        <p id={`${id}-count`} role="status" className="text-small text-muted tabular-nums">
          {words.length ? `${count} of ${entries.length} ${entries.length === 1 ? noun[0] : noun[1]} match` : `${entries.length} ${entries.length === 1 ? noun[0] : noun[1]}`}
        </p>
      </div>
      <ol className="space-y-2">
        {children.map((child, i) => (
          <li key={entries[i].id} hidden={!shown[i]}>
            {child}
          </li>
        ))}
      </ol>
      {words.length && count === 0 ? <p className="text-small">No {noun[1]} match “{query.trim()}”. Try fewer words.</p> : null}
    </div>
  );
}
