"use client";

import { useRouter } from "next/navigation";
import { useState } from "react";
import type { DrillSettings } from "@/lib/drill/settings";

/** Drill settings on /settings: Live time boxes, mock length, interview date, rungs in /review. */
export function DrillSettingsForm({ settings }: { settings: DrillSettings }) {
  const router = useRouter();
  const [status, setStatus] = useState<{ ok: boolean; text: string } | null>(null);
  const [fields, setFields] = useState<Record<string, string>>({});

  async function onSubmit(e: React.FormEvent<HTMLFormElement>) {
    e.preventDefault();
    const form = new FormData(e.currentTarget);
    const body: Record<string, unknown> = Object.fromEntries(form.entries());
    body.mixRungs = form.get("mixRungs") === "on";
    body.raiseNewLimit = form.get("raiseNewLimit") === "on";
    try {
      const res = await fetch("/api/drill/settings", { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify(body) });
      const data = (await res.json().catch(() => ({}))) as { error?: string; fields?: Record<string, string> };
      if (!res.ok) {
        setFields(data.fields ?? {});
        setStatus({ ok: false, text: data.error ?? `The server answered ${res.status}.` });
        return;
      }
      setFields({});
      setStatus({ ok: true, text: "Drill settings saved." });
      router.refresh();
    } catch {
      setStatus({ ok: false, text: "Could not reach the Quorum server; nothing was saved." });
    }
  }

  const field = (name: keyof DrillSettings, label: string, input: React.ReactNode, help?: string) => (
    <div className="space-y-1">
      <label htmlFor={`drill-${name}`} className="block text-sm font-medium">
        {label}
      </label>
      {input}
      {help && <p className="text-xs text-muted">{help}</p>}
      {fields[name] && (
        <p className="text-sm text-wrong" role="alert">
          {fields[name]}
        </p>
      )}
    </div>
  );
  const num = "w-28 rounded border border-line-strong bg-surface px-2 py-1";

  return (
    <section id="drill-settings" aria-labelledby="drill-settings-title" className="space-y-4 border-t border-line pt-6">
      <h2 id="drill-settings-title" className="text-xl font-semibold">
        Drills and interview date
      </h2>
      <form onSubmit={onSubmit} className="space-y-4" noValidate>
        {field("questionSeconds", "Live: time for the opening question (seconds)", <input id="drill-questionSeconds" name="questionSeconds" type="number" min={30} max={1800} defaultValue={settings.questionSeconds} className={num} />)}
        {field("rungSeconds", "Live: time per follow-up (seconds)", <input id="drill-rungSeconds" name="rungSeconds" type="number" min={30} max={1800} defaultValue={settings.rungSeconds} className={num} />)}
        {field("mockMinutes", "Mock interview length (minutes)", <input id="drill-mockMinutes" name="mockMinutes" type="number" min={10} max={180} defaultValue={settings.mockMinutes} className={num} />)}
        {field(
          "interviewDate",
          "Interview date",
          <input id="drill-interviewDate" name="interviewDate" type="date" defaultValue={settings.interviewDate ?? ""} className="rounded border border-line-strong bg-surface px-2 py-1" />,
          "The dashboard then says whether you will have seen every card and ladder step once two days before it.",
        )}
        <label className="flex items-center gap-2 text-sm">
          <input type="checkbox" name="raiseNewLimit" defaultChecked={settings.raiseNewLimit} /> Raise the daily new-card limit to the pace the interview date needs
        </label>
        <label className="flex items-center gap-2 text-sm">
          <input type="checkbox" name="mixRungs" defaultChecked={settings.mixRungs} /> Also show due ladder steps in /review
        </label>
        <button type="submit" className="rounded-lg bg-accent-fill px-4 py-2 font-medium text-on-accent">
          Save drill settings
        </button>
        {status && (
          <p role="status" className={`text-sm ${status.ok ? "text-correct" : "text-wrong"}`}>
            {status.text}
          </p>
        )}
      </form>
    </section>
  );
}
