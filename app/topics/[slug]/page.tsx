import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { connection } from "next/server";
import { LessonBody } from "@/components/lesson/lesson-body";
import { LessonHeader, lessonHref } from "@/components/lesson/lesson-header";
import { lessonOutline } from "@/components/lesson/lesson-outline";
import { LessonToc } from "@/components/lesson/lesson-toc";
import { panelClass } from "@/components/ui/panel";
import { getCorpus, getItemsByLesson, getLesson } from "@/lib/content/load";
import { ensureContentSynced } from "@/lib/content/sync";
import { db } from "@/lib/db";

type Props = { params: Promise<{ slug: string }> };

export function generateStaticParams() {
  return getCorpus().lessons.map((l) => ({ slug: l.id }));
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const lesson = getLesson((await params).slug);
  return lesson ? { title: lesson.title, description: lesson.summary } : { title: "Lesson not found" };
}

/** /topics/[slug]: the lesson itself (its text, simulators and contents); its items are one tab away. */
export default async function LessonPage({ params }: Props) {
  const { slug } = await params;
  const lesson = getLesson(slug);
  if (!lesson) notFound();
  await connection();
  const corpus = getCorpus();
  await ensureContentSynced(db, new Date(), corpus);
  const items = getItemsByLesson(lesson.id);
  const { parts, outline } = lessonOutline(lesson.body);
  const i = corpus.lessons.findIndex((l) => l.id === lesson.id);
  const prev = corpus.lessons[i - 1];
  const next = corpus.lessons[i + 1];
  const count = (kind: string) => items.filter((x) => x.kind === kind).length;

  return (
    <div className="space-y-section">
      <LessonHeader lesson={lesson} items={items} current="lesson" />

      <div className="gap-8 lg:grid lg:grid-cols-[12rem_minmax(0,1fr)]">
        <aside className="mb-6 lg:sticky lg:top-4 lg:mb-0 lg:max-h-[calc(100vh-2rem)] lg:self-start lg:overflow-y-auto">
          <LessonToc outline={outline} />
        </aside>
        <article id="lesson" aria-label={`${lesson.title}: lesson`} className="min-w-0 scroll-mt-4">
          <LessonBody parts={parts} />
        </article>
      </div>

      <section id="practice" aria-labelledby="practice-heading" className={panelClass("raised", "space-y-2")}>
        <h2 id="practice-heading" className="text-heading">
          Practise this lesson
        </h2>
        <ul className="flex flex-wrap gap-x-6 gap-y-1">
          <li>
            <Link href={lessonHref(lesson.id, "cards")} className="text-accent underline underline-offset-2">
              {count("card")} cards
            </Link>
          </li>
          <li>
            <Link href={lessonHref(lesson.id, "checks")} className="text-accent underline underline-offset-2">
              {count("check")} concept checks
            </Link>
          </li>
          <li>
            <Link href={lessonHref(lesson.id, "questions")} className="text-accent underline underline-offset-2">
              {count("ladder")} interview questions
            </Link>
          </li>
        </ul>
      </section>

      <nav aria-label="Lessons" className="flex justify-between gap-4 border-t border-line pt-4 text-small">
        {prev ? (
          <Link href={`/topics/${prev.id}`} className="text-accent underline underline-offset-2">
            <span aria-hidden="true">← </span>
            <span className="sr-only">Previous lesson: </span>
            {prev.title}
          </Link>
        ) : (
          <span />
        )}
        {next ? (
          <Link href={`/topics/${next.id}`} className="text-right text-accent underline underline-offset-2">
            <span className="sr-only">Next lesson: </span>
            {next.title}
            <span aria-hidden="true"> →</span>
          </Link>
        ) : (
          <span />
        )}
      </nav>
    </div>
  );
}
