import type { Metadata } from "next";
import { LessonTabPage, lessonParams, lessonTabMetadata } from "@/components/lesson/lesson-tab";

type Props = { params: Promise<{ slug: string }> };

export const generateStaticParams = lessonParams;

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  return lessonTabMetadata((await params).slug, "checks");
}

/** /topics/[slug]/checks: one of the lesson's item tabs (components/lesson/lesson-tab.tsx). */
export default async function Page({ params }: Props) {
  return <LessonTabPage slug={(await params).slug} tab="checks" />;
}
