"use client";

import { useCardAction } from "@/components/items/use-card-action";
import { Button } from "@/components/ui/button";

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
      <Button size="sm" onClick={toggle} aria-disabled={busy}>
        {suspended ? "Unsuspend card" : "Suspend card"}
      </Button>
      <p role="status" aria-live="polite" className="text-small">
        {message}
      </p>
    </div>
  );
}
