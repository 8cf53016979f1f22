"use client";

import { useCardAction } from "@/components/items/use-card-action";

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
        <button
          type="button"
          onClick={unbury}
          aria-disabled={busy}
          className="rounded border border-zinc-300 px-3 py-1.5 text-sm font-medium hover:bg-zinc-100 aria-disabled:opacity-50 dark:border-zinc-700 dark:hover:bg-zinc-800"
        >
          Unbury card
        </button>
      ) : null}
      <p ref={statusRef} tabIndex={-1} role="status" aria-live="polite" className="rounded text-sm focus-visible:outline-2 focus-visible:outline-offset-2" data-testid="unbury-status">
        {message}
      </p>
    </div>
  );
}
