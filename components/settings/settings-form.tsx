"use client";

import { useActionState, useEffect, useRef, useState } from "react";
import type { SettingsFormState } from "@/app/settings/actions";
import { settingsErrors, settingsSchema, type FieldErrors, type ReviewSettings, type SettingsField } from "@/lib/srs/settings-schema";
import { Field } from "@/components/settings/settings-field";
import { buttonClass } from "@/components/ui/button";

type Action = (prev: SettingsFormState, form: FormData) => Promise<SettingsFormState>;

const FIELDS: { name: Exclude<SettingsField, "fuzz">; label: string; hint: string; inputMode: "decimal" | "numeric" | "text" }[] = [
  { name: "desiredRetention", label: "Desired retention", hint: "0.70–0.99. The chance you still recall a card when it comes due; higher means more reviews.", inputMode: "decimal" },
  { name: "newPerDay", label: "New cards per day", hint: "New cards introduced per study day, lesson by lesson.", inputMode: "numeric" },
  { name: "reviewsPerDay", label: "Maximum reviews per day", hint: "Review cards shown per study day; overdue cards beyond it wait.", inputMode: "numeric" },
  { name: "learningSteps", label: "Learning steps", hint: 'Delays for a new card before it graduates, e.g. "1m 10m". Units m, h, d.', inputMode: "text" },
  { name: "relearningSteps", label: "Relearning steps", hint: 'Delays after you forget a review card, e.g. "10m". Empty lets FSRS decide.', inputMode: "text" },
  { name: "maximumInterval", label: "Maximum interval (days)", hint: "No card waits longer than this between reviews.", inputMode: "numeric" },
  { name: "dayStartHour", label: "Next day starts at (hour, 0–23)", hint: "Reviews before this hour count for the previous day, like Anki's 4 am.", inputMode: "numeric" },
];

/** The settings form: the same zod schema checks it here (instantly) and in the server action. */
export function SettingsForm({ settings, action }: { settings: ReviewSettings; action: Action }) {
  const initial: SettingsFormState = {
    status: "idle",
    errors: {},
    values: Object.fromEntries(Object.entries(settings).map(([k, v]) => [k, String(v)])),
  };
  const [state, formAction, pending] = useActionState(action, initial);
  const [clientErrors, setClientErrors] = useState<FieldErrors | null>(null);
  const errors = clientErrors ?? state.errors;
  const formRef = useRef<HTMLFormElement>(null);
  const saveRef = useRef<HTMLButtonElement>(null);

  /** Focus the first field (in form order) that has an error; its description carries the message. */
  function focusFirstInvalid(errs: FieldErrors) {
    const first = FIELDS.find((f) => errs[f.name]);
    if (first) formRef.current?.querySelector<HTMLInputElement>(`#${first.name}`)?.focus();
  }

  // After the server answers: a refusal focuses the first invalid field; a save keeps focus on
  // Save (React resets the form after an action, which would otherwise drop focus to <body>).
  useEffect(() => {
    if (state.status === "invalid") focusFirstInvalid(state.errors);
    if (state.status === "saved") saveRef.current?.focus();
  }, [state]);

  function check(form: HTMLFormElement): boolean {
    const data = Object.fromEntries(new FormData(form).entries());
    const r = settingsSchema.safeParse(data);
    const errs = r.success ? {} : settingsErrors(r.error);
    setClientErrors(errs);
    if (!r.success) focusFirstInvalid(errs);
    return r.success;
  }

  const invalid = state.status === "invalid" || (clientErrors !== null && Object.keys(clientErrors).length > 0);
  const invalidCount = Object.keys(errors).length;

  return (
    <form
      ref={formRef}
      action={formAction}
      noValidate
      onSubmit={(e) => {
        if (pending || !check(e.currentTarget)) e.preventDefault();
        else setClientErrors(null);
      }}
      className="max-w-xl space-y-5"
      aria-describedby="settings-status"
    >
      {FIELDS.map((f) => (
        <Field key={f.name} {...f} defaultValue={state.values[f.name] ?? ""} error={errors[f.name]} />
      ))}
      <div className="flex items-start gap-3">
        <input
          id="fuzz"
          name="fuzz"
          type="checkbox"
          value="on"
          defaultChecked={state.values.fuzz === "true"}
          key={state.values.fuzz}
          aria-describedby="fuzz-hint"
          className="mt-1 size-4 accent-accent pointer-coarse:size-6"
        />
        <div>
          <label htmlFor="fuzz" className="font-medium">
            Fuzz intervals
          </label>
          <p id="fuzz-hint" className="text-small text-muted">
            Spread reviews by a few percent so cards learned together do not stay bunched.
          </p>
        </div>
      </div>
      <div className="space-y-1">
        <label htmlFor="newCardOrder" className="block font-medium">
          New card order
        </label>
        <select
          id="newCardOrder"
          name="newCardOrder"
          defaultValue={state.values.newCardOrder ?? "lesson"}
          key={`order-${state.values.newCardOrder}`}
          aria-describedby="newCardOrder-hint"
          className="rounded-lg border border-line-strong bg-surface px-3 py-2"
        >
          <option value="lesson">Lesson by lesson</option>
          <option value="interleaved">Interleaved across lessons</option>
        </select>
        <p id="newCardOrder-hint" className="text-sm text-muted">
          Lesson by lesson finishes one lesson&apos;s new cards before the next; interleaved takes the first new card of each lesson in turn, then the second, and so on.
        </p>
      </div>
      <div className="flex items-center gap-4">
        {/* aria-disabled, not disabled: a disabled button loses keyboard focus while saving. */}
        <button
          ref={saveRef}
          type="submit"
          aria-disabled={pending || undefined}
          className={buttonClass("primary")}
        >
          {pending ? "Saving…" : "Save settings"}
        </button>
        <p id="settings-status" role="status" className="text-small">
          {state.status === "saved" && !clientErrors ? "Settings saved." : ""}
          {state.status === "refused" && !clientErrors ? `Not saved: ${state.message ?? "the request was refused."}` : ""}
          {invalid ? `Not saved: fix the ${invalidCount === 1 ? "field" : `${invalidCount} fields`} marked above.` : ""}
        </p>
      </div>
    </form>
  );
}
