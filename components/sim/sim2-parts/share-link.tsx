"use client";
// "Copy link": the simulator's page URL with its state (seed, preset, actions, step). On the
// full page the address bar follows the state too, so a reload keeps the run.
import { useEffect, useState } from "react";

export function useUrlState(name: string, query: string, embedded: boolean): string {
  const path = `/sim/${name}`;
  useEffect(() => {
    if (embedded) return;
    const url = `${path}${query ? `?${query}` : ""}`;
    if (window.location.pathname + window.location.search !== url) window.history.replaceState(null, "", url);
  }, [path, query, embedded]);
  return `${path}${query ? `?${query}` : ""}`;
}

export function ShareLink({ href }: { href: string }) {
  const [copied, setCopied] = useState<"no" | "yes" | "failed">("no");
  return (
    <div className="flex items-center gap-2 text-sm">
      <button
        type="button"
        className="rounded-md border border-line-strong bg-surface-raised px-3 py-1.5 font-medium text-ink hover:bg-surface-sunken"
        onClick={async () => {
          const url = new URL(href, window.location.origin).toString();
          try {
            await navigator.clipboard.writeText(url);
            setCopied("yes");
          } catch {
            setCopied("failed");
          }
        }}
      >
        Copy link
      </button>
      <a href={href} className="text-accent underline" data-testid="sim-share-link">
        Link to this run
      </a>
      <span aria-live="polite" className="text-muted">
        {copied === "yes" ? "Copied." : copied === "failed" ? "Copy failed: use the link." : ""}
      </span>
    </div>
  );
}
