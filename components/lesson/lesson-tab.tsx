import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { connection } from "next/server";
import { LessonHeader } from "@/components/lesson/lesson-header";
import { LessonItemList } from "@/components/lesson/lesson-item-list";
import { getCorpus, getItemsByLesson, getLesson } from "@/lib/content/load";
import { ensureContentSynced } from "@/lib/content/sync";
import { db } from "@/lib/db";

/** The three item tabs of a lesson (/topics/[slug]/{cards,checks,questions}): one page, three kinds. */
const TABS = {
  cards: { kind: "card", label: "Cards" },
  checks: { kind: "check", label: "Concept checks" },
  questions: { kind: "ladder", label: "Interview questions" },
} as const;
export type LessonTab = keyof typeof TABS;

export function lessonParams() {
  return getCorpus().lessons.map((l) => ({ slug: l.id }));
}

export function lessonTabMetadata(slug: string, tab: LessonTab): Metadata {
  const lesson = getLesson(slug);
  return lesson ? { title: `${TABS[tab].label} · ${lesson.title}` } : { title: "Lesson not found" };
}

/** The lesson's items of one kind, compact and filterable. */
export async function LessonTabPage({ slug, tab }: { slug: string; tab: LessonTab }) {
  const lesson = getLesson(slug);
  if (!lesson) notFound();
  await connection();
  await ensureContentSynced(db, new Date(), getCorpus());
  const items = getItemsByLesson(lesson.id);
  return (
    <div className="space-y-section">
      <LessonHeader lesson={lesson} items={items} current={tab} />
      <LessonItemList items={items} kind={TABS[tab].kind} />
    </div>
  );
}
