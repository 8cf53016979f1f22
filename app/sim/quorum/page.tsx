import type { Metadata } from "next";
import { QuorumSim } from "@/components/sim/quorum/quorum-sim";
import { QUORUM_PRESET_NAMES } from "@/components/sim/quorum/view-model";
import { presetParam, toQuery, type SearchParams } from "@/components/sim/sim2-parts/query";

export const metadata: Metadata = { title: "Quorum simulator", description: "Which quorums overlap, and how many failures each choice survives." };

export default async function Page({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const params = await searchParams;
  return (
    <div className="space-y-4">
      <h1 className="text-2xl font-semibold">Quorum simulator</h1>
      <QuorumSim query={toQuery(params)} preset={presetParam(params, QUORUM_PRESET_NAMES, "majority")} />
    </div>
  );
}
