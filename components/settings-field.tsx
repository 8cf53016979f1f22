/** A labelled input whose hint and error are tied to it (aria-describedby); the error is announced (aria-live). */
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
        className={`w-full rounded border bg-transparent px-3 py-2 ${error ? "border-red-600 border-2" : "border-zinc-300 dark:border-zinc-700"}`}
      />
      <p id={`${name}-hint`} className="text-sm text-zinc-600 dark:text-zinc-400">
        {hint}
      </p>
      <p id={`${name}-error`} aria-live="polite" className="text-sm font-medium text-red-700 dark:text-red-400">
        {error ? `⚠ ${error}` : ""}
      </p>
    </div>
  );
}
