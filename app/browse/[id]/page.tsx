import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { connection } from "next/server";
import { ItemHistory, ItemSchedule } from "@/components/items/item-schedule";
import { ItemSuspendButton } from "@/components/items/item-suspend-button";
import { ItemUnburyButton } from "@/components/items/item-unbury-button";
import { KIND_LABELS, sourceText } from "@/components/items/item-meta";
import { ItemView } from "@/components/items/item-view";
import { itemHref } from "@/components/lesson/lesson-header";
import { PageHeader } from "@/components/ui/page-header";
import { getCorpus } from "@/lib/content/load";
import { ensureContentSynced } from "@/lib/content/sync";
import { db } from "@/lib/db";
import { browseHref, itemSummary } from "@/lib/srs/browse-filter";
import { cardDetail } from "@/lib/srs/card-history";
import { getSettings } from "@/lib/srs/settings";

type Props = { params: Promise<{ id: string }> };

const findItem = (id: string) => getCorpus().items.find((i) => i.id === id);

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const item = findItem((await params).id);
  return { title: item ? `${KIND_LABELS[item.kind]}: ${itemSummary(item, 60)}` : "Item not found" };
}

export default async function ItemDetailPage({ params }: Props) {
  const { id } = await params;
  await connection();
  const now = new Date();
  const corpus = getCorpus();
  const item = corpus.items.find((i) => i.id === id);
  if (!item) notFound();
  const lesson = corpus.lessons.find((l) => l.id === item.topic);
  const origin = corpus.origins.get(item.id);
  let card = null;
  let dayStartHour = 4;
  if (item.kind === "card") {
    await ensureContentSynced(db, now, corpus);
    [card, { dayStartHour }] = await Promise.all([cardDetail(db, item.id), getSettings(db)]);
  }

  return (
    <div className="space-y-section">
      <PageHeader
        title={<span className="text-heading sm:text-title">{itemSummary(item, 140)}</span>}
        trail={[
          { href: "/browse", label: "Browse" },
          { href: browseHref({ lesson: item.topic }), label: lesson?.title ?? item.topic },
        ]}
      >
        <p className="text-small text-muted">
          {KIND_LABELS[item.kind]} <code>{item.id}</code> in{" "}
          <Link href={itemHref(item)} className="text-accent underline underline-offset-2">
            {lesson?.title ?? item.topic}
          </Link>
        </p>
      </PageHeader>

      <ItemView item={item} open detailLink={false} />

      <section aria-labelledby="sources-heading" className="space-y-2">
        <h2 id="sources-heading" className="text-heading">
          Sources
        </h2>
        <ul className="list-disc space-y-1 pl-6 text-small">
          {item.sources.map((s, i) => {
            const t = sourceText(s);
            return (
              <li key={i}>
                {t.kind === "seed" ? "Course seed" : "External reference"}: <cite className="not-italic font-medium">{t.text}</cite>
                {t.title ? <span className="text-muted"> ({t.title})</span> : null}
              </li>
            );
          })}
        </ul>
        <p className="text-caption text-muted">
          {origin ? (
            <>
              Written in <code>content/{origin.file}</code>, line {origin.line}.{" "}
            </>
          ) : null}
          {item.covers.length ? `Covers ${item.covers.join(", ")}. ` : ""}
          {item.inventory.length ? `Inventory ${item.inventory.join(", ")}.` : ""}
        </p>
      </section>

      {item.kind === "card" ? (
        <>
          <section aria-labelledby="schedule-heading" className="space-y-3">
            <h2 id="schedule-heading" className="text-heading">
              Schedule
            </h2>
            {card ? (
              <>
                <ItemSchedule s={card.schedule} now={now} dayStartHour={dayStartHour} />
                <ItemSuspendButton cardId={item.id} version={card.schedule.version} suspended={card.schedule.suspended} />
                <ItemUnburyButton cardId={item.id} version={card.schedule.version} buried={card.schedule.buriedUntil !== null && card.schedule.buriedUntil > now} />
              </>
            ) : (
              <p className="text-small">Not scheduled yet: it gets a schedule the next time content is synced.</p>
            )}
          </section>
          <section aria-labelledby="history-heading" className="space-y-3">
            <h2 id="history-heading" className="text-heading">
              Review history
            </h2>
            <ItemHistory history={card?.history ?? []} />
          </section>
        </>
      ) : (
        <p className="text-small text-muted">
          Only cards have a review schedule; {item.kind === "check" ? "concept checks" : "interview ladders"} have none.
        </p>
      )}
    </div>
  );
}
