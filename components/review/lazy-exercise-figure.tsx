"use client";

import dynamic from "next/dynamic";
import type { ReviewCardView } from "@/lib/srs/view";

const load = () => import("@/components/quiz/figures/exercise-figure");

/**
 * An exercise's picture in /review. It is drawn by the simulators' components, whose code loads
 * only once an exercise is on screen or on its way (`preloadFigures`): a session of cards ships
 * none of it.
 */
export const LazyExerciseFigure = dynamic(() => load().then((m) => m.ExerciseFigureView), {
  loading: () => (
    <p role="status" className="my-3 text-small text-muted">
      Drawing the picture…
    </p>
  ),
});

/** Starts loading the drawings when a card with a picture is shown or among those sent ahead. */
export function preloadFigures(cards: readonly (ReviewCardView | null)[]): void {
  if (cards.some((c) => c?.question?.figure)) void load();
}
