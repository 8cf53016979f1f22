import { renderInline, renderMarkdown } from "@/lib/content/render";
import type { Check } from "@/lib/content/schema";

/** A concept check: prompt and choices; the key and the explanation behind a disclosure. */

const HINTS: Record<Check["type"], string> = {
  single: "Choose one.",
  multi: "Choose every correct answer.",
  truefalse: "True or false?",
  numeric: "Answer with a number.",
  ordering: "Put these in order.",
};

function Choice({ check, id }: { check: Check; id: string }) {
  const c = check.choices.find((x) => x.id === id);
  return (
    <>
      <span className="font-mono">{id})</span> {c ? <span dangerouslySetInnerHTML={{ __html: renderInline(c.text) }} /> : null}
    </>
  );
}

function Key({ check }: { check: Check }) {
  const a = check.answer;
  if (check.type === "truefalse") return <p>{a === true || a === "true" ? "True" : "False"}</p>;
  if (check.type === "numeric")
    return (
      <p className="tabular-nums">
        {String(a)}
        {check.tolerance ? ` ± ${check.tolerance}` : ""}
        {check.unit ? ` ${check.unit}` : ""}
      </p>
    );
  const ids = Array.isArray(a) ? a : [String(a)];
  const List = check.type === "ordering" ? "ol" : "ul";
  return (
    <List className={check.type === "ordering" ? "list-decimal pl-6" : "space-y-0.5"}>
      {ids.map((id) => (
        <li key={id}>
          <Choice check={check} id={id} />
        </li>
      ))}
    </List>
  );
}

export function ItemCheck({ check, titleId, open }: { check: Check; titleId: string; open: boolean }) {
  return (
    <>
      <div id={titleId} className="md" dangerouslySetInnerHTML={{ __html: renderMarkdown(check.prompt) }} />
      <p className="mt-1 text-xs text-zinc-600 dark:text-zinc-400">
        {HINTS[check.type]}
        {check.type === "numeric" && check.unit ? ` (${check.unit})` : ""}
      </p>
      {check.choices.length ? (
        <ul aria-label="Choices" className="mt-2 space-y-1">
          {check.choices.map((c) => (
            <li key={c.id}>
              <Choice check={check} id={c.id} />
            </li>
          ))}
        </ul>
      ) : null}
      <details open={open} className="mt-3">
        <summary className="cursor-pointer text-sm font-medium">Answer and explanation</summary>
        <div className="mt-2 space-y-2">
          <div className="font-medium">
            <p className="text-xs uppercase tracking-wide text-zinc-600 dark:text-zinc-400">Correct answer</p>
            <Key check={check} />
          </div>
          <div className="md text-sm" dangerouslySetInnerHTML={{ __html: renderMarkdown(check.explanation) }} />
        </div>
      </details>
    </>
  );
}
