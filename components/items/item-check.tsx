import type { Check } from "@/lib/content/schema";
import { CheckPractice } from "@/components/items/check-practice";
import { InlineMarkdown, Markdown } from "@/components/ui/markdown";

/**
 * A concept check: the prompt, rendered here on the server, and the practice (pick, then check
 * against the key and the explanation, which sit behind a disclosure) as a client leaf.
 */

/** A choice's text only: the practice letters choices in the order it shows them. */
function Choice({ check, id }: { check: Check; id: string }) {
  const c = check.choices.find((x) => x.id === id);
  return c ? <InlineMarkdown source={c.text} /> : null;
}

/** The key of a true/false or numeric check (choice keys are drawn by the practice, in shown letters). */
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
  return null;
}

export function ItemCheck({ check, titleId, open }: { check: Check; titleId: string; open: boolean }) {
  return (
    <>
      <Markdown id={titleId} source={check.prompt} />
      <ItemCheckPractice check={check} open={open} />
    </>
  );
}

/**
 * The practice alone (the compact lesson list shows the prompt on the row's line). Choices are
 * shuffled per attempt and lettered in the order shown (lib/content/practice-order.ts), so neither
 * position nor letter gives the key away.
 */
export function ItemCheckPractice({ check, open = false }: { check: Check; open?: boolean }) {
  return (
    <CheckPractice
      check={check}
      choices={check.choices.map((c) => ({ id: c.id, label: <Choice check={check} id={c.id} /> }))}
      answerKey={<Key check={check} />}
      explanation={<Markdown source={check.explanation} className="text-small" />}
      open={open}
    />
  );
}
