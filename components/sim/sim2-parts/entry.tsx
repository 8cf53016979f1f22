"use client";
// Adapts a step-based simulator of this set (clocks, reconcile, quorum, linearizability) to the
// registry's props: on the full page it reads its state from the address bar (the registry
// loads it client-only, so window is there); in a lesson it starts from the marker's preset.
import { useState, type ComponentType } from "react";
import type { SimComponentProps } from "../registry";

export interface StepSimProps<P extends string> {
  query?: string;
  preset?: P;
  embedded?: boolean;
}

export function stepSimEntry<P extends string>(Sim: ComponentType<StepSimProps<P>>, presets: readonly P[], fallback: P) {
  return function StepSimEntry({ preset, mode }: SimComponentProps) {
    const [query] = useState(() => (mode === "page" && typeof window !== "undefined" ? window.location.search.slice(1) : ""));
    const chosen = (presets as readonly string[]).includes(preset) ? (preset as P) : fallback;
    return <Sim query={query} preset={chosen} embedded={mode === "embed"} />;
  };
}
