/** Anki-style short interval labels: "<1m", "10m", "5h", "3d", "2.5mo", "1.2y". */
export function formatInterval(ms: number): string {
  const min = ms / 60_000;
  if (min < 1) return "<1m";
  if (min < 60) return `${Math.round(min)}m`;
  const h = min / 60;
  if (h < 24) return `${Math.round(h)}h`;
  const d = h / 24;
  if (d < 30) return `${Math.round(d)}d`;
  if (d < 365) return `${trim(d / 30)}mo`;
  return `${trim(d / 365)}y`;
}

const trim = (n: number) => (Math.round(n * 10) / 10).toString();

/** "in 3 h", "in 12 min", "in 2 days" — for "nothing due, next card in …". */
export function formatUntil(ms: number): string {
  const min = Math.max(0, ms) / 60_000;
  if (min < 1) return "in under a minute";
  if (min < 60) return `in ${Math.round(min)} min`;
  const h = min / 60;
  if (h < 24) return `in ${Math.round(h)} h`;
  const d = Math.round(h / 24);
  return `in ${d} day${d === 1 ? "" : "s"}`;
}

/**
 * When the next card comes, for an empty queue's "next card …": a card held back by today's limits
 * comes when the next study day starts (queue.ts nextDueAt gives exactly that time), which reads
 * better as such than as "in 13 h". Times are local: the server and the learner share a machine.
 */
export function formatNextCard(nextDueAt: string, nextDayStartsAt: string, now: number): string {
  const at = new Date(nextDueAt);
  if (nextDueAt === nextDayStartsAt)
    return `at the start of tomorrow's study day (${at.toLocaleTimeString("en", { hour: "2-digit", minute: "2-digit", hourCycle: "h23" })})`;
  return `${formatUntil(at.getTime() - now)} (${at.toLocaleString("en", { weekday: "short", hour: "2-digit", minute: "2-digit" })})`;
}
