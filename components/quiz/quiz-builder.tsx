"use client";

import { useRouter } from "next/navigation";
import { useState } from "react";

export interface BuilderLesson {
  id: string;
  title: string;
  checks: number;
  families: string[];
}

const LENGTHS = [10, 20, 40] as const;

/** /quiz: choose lessons, length, source, mode and an optional time limit; Start freezes the test on the server. */
export function QuizBuilder({ lessons }: { lessons: BuilderLesson[] }) {
  const router = useRouter();
  const [chosen, setChosen] = useState<string[]>(lessons.map((l) => l.id));
  const [length, setLength] = useState<string>("10");
  const [custom, setCustom] = useState("15");
  const [source, setSource] = useState<"both" | "checks" | "generated">("both");
  const [mode, setMode] = useState<"exam" | "learn">("exam");
  const [timed, setTimed] = useState(false);
  const [minutes, setMinutes] = useState("15");
  const [error, setError] = useState("");
  const [busy, setBusy] = useState(false);
  const [testId] = useState(() => crypto.randomUUID());

  async function start(e: React.FormEvent) {
    e.preventDefault();
    const n = length === "custom" ? Number(custom) : Number(length);
    setBusy(true);
    setError("");
    try {
      const res = await fetch("/api/quiz", {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify({ id: testId, lessons: chosen, length: n, source, mode, timeLimitMinutes: timed ? Number(minutes) : null }),
      });
      const data = (await res.json().catch(() => ({}))) as { url?: string; error?: string };
      if (!res.ok || !data.url) {
        setError(data.error ?? `The server answered ${res.status}.`);
        setBusy(false);
        return;
      }
      router.push(data.url);
    } catch {
      setError("Could not reach the Quorum server. Try again.");
      setBusy(false);
    }
  }

  const radio = "h-4 w-4";
  return (
    <form onSubmit={start} className="space-y-6" aria-describedby={error ? "quiz-error" : undefined}>
      <fieldset className="space-y-2">
        <legend className="font-semibold">Lessons</legend>
        <p className="flex gap-3 text-sm">
          <button type="button" className="underline underline-offset-2" onClick={() => setChosen(lessons.map((l) => l.id))}>All</button>
          <button type="button" className="underline underline-offset-2" onClick={() => setChosen([])}>None</button>
        </p>
        <ul className="grid gap-1 sm:grid-cols-2">
          {lessons.map((l) => (
            <li key={l.id}>
              <label className="flex items-start gap-2">
                <input type="checkbox" className={`${radio} mt-1`} checked={chosen.includes(l.id)}
                  onChange={(e) => setChosen(e.target.checked ? [...chosen, l.id] : chosen.filter((x) => x !== l.id))} />
                <span>
                  {l.title}
                  <span className="block text-xs text-muted">{l.checks} concept checks{l.families.length ? ` · exercises: ${l.families.join(", ")}` : ""}</span>
                </span>
              </label>
            </li>
          ))}
        </ul>
      </fieldset>

      <fieldset className="space-y-2">
        <legend className="font-semibold">Length</legend>
        <div className="flex flex-wrap items-center gap-4">
          {LENGTHS.map((n) => (
            <label key={n} className="flex items-center gap-2">
              <input type="radio" name="length" className={radio} checked={length === String(n)} onChange={() => setLength(String(n))} /> {n} questions
            </label>
          ))}
          <label className="flex items-center gap-2">
            <input type="radio" name="length" className={radio} checked={length === "custom"} onChange={() => setLength("custom")} /> Custom
          </label>
          {length === "custom" ? (
            <label className="flex items-center gap-2 text-sm">
              Questions
              <input type="number" min={1} max={100} value={custom} onChange={(e) => setCustom(e.target.value)} className="w-20 rounded border border-line-strong bg-surface px-2 py-1" />
            </label>
          ) : null}
        </div>
      </fieldset>

      <fieldset className="space-y-2">
        <legend className="font-semibold">Questions from</legend>
        {([["both", "Both: concept checks and generated exercises"], ["checks", "The lessons' concept checks"], ["generated", "Generated exercises (a fresh variant every time, marked by the protocol engine)"]] as const).map(([v, text]) => (
          <label key={v} className="flex items-center gap-2">
            <input type="radio" name="source" className={radio} checked={source === v} onChange={() => setSource(v)} /> {text}
          </label>
        ))}
      </fieldset>

      <fieldset className="space-y-2">
        <legend className="font-semibold">Mode</legend>
        <label className="flex items-center gap-2">
          <input type="radio" name="mode" className={radio} checked={mode === "exam"} onChange={() => setMode("exam")} /> Exam: feedback at the end
        </label>
        <label className="flex items-center gap-2">
          <input type="radio" name="mode" className={radio} checked={mode === "learn"} onChange={() => setMode("learn")} /> Learn: the key and explanation after each answer
        </label>
      </fieldset>

      <fieldset className="space-y-2">
        <legend className="font-semibold">Time limit</legend>
        <label className="flex items-center gap-2">
          <input type="checkbox" className={radio} checked={timed} onChange={(e) => setTimed(e.target.checked)} /> Limit the time
        </label>
        {timed ? (
          <label className="flex items-center gap-2 text-sm">
            Minutes
            <input type="number" min={1} max={300} value={minutes} onChange={(e) => setMinutes(e.target.value)} className="w-20 rounded border border-line-strong bg-surface px-2 py-1" />
          </label>
        ) : null}
      </fieldset>

      {error ? <p id="quiz-error" role="alert" className="rounded border border-wrong px-3 py-2 text-sm text-wrong">{error}</p> : null}
      <button type="submit" disabled={busy} className="rounded-lg bg-accent-fill px-5 py-2.5 font-medium text-on-accent disabled:opacity-50">
        {busy ? "Building…" : "Start the test"}
      </button>
    </form>
  );
}
