import Link from "next/link";
import { DUE_STATE_LABELS, DUE_STATES, KINDS, MAX_QUERY, type BrowseFilter, type BrowseProblems } from "@/lib/srs/browse-filter";
import { KIND_LABELS } from "@/components/items/item-meta";
import { Button } from "@/components/ui/button";
import { panelClass } from "@/components/ui/panel";

/**
 * The browser's filters as a plain GET form: the URL is the state (bookmarkable, back button
 * works) and it submits without JavaScript. Empty fields mean "any".
 */

const field = "w-full rounded-control border border-line-strong bg-surface px-2 py-1.5 pointer-coarse:min-h-target";
const optionClass = "bg-surface text-ink";
const DUE_STATE_LABELS_LIST: [string, string][] = DUE_STATES.map((d) => [d, DUE_STATE_LABELS[d]]);

const errorText = "text-small font-medium text-wrong";

function Select(props: { name: string; label: string; value: string | undefined; options: [string, string][]; error?: string; describedBy?: string }) {
  const { name, label, value, options, error, describedBy } = props;
  const ids = [describedBy, error ? `f-${name}-error` : undefined].filter(Boolean).join(" ");
  return (
    <div className="space-y-1">
      <label htmlFor={`f-${name}`} className="block text-small font-medium">
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
    <form method="get" action="/browse" role="search" aria-label="Filter items" className={panelClass("raised", "space-y-3")}>
      <div className="space-y-1">
        <label htmlFor="f-q" className="block text-small font-medium">
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
        <p id="f-q-hint" className="text-caption text-muted">
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
          <label htmlFor="f-tag" className="block text-small font-medium">
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
      <p id="f-cards-hint" className="text-caption text-muted">
        Only cards have a schedule: a due state or &quot;Suspended&quot; shows cards only; &quot;Not suspended&quot; keeps concept checks and interview
        ladders, which are never suspended.
      </p>
      <div className="flex items-center gap-4">
        <Button type="submit" variant="primary">
          Search
        </Button>
        <Link href="/browse" className="text-small text-accent underline underline-offset-2">
          Clear filters
        </Link>
      </div>
    </form>
  );
}
