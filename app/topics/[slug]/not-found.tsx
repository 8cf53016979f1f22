import Link from "next/link";

export default function LessonNotFound() {
  return (
    <div className="space-y-4">
      <h1 className="text-title">Lesson not found</h1>
      <p>
        There is no lesson at this address.{" "}
        <Link href="/topics" className="text-accent underline underline-offset-2">
          See all topics
        </Link>
        .
      </p>
    </div>
  );
}
