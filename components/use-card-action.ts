"use client";

import { useRouter } from "next/navigation";
import { useState } from "react";

/**
 * One card action from its detail page (POST /api/cards/[id]/<action>): sends the body, shows the
 * server's readable refusal or the success message, and refreshes the page's server data on success.
 */
export function useCardAction(cardId: string) {
  const router = useRouter();
  const [busy, setBusy] = useState(false);
  const [message, setMessage] = useState("");

  async function run(action: "suspend" | "unbury", body: object, done: string) {
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
        router.refresh();
      } else setMessage(data.error ?? `The server answered ${res.status}.`);
    } catch {
      setMessage("Could not reach the Quorum server. Nothing changed: try again.");
    } finally {
      setBusy(false);
    }
  }

  return { busy, message, run };
}
