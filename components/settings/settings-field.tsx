/**
 * A labelled input whose hint and error are tied to it (aria-describedby); the error is announced (aria-live).
 * An invalid field keeps its red border when focused, and its focus ring is red too, drawn outside the
 * border: the browser's own ring would cover the border of the one field a refused save focuses.
 */
const INVALID = "border-2 border-wrong focus:outline-2 focus:outline-offset-2 focus:outline-wrong";

export function Field(props: { name: string; label: string; hint: string; inputMode: "decimal" | "numeric" | "text"; defaultValue: string; error?: string }) {
  const { name, label, hint, inputMode, defaultValue, error } = props;
  return (
    <div className="space-y-1">
      <label htmlFor={name} className="block font-medium">
        {label}
      </label>
      <input
        id={name}
        name={name}
        type="text"
        inputMode={inputMode}
        defaultValue={defaultValue}
        key={defaultValue}
        aria-invalid={error ? true : undefined}
        aria-describedby={`${name}-hint ${name}-error`}
        className={`w-full rounded-control border bg-surface px-3 py-2 ${error ? INVALID : "border-line-strong"}`}
      />
      <p id={`${name}-hint`} className="text-small text-muted">
        {hint}
      </p>
      <p id={`${name}-error`} aria-live="polite" className="text-small font-medium text-wrong">
        {error ? `⚠ ${error}` : ""}
      </p>
    </div>
  );
}
