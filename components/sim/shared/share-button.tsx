"use client";

import { useState } from "react";
import { BUTTON } from "./controls";

/**
 * "Copy link": the URL that rebuilds this exact run (seed, preset, actions) on any machine.
 * `url` computes it when asked (the engine simulators encode their actions then); a step
 * simulator, whose link is known at every render, also passes `href` and gets a plain link.
 */
export function ShareLink({ url, href }: { url?: () => string; href?: string }) {
  const [link, setLink] = useState<string | null>(null);
  const [copied, setCopied] = useState<"yes" | "no" | null>(null);
  const copy = async () => {
    const u = url ? url() : new URL(href ?? "", window.location.origin).toString();
    setLink(u);
    try {
      await navigator.clipboard.writeText(u);
      setCopied("yes");
    } catch {
      setCopied("no");
    }
  };
  return (
    <div className="flex flex-wrap items-center gap-2 text-sm">
      <button type="button" className={BUTTON} onClick={copy}>
        Copy link
      </button>
      {href ? (
        <a href={href} className="text-accent underline" data-testid="sim-share-link">
          Link to this run
        </a>
      ) : null}
      <span role="status" aria-live="polite" className="text-muted">
        {copied === "yes" ? "Link copied: it replays this run event for event." : copied === "no" ? "Copy the link below by hand." : ""}
      </span>
      {link ? (
        <input
          readOnly
          aria-label="Share link"
          value={link}
          className="w-full rounded border border-line bg-surface-raised px-2 py-1 font-mono text-xs"
          onFocus={(e) => e.currentTarget.select()}
        />
      ) : null}
    </div>
  );
}
