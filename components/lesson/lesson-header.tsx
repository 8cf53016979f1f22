import Link from "next/link";
import { TopicProgress, TopicProgressLegend } from "@/components/lesson/topic-progress";
import { ButtonLink } from "@/components/ui/button";
import { PageHeader } from "@/components/ui/page-header";
import { TabNav } from "@/components/ui/tabs";
import type { Item, Lesson } from "@/lib/content/schema";
import { db } from "@/lib/db";
import { browseHref } from "@/lib/srs/browse-filter";
import { lessonProgress, NO_PROGRESS } from "@/lib/srs/progress";

/**
 * The top of every page of a lesson: title, progress, "Study this lesson", and the tabs that
 * lead to its text and its items (each kind a page of its own, one step away).
 */
export const LESSON_SECTIONS = [
  { key: "lesson", path: "", label: "Lesson" },
  { key: "cards", path: "/cards", label: "Cards", kind: "card" },
  { key: "checks", path: "/checks", label: "Checks", kind: "check" },
  { key: "questions", path: "/questions", label: "Interview questions", short: "Questions", kind: "ladder" },
] as const;

export type LessonSection = (typeof LESSON_SECTIONS)[number]["key"];

export const lessonHref = (id: string, section: LessonSection = "lesson") => `/topics/${id}${LESSON_SECTIONS.find((s) => s.key === section)!.path}`;

/** The sub-page that lists an item of this kind (and the item's anchor on it). */
export function itemHref(item: Pick<Item, "id" | "kind" | "topic">): string {
  const section = LESSON_SECTIONS.find((s) => "kind" in s && s.kind === item.kind)!;
  return `${lessonHref(item.topic, section.key)}#${item.id}`;
}

export async function LessonHeader({ lesson, items, current }: { lesson: Lesson; items: Item[]; current: LessonSection }) {
  const progress = (await lessonProgress(db, lesson.id)).get(lesson.id);
  const count = (kind: Item["kind"]) => items.filter((i) => i.kind === kind).length;
  return (
    <PageHeader title={lesson.title} lead={lesson.summary} trail={[{ href: "/topics", label: "Topics" }]} here={`Lesson ${lesson.order}`}>
      <div className="space-y-1">
        <TopicProgress progress={progress ?? { ...NO_PROGRESS, total: count("card") }} label={`${lesson.title} progress`} />
        {current === "lesson" ? <TopicProgressLegend /> : null}
      </div>
      <div className="flex flex-wrap items-center gap-x-4 gap-y-2 pt-1">
        <ButtonLink href={`/review?${new URLSearchParams({ lesson: lesson.id })}`} variant="primary">
          Study this lesson
        </ButtonLink>
        <span className="text-caption text-muted">reviews only this lesson&apos;s cards: its due ones first, then its new ones (daily limits still apply)</span>
        <Link href={browseHref({ lesson: lesson.id })} className="text-small text-accent underline underline-offset-2">
          Browse its {items.length} items
        </Link>
      </div>
      <div className="pt-3">
        <TabNav
          label="Lesson sections"
          tabs={LESSON_SECTIONS.map((s) => ({
            href: lessonHref(lesson.id, s.key),
            label: s.label,
            short: "short" in s ? s.short : undefined,
            count: "kind" in s ? count(s.kind) : undefined,
            current: s.key === current,
          }))}
        />
      </div>
    </PageHeader>
  );
}
