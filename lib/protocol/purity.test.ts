import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";

// The engine's promise (protocol-api.md, issue "the shared protocol module"): pure TypeScript that
// runs the same in Node and the browser. No React, DOM or Node APIs, no wall clock, no Math.random,
// and no dev-only dependency in shipped code. Test files, test helpers (testing/) and recorded
// fixtures are not shipped; the benchmarks live outside, in lib/protocol-bench.
const root = __dirname;

function shippedFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = path.join(dir, e.name);
    if (e.isDirectory()) return e.name === "testing" || e.name === "__fixtures__" ? [] : shippedFiles(p);
    return /\.ts$/.test(e.name) && !/\.test\.ts$/.test(e.name) ? [p] : [];
  });
}

const FORBIDDEN: [string, RegExp][] = [
  ["a Node builtin import", /from\s+["'](node:|fs|path|os|crypto|zlib|child_process|worker_threads|perf_hooks)["'/]/],
  ["a React import", /from\s+["']react(-dom)?["'/]/],
  ["a dev-only dependency", /from\s+["'](fast-check|vitest|esbuild)["']/],
  ["Math.random()", /Math\.random\s*\(/],
  ["the wall clock (Date)", /\bDate\.now\s*\(|\bnew Date\s*\(/],
  ["the DOM", /\b(window|document|localStorage)\s*\./],
  ["process", /\bprocess\.(env|argv|hrtime|exit)/],
];

// The one sanctioned clock: the checker's optional `timeoutMs` budget (contract), which callers can
// replace with `options.now` and which only ever turns a verdict into "unknown".
const ALLOWED = new Set(["linearizability/checker.ts: const now = options.now ?? (() => globalThis.performance.now());"]);

describe("lib/protocol is pure and ships to the browser", () => {
  const files = shippedFiles(root);

  it("has shipped files to check (the scan is not vacuous)", () => {
    expect(files.length).toBeGreaterThan(30);
    expect(files.map((f) => path.relative(root, f))).toContain("raft/cluster.ts");
  });

  it("uses no Node, React or DOM API, no wall clock, no Math.random and no dev dependency", () => {
    const found: string[] = [];
    for (const file of files) {
      const rel = path.relative(root, file);
      fs.readFileSync(file, "utf8")
        .split("\n")
        .forEach((line, i) => {
          const code = line.replace(/\/\/.*$/, "");
          if (/^\s*(\*|\/\*)/.test(code)) return; // doc comments may name what the code avoids
          if (ALLOWED.has(`${rel}: ${line.trim()}`)) return;
          if (/globalThis\.performance/.test(code)) found.push(`${rel}:${i + 1}: the wall clock (performance)`);
          for (const [what, re] of FORBIDDEN) if (re.test(code)) found.push(`${rel}:${i + 1}: ${what}`);
        });
    }
    expect(found).toEqual([]);
  });
});
