"use client";

import { useRouter } from "next/navigation";
import { useState } from "react";

/** "Retake the mistakes": a new test of this test's wrong or unanswered questions, as they were asked. */
export function RetakeButton({ testId, mistakes }: { testId: string; mistakes: number }) {
  const router = useRouter();
  const [id] = useState(() => crypto.randomUUID());
  const [error, setError] = useState("");
  const [busy, setBusy] = useState(false);
  if (mistakes === 0) return null;
  return (
    <p className="flex flex-wrap items-center gap-3">
      <button type="button" disabled={busy} className="rounded-lg bg-accent-fill px-4 py-2 font-medium text-on-accent disabled:opacity-50" onClick={async () => {
        setBusy(true);
        const res = await fetch("/api/quiz", { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ id, retakeOf: testId }) }).catch(() => null);
        const data = res ? ((await res.json().catch(() => ({}))) as { url?: string; error?: string }) : {};
        if (res?.ok && data.url) router.push(data.url);
        else {
          setBusy(false);
          setError(data.error ?? "Could not reach the Quorum server.");
        }
      }}>
        Retake the mistakes ({mistakes})
      </button>
      {error ? <span role="alert" className="text-sm text-wrong">{error}</span> : null}
    </p>
  );
}
