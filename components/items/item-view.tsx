import Link from "next/link";
import type { Item } from "@/lib/content/schema";
import { ItemCard } from "@/components/items/item-card";
import { ItemCheck } from "@/components/items/item-check";
import { ItemLadder } from "@/components/items/item-ladder";
import { ItemHeader, ItemSources } from "@/components/items/item-meta";

/** Any item as it reads on a lesson page or in the browser: header, body by kind, sources, a link to its details. */
export function ItemView({ item, open = false, detailLink = true }: { item: Item; open?: boolean; detailLink?: boolean }) {
  const titleId = `${item.id}-text`;
  return (
    <article id={item.id} aria-labelledby={titleId} className="scroll-mt-4 rounded-panel border border-line bg-surface p-panel">
      <ItemHeader item={item} />
      {item.kind === "card" ? <ItemCard card={item} titleId={titleId} open={open} /> : null}
      {item.kind === "check" ? <ItemCheck check={item} titleId={titleId} open={open} /> : null}
      {item.kind === "ladder" ? <ItemLadder ladder={item} titleId={titleId} open={open} /> : null}
      <div className="mt-3 flex flex-wrap items-baseline justify-between gap-2 border-t border-line pt-2">
        <ItemSources sources={item.sources} compact />
        {detailLink ? (
          <Link href={`/browse/${item.id}`} className="text-caption text-accent underline underline-offset-2">
            Details<span className="sr-only"> of {item.id}</span>
          </Link>
        ) : null}
      </div>
    </article>
  );
}
