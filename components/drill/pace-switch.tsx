"use client";

import { useRouter } from "next/navigation";
import { useState } from "react";

/** Keep the daily new-card limit at the interview-date pace (raised when the dashboard is shown). */
export function PaceSwitch({ on, needed }: { on: boolean; needed: number }) {
  const router = useRouter();
  const [error, setError] = useState<string | null>(null);
  async function toggle(next: boolean) {
    setError(null);
    try {
      const res = await fetch("/api/drill/pace-switch", { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ on: next }) });
      if (!res.ok) setError(((await res.json().catch(() => ({}))) as { error?: string }).error ?? `The server answered ${res.status}.`);
      else router.refresh();
    } catch {
      setError("Could not reach the Quorum server.");
    }
  }
  return (
    <label className="flex items-center gap-2">
      <input type="checkbox" role="switch" checked={on} onChange={(e) => void toggle(e.target.checked)} data-testid="pace-switch" />
      Raise my daily new limit to this pace{needed ? ` (${needed}/day)` : ""}
      {error && <span className="text-wrong"> — {error}</span>}
    </label>
  );
}
