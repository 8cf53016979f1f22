"use client";

import { useRouter } from "next/navigation";
import { useRef, useState } from "react";

/**
 * One card action from its detail page (POST /api/cards/[id]/<action>): sends the body, shows the
 * server's readable refusal or the success message, and refreshes the page's server data on success.
 * With `focusStatus`, success moves keyboard focus to the status message (give it tabIndex -1): for
 * a button the refreshed page no longer shows, whose focus would otherwise fall to <body>.
 */
export function useCardAction(cardId: string) {
  const router = useRouter();
  const [busy, setBusy] = useState(false);
  const [message, setMessage] = useState("");
  const statusRef = useRef<HTMLParagraphElement>(null);

  async function run(action: "suspend" | "unbury", body: object, done: string, opts: { focusStatus?: boolean } = {}) {
    if (busy) return;
    setBusy(true);
    setMessage("");
    try {
      const res = await fetch(`/api/cards/${encodeURIComponent(cardId)}/${action}`, {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify(body),
        cache: "no-store",
      });
      const data = (await res.json().catch(() => ({}))) as { error?: string };
      if (res.ok) {
        setMessage(done);
        if (opts.focusStatus) statusRef.current?.focus();
        router.refresh();
      } else setMessage(data.error ?? `The server answered ${res.status}.`);
    } catch {
      setMessage("Could not reach the Quorum server. Nothing changed: try again.");
    } finally {
      setBusy(false);
    }
  }

  return { busy, message, run, statusRef };
}
