/**
 * A small label: a word first, colour second (the border and text take the tone; the word carries
 * the meaning). Tones are the theme's semantic colours.
 */
export type ChipTone = "neutral" | "accent" | "correct" | "wrong" | "warn" | "again" | "hard" | "good" | "easy";

export const CHIP_TONES: Record<ChipTone, string> = {
  neutral: "border-line-strong text-muted",
  accent: "border-accent text-accent",
  correct: "border-correct text-correct",
  wrong: "border-wrong text-wrong",
  warn: "border-warn text-warn",
  again: "border-again text-again",
  hard: "border-hard text-hard",
  good: "border-good text-good",
  easy: "border-easy text-easy",
};

export function Chip({ tone = "neutral", title, className = "", children }: { tone?: ChipTone; title?: string; className?: string; children: React.ReactNode }) {
  return (
    <span data-chip="" title={title} className={`inline-flex items-center gap-1 rounded-full border px-2 py-px text-caption font-medium whitespace-nowrap ${CHIP_TONES[tone]} ${className}`}>
      {children}
    </span>
  );
}
