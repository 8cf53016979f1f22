"use client";

import { useRouter } from "next/navigation";
import { useState } from "react";
import { drillApi, type StartAnswer } from "./drill-api";

export interface StartChoice {
  scope: string; // ladder:<id> | lesson:<id> | due | surprise | mock
  label: string;
  detail?: string;
  disabled?: boolean;
  testId?: string;
}

/**
 * The start buttons of /drill and /drill/mock: pick Practice or Live (a mock is always Live),
 * then one scope. The session id is generated here, so a double click or a retry starts one drill.
 */
export function StartDrill({ choices, kind = "drill", lessons, defaultLesson, lengthMinutes }: { choices: StartChoice[]; kind?: "drill" | "mock"; lessons?: { id: string; title: string; ladders: number }[]; defaultLesson?: string; lengthMinutes?: number }) {
  const router = useRouter();
  const [mode, setMode] = useState<"practice" | "live">(kind === "mock" ? "live" : "practice");
  const [lesson, setLesson] = useState(defaultLesson ?? lessons?.[0]?.id ?? "");
  const [minutes, setMinutes] = useState(lengthMinutes ?? 45);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  async function start(scope: string) {
    setBusy(true);
    setError(null);
    const id = crypto.randomUUID();
    const body: Record<string, unknown> = { id, kind, mode, scope };
    if (kind === "mock") body.lengthMinutes = minutes;
    const res = await drillApi<StartAnswer>("start", body);
    if (!res.ok) {
      setBusy(false);
      setError(res.message);
      return;
    }
    router.push(`/drill/${res.data.session.id}`);
  }

  return (
    <div className="space-y-5">
      {kind === "drill" ? (
        <fieldset className="space-y-1">
          <legend className="text-sm font-medium">Mode</legend>
          <div className="flex flex-wrap gap-4 text-sm">
            <label className="flex items-center gap-2">
              <input type="radio" name="mode" value="practice" checked={mode === "practice"} onChange={() => setMode("practice")} />
              Practice — no clock; go on past your floor if you like
            </label>
            <label className="flex items-center gap-2">
              <input type="radio" name="mode" value="live" checked={mode === "live"} onChange={() => setMode("live")} />
              Live — a timer per step; the question ends at your floor
            </label>
          </div>
        </fieldset>
      ) : (
        <label className="flex items-center gap-2 text-sm">
          Length (minutes)
          <input type="number" min={10} max={180} value={minutes} onChange={(e) => setMinutes(Number(e.target.value))} className="w-20 rounded border border-line-strong bg-surface px-2 py-1" />
        </label>
      )}
      <ul className="flex flex-wrap gap-3">
        {choices.map((c) => (
          <li key={c.scope}>
            <button
              type="button"
              disabled={busy || c.disabled}
              onClick={() => void start(c.scope)}
              data-testid={c.testId}
              className="rounded-lg bg-accent-fill px-4 py-2 text-left font-medium text-on-accent disabled:opacity-50"
            >
              {c.label}
              {c.detail && <span className="block text-xs font-normal">{c.detail}</span>}
            </button>
          </li>
        ))}
      </ul>
      {lessons && lessons.length > 0 && (
        <div className="flex flex-wrap items-end gap-3">
          <label className="text-sm">
            <span className="block font-medium">A whole lesson</span>
            <select value={lesson} onChange={(e) => setLesson(e.target.value)} className="rounded border border-line-strong bg-surface px-2 py-1.5">
              {lessons.map((l) => (
                <option key={l.id} value={l.id}>
                  {l.title} ({l.ladders} {l.ladders === 1 ? "question" : "questions"})
                </option>
              ))}
            </select>
          </label>
          <button type="button" disabled={busy || !lesson} onClick={() => void start(`lesson:${lesson}`)} className="rounded-lg border border-line-strong px-4 py-2 font-medium">
            Drill this lesson
          </button>
        </div>
      )}
      {error && (
        <p role="alert" className="rounded border border-wrong px-3 py-2 text-sm">
          <span className="font-medium text-wrong">Could not start:</span> {error}
        </p>
      )}
    </div>
  );
}
