import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { connection } from "next/server";
import { ItemView } from "@/components/items/item-view";
import { LessonBody } from "@/components/lesson/lesson-body";
import { LessonItems } from "@/components/lesson/lesson-items";
import { TopicProgress, TopicProgressLegend } from "@/components/lesson/topic-progress";
import { getCorpus, getItemsByLesson, getLesson } from "@/lib/content/load";
import { ensureContentSynced } from "@/lib/content/sync";
import { db } from "@/lib/db";
import { browseHref } from "@/lib/srs/browse-filter";
import { lessonProgress, NO_PROGRESS } from "@/lib/srs/progress";

type Props = { params: Promise<{ slug: string }> };

export function generateStaticParams() {
  return getCorpus().lessons.map((l) => ({ slug: l.id }));
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const lesson = getLesson((await params).slug);
  return lesson ? { title: lesson.title, description: lesson.summary } : { title: "Lesson not found" };
}

export default async function LessonPage({ params }: Props) {
  const { slug } = await params;
  const lesson = getLesson(slug);
  if (!lesson) notFound();
  await connection();
  const corpus = getCorpus();
  await ensureContentSynced(db, new Date(), corpus);
  const progress = (await lessonProgress(db, lesson.id)).get(lesson.id);
  const items = getItemsByLesson(lesson.id);
  const cards = items.filter((i) => i.kind === "card");
  const checks = items.filter((i) => i.kind === "check");
  const ladders = items.filter((i) => i.kind === "ladder");
  const i = corpus.lessons.findIndex((l) => l.id === lesson.id);
  const prev = corpus.lessons[i - 1];
  const next = corpus.lessons[i + 1];
  const sections = [
    { id: "cards", title: "Cards", items: cards },
    { id: "checks", title: "Concept checks", items: checks },
    { id: "ladders", title: "Interview ladders", items: ladders },
  ];

  return (
    <div className="space-y-8">
      <header className="space-y-3">
        <p className="text-sm">
          <Link href="/topics" className="underline underline-offset-2">
            Topics
          </Link>
          <span aria-hidden="true"> / </span>
          <span className="text-zinc-600 dark:text-zinc-400">Lesson {lesson.order}</span>
        </p>
        <h1 className="text-2xl font-semibold">{lesson.title}</h1>
        <p className="text-zinc-700 dark:text-zinc-300">{lesson.summary}</p>
        <TopicProgress progress={progress ?? { ...NO_PROGRESS, total: cards.length }} label={`${lesson.title} progress`} />
        <TopicProgressLegend />
        <div className="flex flex-wrap gap-3 text-sm">
          <Link
            href={`/review?${new URLSearchParams({ lesson: lesson.id })}`}
            className="rounded-lg bg-zinc-900 px-4 py-2 font-medium text-white hover:bg-zinc-700 focus-visible:outline-2 focus-visible:outline-offset-2 dark:bg-zinc-100 dark:text-zinc-900 dark:hover:bg-zinc-300"
          >
            Study this lesson
          </Link>
          <span className="self-center text-xs text-zinc-600 dark:text-zinc-400">reviews only this lesson&apos;s cards: its due ones first, then its new ones (daily limits still apply)</span>
          <Link href={browseHref({ lesson: lesson.id })} className="self-center underline underline-offset-2">
            Browse its {items.length} items
          </Link>
        </div>
        <nav aria-label="On this page" className="text-sm">
          <ul className="flex flex-wrap gap-x-4 gap-y-1">
            <li>
              <a href="#lesson" className="underline underline-offset-2">
                Lesson
              </a>
            </li>
            {sections.map((s) => (
              <li key={s.id}>
                <a href={`#${s.id}`} className="underline underline-offset-2">
                  {s.title} ({s.items.length})
                </a>
              </li>
            ))}
          </ul>
        </nav>
      </header>

      <article id="lesson" aria-label={`${lesson.title}: lesson`} className="scroll-mt-4">
        <LessonBody body={lesson.body} />
      </article>

      {sections.map((s) => (
        <LessonItems key={s.id} id={s.id} title={s.title} count={s.items.length}>
          {s.items.map((item) => (
            <li key={item.id}>
              <ItemView item={item} />
            </li>
          ))}
        </LessonItems>
      ))}

      <nav aria-label="Lessons" className="flex justify-between gap-4 border-t border-zinc-200 pt-4 text-sm dark:border-zinc-800">
        {prev ? <Link href={`/topics/${prev.id}`} className="underline underline-offset-2">← {prev.title}</Link> : <span />}
        {next ? <Link href={`/topics/${next.id}`} className="underline underline-offset-2">{next.title} →</Link> : <span />}
      </nav>
    </div>
  );
}
