"use client";

import { useCardAction } from "@/components/items/use-card-action";

/**
 * Suspend or unsuspend one card from its detail page (POST /api/cards/[id]/suspend). The version
 * the page was rendered with goes along, so a change made elsewhere since is refused, not undone.
 * The button stays (its label flips), so focus stays on it: aria-disabled while the request runs,
 * because a disabled button drops keyboard focus.
 */
export function ItemSuspendButton({ cardId, version, suspended }: { cardId: string; version: number; suspended: boolean }) {
  const { busy, message, run } = useCardAction(cardId);
  const toggle = () =>
    run("suspend", { suspended: !suspended, version }, suspended ? "Unsuspended: the card is back in the queue." : "Suspended: the card is out of every queue.");

  return (
    <div className="flex flex-wrap items-center gap-3">
      <button
        type="button"
        onClick={toggle}
        aria-disabled={busy}
        className="rounded border border-zinc-300 px-3 py-1.5 text-sm font-medium hover:bg-zinc-100 aria-disabled:opacity-50 dark:border-zinc-700 dark:hover:bg-zinc-800"
      >
        {suspended ? "Unsuspend card" : "Suspend card"}
      </button>
      <p role="status" aria-live="polite" className="text-sm">
        {message}
      </p>
    </div>
  );
}
