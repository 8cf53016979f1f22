import Link from "next/link";
import type { BrowseRow, Schedule } from "@/lib/srs/browse";
import { dueLabel } from "@/lib/srs/browse";
import { itemSummary } from "@/lib/srs/browse-filter";
import { ItemSources, ItemTags, KIND_LABELS } from "@/components/items/item-meta";
import { Chip } from "@/components/ui/chip";

/** Badges are words, not colours: "suspended", "buried", "leech". */
export function ScheduleFlags({ s, now }: { s: Schedule; now: Date }) {
  const flags = [s.suspended && "suspended", s.buriedUntil && s.buriedUntil > now && "buried", s.leech && "leech"].filter(Boolean) as string[];
  return flags.map((f) => (
    <Chip key={f} tone={f === "leech" ? "wrong" : "warn"} className="ml-1">
      {f}
    </Chip>
  ));
}

/**
 * A table on wide screens; below the `sm` breakpoint each row stacks into a block (item, then
 * kind, lesson and schedule side by side), so nothing hides off-screen in a sideways scroll.
 * Cells are `relative` so their visually hidden text cannot widen the page.
 */
const cell = "relative py-2 pr-3 max-sm:block max-sm:py-0.5";
/** Where the header row is hidden, a stacked cell names its column (CSS text: the cell's own text stays its value). */
const labelled = "max-sm:before:mr-1 max-sm:before:font-medium max-sm:before:content-[attr(data-label)]";

export function BrowseResults({ rows, now, dayStartHour }: { rows: BrowseRow[]; now: Date; dayStartHour: number }) {
  return (
    <div className="relative overflow-x-auto">
      <table className="w-full border-collapse text-small max-sm:block">
        <caption className="sr-only">Matching items</caption>
        <thead className="max-sm:hidden">
          <tr className="border-b border-line-strong text-left">
            <th scope="col" className="py-2 pr-3 font-medium">
              Item
            </th>
            <th scope="col" className="py-2 pr-3 font-medium">
              Kind
            </th>
            <th scope="col" className="py-2 pr-3 font-medium">
              Lesson
            </th>
            <th scope="col" className="py-2 font-medium">
              Schedule
            </th>
          </tr>
        </thead>
        <tbody className="max-sm:block">
          {rows.map(({ item, lessonTitle, schedule }) => (
            <tr key={item.id} className="border-b border-line align-top max-sm:block max-sm:py-2">
              <td className={`${cell} max-sm:pb-1`}>
                <Link href={`/browse/${item.id}`} className="font-medium text-accent [overflow-wrap:anywhere] underline underline-offset-2">
                  {itemSummary(item)}
                </Link>
                <div className="mt-1 space-y-1">
                  <code className="text-caption [overflow-wrap:anywhere] text-muted">{item.id}</code>
                  <ItemTags tags={item.tags} />
                  <ItemSources sources={item.sources} compact />
                </div>
              </td>
              <td className={`${cell} ${labelled} whitespace-nowrap`} data-label="Kind:">
                {KIND_LABELS[item.kind]}
                <div className="text-caption text-muted max-sm:ml-1 max-sm:inline">level {item.level}</div>
              </td>
              <td className={`${cell} ${labelled}`} data-label="Lesson:">
                <Link href={`/topics/${item.topic}`} className="underline-offset-2 hover:underline">
                  {lessonTitle}
                </Link>
              </td>
              <td className={`${cell} ${labelled} whitespace-nowrap sm:pr-0`} data-label="Schedule:">
                {schedule ? (
                  <>
                    {schedule.state}
                    {schedule.state === "New" ? null : (
                      <div className="text-caption text-muted max-sm:ml-1 max-sm:inline">{dueLabel(schedule, now, dayStartHour)}</div>
                    )}
                    <ScheduleFlags s={schedule} now={now} />
                  </>
                ) : (
                  <span className="text-muted">
                    <span aria-hidden="true">—</span>
                    <span className="sr-only">{item.kind === "card" ? "not scheduled yet" : "no schedule"}</span>
                  </span>
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
