"use client";

import { useRef, useState } from "react";
import { Button, buttonClass } from "@/components/ui/button";
import { panelClass } from "@/components/ui/panel";
import type { RestorePlan } from "@/lib/backup/backup";

type Step =
  | { kind: "idle" }
  | { kind: "busy"; what: string }
  | { kind: "preview"; text: string; name: string; plan: RestorePlan; createdAt: string }
  | { kind: "done"; plan: RestorePlan }
  | { kind: "refused"; error: string; problems: string[] };

const LABELS: Record<string, string> = { Card: "Schedules", ReviewLog: "Review log", StudyDay: "Study days", Settings: "Settings", FsrsParams: "FSRS parameters" };

/** Your data: a backup you keep, a restore that shows what it will change first, and a way out to Anki. */
export function DataPanel() {
  const [step, setStep] = useState<Step>({ kind: "idle" });
  const fileRef = useRef<HTMLInputElement>(null);

  async function send(text: string, apply: boolean) {
    const r = await fetch(`/api/backup/restore${apply ? "?apply=1" : ""}`, { method: "POST", headers: { "content-type": "application/json" }, body: text });
    const body = (await r.json().catch(() => ({ error: `The server answered ${r.status}.` }))) as { plan?: RestorePlan; createdAt?: string; error?: string; problems?: string[] };
    return { ok: r.ok && !!body.plan, body };
  }

  async function choose(file: File) {
    setStep({ kind: "busy", what: `Checking ${file.name}…` });
    const text = await file.text();
    const { ok, body } = await send(text, false);
    if (!ok) return setStep({ kind: "refused", error: body.error ?? "This file cannot be restored.", problems: body.problems ?? [] });
    setStep({ kind: "preview", text, name: file.name, plan: body.plan!, createdAt: body.createdAt ?? "" });
  }

  async function apply(text: string) {
    setStep({ kind: "busy", what: "Restoring…" });
    const { ok, body } = await send(text, true);
    if (!ok) return setStep({ kind: "refused", error: body.error ?? "The restore failed; nothing was changed.", problems: body.problems ?? [] });
    setStep({ kind: "done", plan: body.plan! });
    if (fileRef.current) fileRef.current.value = "";
  }

  const linkClass = buttonClass("secondary");
  return (
    <section aria-labelledby="data-heading" className={panelClass("raised", "space-y-4")} data-testid="data-panel">
      <h2 id="data-heading" className="text-lg font-semibold">Your data</h2>
      <div className="space-y-2">
        <h3 className="font-medium">Backup</h3>
        <p className="text-sm text-muted">One JSON file with your schedules, review log, study days, settings, fitted parameters and any drill or quiz history.</p>
        <a href="/api/backup" download className={linkClass}>
          Download backup
        </a>
      </div>
      <div className="space-y-2">
        <h3 className="font-medium">Restore</h3>
        <p className="text-sm text-muted">
          The whole file is checked first and you see what it would change. Restoring merges by id: nothing is doubled, newer reviews here are kept.
        </p>
        <label className="block text-sm">
          <span className="mr-2">Backup file</span>
          <input ref={fileRef} type="file" accept=".json,application/json" onChange={(e) => e.target.files?.[0] && choose(e.target.files[0])} className="text-sm" />
        </label>
        <div aria-live="polite" data-testid="restore-status">
          {step.kind === "busy" ? <p>{step.what}</p> : null}
          {step.kind === "preview" ? (
            <div className="space-y-2">
              <p>
                <strong>{step.name}</strong>, made {step.createdAt ? new Date(step.createdAt).toLocaleString() : "at an unknown time"}:{" "}
                {step.plan.changes === 0 ? "nothing to change — everything in it is already here." : `${step.plan.changes} rows would change.`}
              </p>
              <PlanTable plan={step.plan} />
              <Button variant="primary" onClick={() => apply(step.text)} disabled={step.plan.changes === 0}>
                Restore these changes
              </Button>
            </div>
          ) : null}
          {step.kind === "done" ? (
            <div className="space-y-2">
              <p>
                <strong>✓ Restored.</strong> {step.plan.changes} rows added or updated.
              </p>
              <PlanTable plan={step.plan} />
            </div>
          ) : null}
        </div>
        {step.kind === "refused" ? (
          <div role="alert" className="space-y-1 text-sm" data-testid="restore-refused">
            <p className="font-medium text-wrong">✗ {step.error}</p>
            {step.problems.length ? (
              <ul className="list-disc pl-5 font-mono text-xs">
                {step.problems.map((p) => (
                  <li key={p}>{p}</li>
                ))}
              </ul>
            ) : null}
          </div>
        ) : null}
      </div>
      <div className="space-y-2">
        <h3 className="font-medium">Export to Anki</h3>
        <p className="text-sm text-muted">Every flashcard as an Anki deck (one sub-deck per lesson, tags kept) or as tab-separated text. Cards arrive new in Anki.</p>
        <div className="flex flex-wrap gap-3">
          <a href="/api/export/anki" download className={linkClass}>
            Download .apkg
          </a>
          <a href="/api/export/tsv" download className={linkClass}>
            Download TSV
          </a>
        </div>
      </div>
    </section>
  );
}

function PlanTable({ plan }: { plan: RestorePlan }) {
  return (
    <table className="text-sm" data-testid="restore-plan">
      <caption className="sr-only">What the restore changes, per kind of data</caption>
      <thead>
        <tr>
          <th scope="col" className="pr-4 text-left">Data</th>
          <th scope="col" className="pr-4 text-right">Added</th>
          <th scope="col" className="pr-4 text-right">Updated</th>
          <th scope="col" className="text-right">Unchanged or newer here</th>
        </tr>
      </thead>
      <tbody>
        {plan.tables.map((t) => (
          <tr key={t.name}>
            <th scope="row" className="pr-4 text-left font-normal">{LABELS[t.name] ?? t.name}</th>
            <td className="pr-4 text-right tabular-nums">{t.add}</td>
            <td className="pr-4 text-right tabular-nums">{t.update}</td>
            <td className="text-right tabular-nums">{t.same + t.keep}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
