import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { SimEmbed } from "@/components/sim/sim-embed";
import { SIM_CATALOG, simInfo } from "@/lib/sim-catalog";

type Props = { params: Promise<{ name: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

export function generateStaticParams() {
  return SIM_CATALOG.map((s) => ({ name: s.name }));
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const info = simInfo((await params).name);
  return info ? { title: `${info.title} simulator`, description: info.blurb } : { title: "Simulator not found" };
}

export default async function SimPage({ params, searchParams }: Props) {
  const info = simInfo((await params).name);
  if (!info) notFound();
  const raw = (await searchParams).preset;
  const preset = typeof raw === "string" && info.presets.some((p) => p.name === raw) ? raw : info.defaultPreset;
  return (
    <div className="space-y-4">
      <header className="space-y-2">
        <p className="text-sm">
          <Link href="/sim" className="underline underline-offset-2">
            Simulators
          </Link>
          <span aria-hidden="true"> / </span>
          <span className="text-muted">{info.title}</span>
        </p>
        <h1 className="text-2xl font-semibold">{info.title} simulator</h1>
        <p className="text-muted">{info.blurb}</p>
        <nav aria-label="Presets">
          <ul className="flex flex-wrap gap-2 text-sm">
            {info.presets.map((p) => (
              <li key={p.name}>
                {/* A plain link: a new preset is a fresh run, so a full load is what we want. */}
                <a
                  href={`/sim/${info.name}?preset=${p.name}`}
                  aria-current={p.name === preset ? "page" : undefined}
                  title={p.description}
                  className={`block rounded border px-2 py-1 ${p.name === preset ? "border-accent font-semibold text-accent" : "border-line"}`}
                >
                  {p.title}
                </a>
              </li>
            ))}
          </ul>
        </nav>
        <p className="text-sm">{info.presets.find((p) => p.name === preset)?.description}</p>
      </header>
      <SimEmbed key={preset} name={info.name} preset={preset} mode="page" />
    </div>
  );
}
