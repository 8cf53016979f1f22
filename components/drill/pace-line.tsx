import Link from "next/link";
import type { PaceView } from "@/lib/drill/pace";
import { PaceSwitch } from "./pace-switch";

const day = (key: string) => new Date(`${key}T12:00:00`).toLocaleDateString("en-GB", { day: "numeric", month: "short", year: "numeric" });

/** The dashboard's interview-date line: on track, or how many new items a day it needs, and the switch. */
export function PaceLine({ pace: p }: { pace: PaceView }) {
  return (
    <div className="space-y-1 rounded-lg border border-line p-3 text-sm" data-testid="pace-line">
      <p>
        <strong>Interview on {day(p.interviewDate)}.</strong>{" "}
        {p.unseen === 0 ? (
          <span className="text-correct">On track: you have seen every card and ladder step.</span>
        ) : p.daysLeft === 0 ? (
          <span className="text-warn">
            Not on track: {p.unseen} items are still unseen and the target day ({day(p.targetDate)}, two days before) has passed.
          </span>
        ) : p.onTrack ? (
          <span className="text-correct">
            On track: {p.unseen} unseen cards and ladder steps need {p.needed} new items a day until {day(p.targetDate)}; your limit is {p.newPerDay}.
          </span>
        ) : (
          <span className="text-warn">
            Need {p.needed} new items a day to see all {p.unseen} unseen cards and ladder steps by {day(p.targetDate)}; your limit is {p.newPerDay}.
          </span>
        )}
      </p>
      {p.raised && <p className="text-muted">The daily new-card limit was raised to {p.newPerDay} to keep that pace.</p>}
      <div className="flex flex-wrap items-center gap-4">
        <PaceSwitch on={p.raiseNewLimit} needed={p.needed} />
        <Link href="/drill" className="underline underline-offset-2">
          Drill interview questions
        </Link>
      </div>
    </div>
  );
}
