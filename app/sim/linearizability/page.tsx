import type { Metadata } from "next";
import { LinearizabilitySim } from "@/components/sim/linearizability/linearizability-sim";
import { LINEARIZABILITY_PRESET_NAMES } from "@/components/sim/linearizability/view-model";
import { presetParam, toQuery, type SearchParams } from "@/components/sim/sim2-parts/query";

export const metadata: Metadata = { title: "Linearizability checker", description: "Check a history of reads and writes for linearizability, with the operation that breaks it." };

export default async function Page({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const params = await searchParams;
  return (
    <div className="space-y-4">
      <h1 className="text-2xl font-semibold">Linearizability checker</h1>
      <LinearizabilitySim query={toQuery(params)} preset={presetParam(params, LINEARIZABILITY_PRESET_NAMES, "stale-read")} />
    </div>
  );
}
