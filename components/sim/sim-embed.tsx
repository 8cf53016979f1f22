"use client";

import { useEffect, useRef, useState } from "react";
import { simInfo, simPreset } from "@/lib/sim-catalog";
import { SIM_COMPONENTS } from "./registry";

/**
 * A simulator in a lesson (`[[sim:NAME?preset=…]]`) or on its own page. In a lesson the code is
 * fetched only when the embed scrolls near the screen.
 */
export function SimEmbed({ name, preset, mode }: { name: string; preset: string | null; mode: "page" | "embed" }) {
  const info = simInfo(name);
  const chosen = preset ?? info?.defaultPreset ?? "";
  const presetInfo = simPreset(name, chosen);
  const Sim = SIM_COMPONENTS[name];
  const box = useRef<HTMLDivElement>(null);
  const [near, setNear] = useState(mode === "page");
  useEffect(() => {
    if (near || !box.current) return;
    const io = new IntersectionObserver((es) => es.some((e) => e.isIntersecting) && setNear(true), { rootMargin: "400px" });
    io.observe(box.current);
    return () => io.disconnect();
  }, [near]);
  if (!info || !Sim) return <p className="text-wrong">This simulator is not available.</p>;
  const body = near ? <Sim preset={chosen} mode={mode} /> : <p className="text-sm text-muted">The simulator loads when you scroll to it.</p>;
  if (mode === "page") return <div ref={box}>{body}</div>;
  return (
    <figure
      ref={box}
      className="my-6 rounded-lg border border-line bg-surface p-3"
      data-sim={name}
      data-preset={chosen}
      aria-label={`${info.title} simulator${presetInfo ? `: ${presetInfo.title}` : ""}`}
    >
      <figcaption className="mb-2 text-sm">
        <span className="font-semibold">{info.title} simulator</span>
        {presetInfo ? <span> · {presetInfo.title}</span> : null}
        {presetInfo ? <span className="block text-muted">{presetInfo.description}</span> : null}
        <a className="text-accent underline underline-offset-2" href={`/sim/${name}?preset=${chosen}`}>
          Open full page
        </a>
      </figcaption>
      {body}
    </figure>
  );
}
