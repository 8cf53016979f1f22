import Link from "next/link";
import { DUE_STATE_LABELS, DUE_STATES, KINDS, MAX_QUERY, type BrowseFilter, type BrowseProblems } from "@/lib/srs/browse-filter";
import { KIND_LABELS } from "@/components/items/item-meta";

/**
 * The browser's filters as a plain GET form: the URL is the state (bookmarkable, back button
 * works) and it submits without JavaScript. Empty fields mean "any".
 */

const field = "w-full rounded border border-zinc-300 bg-transparent px-2 py-1.5 dark:border-zinc-700";
const optionClass = "bg-white dark:bg-zinc-900";
const DUE_STATE_LABELS_LIST: [string, string][] = DUE_STATES.map((d) => [d, DUE_STATE_LABELS[d]]);

const errorText = "text-sm font-medium text-red-700 dark:text-red-400";

function Select(props: { name: string; label: string; value: string | undefined; options: [string, string][]; error?: string; describedBy?: string }) {
  const { name, label, value, options, error, describedBy } = props;
  const ids = [describedBy, error ? `f-${name}-error` : undefined].filter(Boolean).join(" ");
  return (
    <div className="space-y-1">
      <label htmlFor={`f-${name}`} className="block text-sm font-medium">
        {label}
      </label>
      <select id={`f-${name}`} name={name} defaultValue={value ?? ""} className={field} aria-invalid={error ? true : undefined} aria-describedby={ids || undefined}>
        <option value="" className={optionClass}>
          Any
        </option>
        {options.map(([v, text]) => (
          <option key={v} value={v} className={optionClass}>
            {text}
          </option>
        ))}
      </select>
      {error ? (
        <p id={`f-${name}-error`} className={errorText}>
          ⚠ {error}
        </p>
      ) : null}
    </div>
  );
}

export function BrowseFilters(props: { filter: BrowseFilter; problems: BrowseProblems; lessons: { id: string; title: string }[]; tags: string[] }) {
  const { filter, problems, lessons, tags } = props;
  // An unknown lesson stays selected under its own name, so the menu never claims "Any".
  const lessonOptions: [string, string][] = lessons.map((l) => [l.id, l.title]);
  if (problems.lesson?.id !== undefined) lessonOptions.unshift([problems.lesson.id, `Unknown lesson: ${problems.lesson.id}`]);
  return (
    <form method="get" action="/browse" role="search" aria-label="Filter items" className="space-y-3 rounded-lg border border-zinc-200 p-4 dark:border-zinc-800">
      <div className="space-y-1">
        <label htmlFor="f-q" className="block text-sm font-medium">
          Search text
        </label>
        <input
          id="f-q"
          name="q"
          type="search"
          defaultValue={problems.q?.typed ?? filter.q ?? ""}
          maxLength={MAX_QUERY * 4} /* the server reports anything over MAX_QUERY; this only stops runaway pastes */
          aria-invalid={problems.q ? true : undefined}
          aria-describedby={problems.q ? "f-q-error f-q-hint" : "f-q-hint"}
          className={field}
        />
        {problems.q ? (
          <p id="f-q-error" className={errorText}>
            ⚠ {problems.q.message}
          </p>
        ) : null}
        <p id="f-q-hint" className="text-xs text-zinc-600 dark:text-zinc-400">
          Every word must appear (front, back, prompt, choices, explanation, question, answers, id or tags); &quot;quote&quot; a phrase; #tag
          finds a tag.
        </p>
      </div>
      <div className="grid grid-cols-2 gap-3 sm:grid-cols-3">
        <Select name="lesson" label="Lesson" value={filter.lesson} options={lessonOptions} error={problems.lesson?.message} />
        <Select name="kind" label="Kind" value={filter.kind} options={KINDS.map((k) => [k, KIND_LABELS[k]])} error={problems.kind?.message} />
        <Select
          name="level"
          label="Level"
          value={filter.level?.toString()}
          options={[["1", "1 · core"], ["2", "2 · working"], ["3", "3 · deep"]]}
          error={problems.level?.message}
        />
        <div className="space-y-1">
          <label htmlFor="f-tag" className="block text-sm font-medium">
            Tag
          </label>
          <input
            id="f-tag"
            name="tag"
            list="f-tags"
            defaultValue={filter.tag ?? ""}
            className={field}
            autoComplete="off"
            aria-invalid={problems.tag ? true : undefined}
            aria-describedby={problems.tag ? "f-tag-error" : undefined}
          />
          {problems.tag ? (
            <p id="f-tag-error" className={errorText}>
              ⚠ {problems.tag.message}
            </p>
          ) : null}
          <datalist id="f-tags">
            {tags.map((t) => (
              <option key={t} value={t} />
            ))}
          </datalist>
        </div>
        <Select name="due" label="Due state (cards)" value={filter.due} options={DUE_STATE_LABELS_LIST} describedBy="f-cards-hint" error={problems.due?.message} />
        <Select
          name="suspended"
          label="Suspended (cards)"
          value={filter.suspended}
          options={[["yes", "Suspended"], ["no", "Not suspended"]]}
          describedBy="f-cards-hint"
          error={problems.suspended?.message}
        />
      </div>
      <p id="f-cards-hint" className="text-xs text-zinc-600 dark:text-zinc-400">
        Only cards have a schedule: a due state or &quot;Suspended&quot; shows cards only; &quot;Not suspended&quot; keeps concept checks and interview
        ladders, which are never suspended.
      </p>
      <div className="flex items-center gap-4">
        <button
          type="submit"
          className="rounded-lg bg-zinc-900 px-4 py-2 font-medium text-white hover:bg-zinc-700 focus-visible:outline-2 focus-visible:outline-offset-2 dark:bg-zinc-100 dark:text-zinc-900 dark:hover:bg-zinc-300"
        >
          Search
        </button>
        <Link href="/browse" className="text-sm underline underline-offset-2">
          Clear filters
        </Link>
      </div>
    </form>
  );
}
