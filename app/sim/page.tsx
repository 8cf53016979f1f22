import type { Metadata } from "next";
import Link from "next/link";
import { SIM_THUMBNAILS } from "@/components/sim/thumbnails";
import { SIM_CATALOG } from "@/lib/sim-catalog";

export const metadata: Metadata = { title: "Simulators" };

export default function SimIndexPage() {
  return (
    <div className="space-y-6">
      <div className="space-y-2">
        <h1 className="text-2xl font-semibold">Simulators</h1>
        <p className="text-muted">
          Every protocol in the lessons, running live. Runs are seeded: a copied link replays the same run, event for event.
        </p>
      </div>
      <ul className="grid gap-4 sm:grid-cols-2" aria-label="Simulators">
        {SIM_CATALOG.map((s) => {
          const Thumb = SIM_THUMBNAILS[s.name];
          return (
            <li key={s.name} className="flex gap-3 rounded-lg border border-line p-3">
              {Thumb ? <Thumb /> : null}
              <div>
                <h2 className="font-semibold">
                  <Link href={`/sim/${s.name}`} className="underline-offset-4 hover:underline">
                    {s.title}
                  </Link>
                </h2>
                <p className="text-sm text-muted">{s.blurb}</p>
              </div>
            </li>
          );
        })}
      </ul>
    </div>
  );
}
