import type { Check } from "@/lib/content/schema";
import { shownLetters } from "@/components/items/check-letters";
import { CheckPractice } from "@/components/items/check-practice";
import { InlineMarkdown, Markdown } from "@/components/ui/markdown";

/**
 * A concept check: the prompt, rendered here on the server, and the practice (pick, then check
 * against the key and the explanation, which sit behind a disclosure) as a client leaf. Choices
 * carry the letters they are shown with (check-letters.ts), in the list and in the key alike.
 */

function Choice({ check, id, letter }: { check: Check; id: string; letter: string }) {
  const c = check.choices.find((x) => x.id === id);
  return (
    <>
      <span className="font-mono">{letter})</span> {c ? <InlineMarkdown source={c.text} /> : null}
    </>
  );
}

function Key({ check, letters }: { check: Check; letters: Map<string, string> }) {
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
          <Choice check={check} id={id} letter={letters.get(id) ?? id} />
        </li>
      ))}
    </List>
  );
}

export function ItemCheck({ check, titleId, open }: { check: Check; titleId: string; open: boolean }) {
  return (
    <>
      <Markdown id={titleId} source={check.prompt} />
      <ItemCheckPractice check={check} letters={shownLetters(check)} open={open} />
    </>
  );
}

/** The practice alone (the compact lesson list shows the prompt on the row's line). */
export function ItemCheckPractice({ check, letters, open = false }: { check: Check; letters: Map<string, string>; open?: boolean }) {
  const shown = check.type === "ordering" ? [...letters.keys()] : check.choices.map((c) => c.id);
  return (
    <CheckPractice
      check={check}
      choices={shown.map((id) => ({ id, letter: letters.get(id) ?? id, label: <Choice check={check} id={id} letter={letters.get(id) ?? id} /> }))}
      answerKey={<Key check={check} letters={letters} />}
      explanation={<Markdown source={check.explanation} className="text-small" />}
      open={open}
    />
  );
}
