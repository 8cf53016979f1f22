"use client";

import { useEffect, useState } from "react";
import { clock } from "@/lib/drill/rules";

/**
 * A Live time box: counts down from `limitMs` since `startMs` (server time; `offset` is server
 * minus client clock) and then shows the overtime, in words as well as colour. It never stops
 * the learner: the step can be answered and graded whenever they are ready.
 */
export function StepTimer({ label, startMs, limitMs, offset, testId }: { label: string; startMs: number; limitMs: number; offset: number; testId: string }) {
  const [now, setNow] = useState<number | null>(null);
  useEffect(() => {
    const tick = () => setNow(Date.now() + offset);
    const first = setTimeout(tick, 0);
    const id = setInterval(tick, 250);
    return () => {
      clearTimeout(first);
      clearInterval(id);
    };
  }, [offset]);
  if (now === null) return <span data-testid={testId}>{label}: {clock(limitMs)} left</span>;
  const left = startMs + limitMs - now;
  if (left >= 0) {
    return (
      <span data-testid={testId} data-over="false">
        {label}: {clock(left)} left
      </span>
    );
  }
  return (
    <span data-testid={testId} data-over="true" className="font-medium text-warn">
      {label}: over time by {clock(-left)} <span aria-hidden="true">⏱</span>
    </span>
  );
}
