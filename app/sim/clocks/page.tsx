import type { Metadata } from "next";
import { ClocksSim } from "@/components/sim/clocks/clocks-sim";
import { CLOCK_PRESET_NAMES } from "@/components/sim/clocks/view-model";
import { presetParam, toQuery, type SearchParams } from "@/components/sim/sim2-parts/query";

export const metadata: Metadata = { title: "Clocks simulator", description: "Lamport and vector clocks on a space-time diagram: happens-before or concurrent." };

export default async function Page({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const params = await searchParams;
  return (
    <div className="space-y-4">
      <h1 className="text-2xl font-semibold">Clocks simulator</h1>
      <ClocksSim query={toQuery(params)} preset={presetParam(params, CLOCK_PRESET_NAMES, "three-processes")} />
    </div>
  );
}
