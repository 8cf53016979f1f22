"use client";

// Simulator name → its component, each loaded lazily (next/dynamic, client only) so a page
// ships a simulator's code only when it shows one. Names, titles and presets live in
// lib/sim-catalog.ts; add the catalog entry first, then the line here.

import dynamic from "next/dynamic";
import type { ComponentType } from "react";

export interface SimComponentProps {
  preset: string;
  mode: "page" | "embed";
}

const loading = () => <p className="text-sm text-muted">Loading the simulator…</p>;

export const SIM_COMPONENTS: Partial<Record<string, ComponentType<SimComponentProps>>> = {
  raft: dynamic(() => import("./raft/raft-sim"), { ssr: false, loading }),
  paxos: dynamic(() => import("./paxos/paxos-sim"), { ssr: false, loading }),
  "two-phase-commit": dynamic(() => import("./two-phase-commit/tpc-sim"), { ssr: false, loading }),
  "split-brain": dynamic(() => import("./split-brain/split-brain-sim"), { ssr: false, loading }),
  // sim2: clocks, reconcile, linearizability, quorum
  clocks: dynamic(() => import("./clocks/clocks-sim"), { ssr: false, loading }),
  reconcile: dynamic(() => import("./reconcile/reconcile-sim"), { ssr: false, loading }),
  linearizability: dynamic(() => import("./linearizability/linearizability-sim"), { ssr: false, loading }),
  quorum: dynamic(() => import("./quorum/quorum-sim"), { ssr: false, loading }),
};
