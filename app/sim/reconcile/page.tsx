import type { Metadata } from "next";
import { ReconcileSim } from "@/components/sim/reconcile/reconcile-sim";
import { RECONCILE_PRESET_NAMES } from "@/components/sim/reconcile/view-model";
import { presetParam, toQuery, type SearchParams } from "@/components/sim/sim2-parts/query";

export const metadata: Metadata = { title: "Log reconciliation simulator", description: "Raft's Figure 7 follower logs brought back in line one AppendEntries at a time." };

export default async function Page({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const params = await searchParams;
  return (
    <div className="space-y-4">
      <h1 className="text-2xl font-semibold">Log reconciliation simulator</h1>
      <ReconcileSim query={toQuery(params)} preset={presetParam(params, RECONCILE_PRESET_NAMES, "figure-7")} />
    </div>
  );
}
