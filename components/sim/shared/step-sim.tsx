"use client";
// The step simulators (clocks, reconcile, quorum, linearizability): their runs are a list of
// steps computed up front, their state lives in the address bar as their own short query.
// stepSimEntry adapts one to the registry's props: on the full page it reads its state from the
// address bar (the registry loads it client-only, so window is there); in a lesson it starts
// from the marker's preset. useUrlState keeps the address bar in step with the state.
import { useEffect, useState, type ComponentType } from "react";
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

/** The simulator's page URL with its state; on the full page the address bar follows it, so a reload keeps the run. */
export function useUrlState(name: string, query: string, embedded: boolean): string {
  const href = `/sim/${name}${query ? `?${query}` : ""}`;
  useEffect(() => {
    if (embedded) return;
    if (window.location.pathname + window.location.search !== href) window.history.replaceState(null, "", href);
  }, [href, embedded]);
  return href;
}
