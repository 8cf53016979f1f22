"use client";

import { useCardAction } from "@/components/items/use-card-action";
import { Button } from "@/components/ui/button";

/**
 * "Unbury" on a buried card's detail page (POST /api/cards/[id]/unbury): the card is back in
 * today's queue at once. The version the page was rendered with goes along, so a change made
 * elsewhere since is refused, not overwritten; a card no longer buried is simply reported back.
 */
export function ItemUnburyButton({ cardId, version, buried }: { cardId: string; version: number; buried: boolean }) {
  const { busy, message, run, statusRef } = useCardAction(cardId);
  const unbury = () => run("unbury", { version }, "Unburied: the card is back in today's queue.", { focusStatus: true });

  // Stays mounted when the card is not buried, so "Unburied" is still read out after the refresh;
  // it takes keyboard focus then, since the button it replaces is gone.
  if (!buried && !message) return null;
  return (
    <div className="flex flex-wrap items-center gap-3">
      {buried ? (
        <Button size="sm" onClick={unbury} aria-disabled={busy}>
          Unbury card
        </Button>
      ) : null}
      <p ref={statusRef} tabIndex={-1} role="status" aria-live="polite" className="rounded-control text-small" data-testid="unbury-status">
        {message}
      </p>
    </div>
  );
}
