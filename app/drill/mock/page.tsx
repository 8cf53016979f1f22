import type { Metadata } from "next";
import Link from "next/link";
import { connection } from "next/server";
import { StartDrill } from "@/components/drill/start-drill";
import { getDrillSettings } from "@/lib/drill/settings";
import { sqlite } from "@/lib/sqlite";

export const metadata: Metadata = { title: "Mock interview" };

/** /drill/mock: a timed session of 4–6 questions across lessons, weighted to what is due and weak. */
export default async function MockPage() {
  await connection();
  const s = await getDrillSettings(sqlite());
  return (
    <div className="space-y-6">
      <div className="space-y-1">
        <h1 className="text-2xl font-semibold">Mock interview</h1>
        <p className="text-muted">
          {s.mockMinutes} minutes by default, Live: each step has a time box ({Math.round(s.questionSeconds / 60)} min for a question,{" "}
          {Math.round(s.rungSeconds / 60)} min per follow-up) and each question ends at your floor. The questions come from several lessons, weighted to
          what is due and where you were weak. The end report shows your floor per question, the key points you covered, the time per step, a score
          per lesson and what to study next.
        </p>
      </div>
      <StartDrill kind="mock" lengthMinutes={s.mockMinutes} choices={[{ scope: "mock", label: "Start the mock interview", testId: "start-mock" }]} />
      <p className="text-sm">
        <Link href="/drill" className="underline underline-offset-2">
          Back to drills
        </Link>
      </p>
    </div>
  );
}
