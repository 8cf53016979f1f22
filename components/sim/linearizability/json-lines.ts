// A small JSON reader that remembers the line each value starts on, so that a history with a
// bad operation can be reported as "line 12: …" rather than "operations[7]". JSON.parse names
// a character offset at best, and only for syntax errors.

export class HistoryInputError extends Error {
  constructor(
    readonly line: number,
    message: string,
  ) {
    super(`line ${line}: ${message}`);
    this.name = "HistoryInputError";
  }
}

export type Located =
  | { kind: "object"; line: number; fields: Map<string, Located> }
  | { kind: "array"; line: number; items: Located[] }
  | { kind: "string"; line: number; value: string }
  | { kind: "number"; line: number; value: number }
  | { kind: "boolean"; line: number; value: boolean }
  | { kind: "null"; line: number };

/** Parses JSON text, keeping the line of every value. Throws HistoryInputError on bad syntax. */
export function parseLocatedJson(text: string): Located {
  let i = 0;
  let line = 1;
  const fail = (what: string): never => {
    throw new HistoryInputError(line, what);
  };
  const ws = () => {
    for (; i < text.length; i++) {
      const c = text[i];
      if (c === "\n") line++;
      else if (c !== " " && c !== "\t" && c !== "\r") break;
    }
  };
  const near = () => JSON.stringify(text.slice(i, i + 12));
  const str = (): string => {
    const start = i;
    i++; // opening quote
    for (; i < text.length; i++) {
      const c = text[i];
      if (c === "\\") i++;
      else if (c === '"') break;
      else if (c === "\n") fail("a string runs past the end of the line");
    }
    if (i >= text.length) fail("a string is not closed");
    i++;
    try {
      return JSON.parse(text.slice(start, i)) as string;
    } catch {
      return fail(`bad escape in string ${text.slice(start, Math.min(i, start + 20))}`);
    }
  };
  const value = (): Located => {
    ws();
    const at = line;
    const c = text[i];
    if (c === undefined) return fail("the text ends where a value was expected");
    if (c === "{") {
      i++;
      const fields = new Map<string, Located>();
      ws();
      if (text[i] === "}") {
        i++;
        return { kind: "object", line: at, fields };
      }
      for (;;) {
        ws();
        if (text[i] !== '"') fail(`expected a quoted field name, found ${near()}`);
        const key = str();
        ws();
        if (text[i] !== ":") fail(`expected ":" after "${key}", found ${near()}`);
        i++;
        fields.set(key, value());
        ws();
        if (text[i] === ",") {
          i++;
          continue;
        }
        if (text[i] === "}") {
          i++;
          return { kind: "object", line: at, fields };
        }
        return fail(`expected "," or "}" in an object, found ${near()}`);
      }
    }
    if (c === "[") {
      i++;
      const items: Located[] = [];
      ws();
      if (text[i] === "]") {
        i++;
        return { kind: "array", line: at, items };
      }
      for (;;) {
        items.push(value());
        ws();
        if (text[i] === ",") {
          i++;
          continue;
        }
        if (text[i] === "]") {
          i++;
          return { kind: "array", line: at, items };
        }
        return fail(`expected "," or "]" in a list, found ${near()}`);
      }
    }
    if (c === '"') return { kind: "string", line: at, value: str() };
    const m = /^(-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?|true|false|null)/.exec(text.slice(i, i + 40));
    if (!m) return fail(`unexpected ${near()}`);
    i += m[0].length;
    if (m[0] === "true" || m[0] === "false") return { kind: "boolean", line: at, value: m[0] === "true" };
    if (m[0] === "null") return { kind: "null", line: at };
    return { kind: "number", line: at, value: Number(m[0]) };
  };
  const v = value();
  ws();
  if (i < text.length) fail(`unexpected ${near()} after the end of the history`);
  return v;
}
