import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { connection } from "next/server";
import { LessonHeader } from "@/components/lesson/lesson-header";
import { LessonItemList } from "@/components/lesson/lesson-item-list";
import { getCorpus, getItemsByLesson, getLesson } from "@/lib/content/load";
import { ensureContentSynced } from "@/lib/content/sync";
import { db } from "@/lib/db";

type Props = { params: Promise<{ slug: string }> };

export function generateStaticParams() {
  return getCorpus().lessons.map((l) => ({ slug: l.id }));
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const lesson = getLesson((await params).slug);
  return lesson ? { title: `Interview questions · ${lesson.title}` } : { title: "Lesson not found" };
}

/** /topics/[slug]/questions: the lesson's interview questions, compact and filterable. */
export default async function LessonQuestionsPage({ params }: Props) {
  const lesson = getLesson((await params).slug);
  if (!lesson) notFound();
  await connection();
  await ensureContentSynced(db, new Date(), getCorpus());
  const items = getItemsByLesson(lesson.id);
  return (
    <div className="space-y-section">
      <LessonHeader lesson={lesson} items={items} current="questions" />
      <LessonItemList items={items} kind="ladder" />
    </div>
  );
}
