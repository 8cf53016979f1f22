// Bundle size of the protocol engine as a browser would load it: esbuild (bundle, minify, ESM,
// platform browser) in memory, raw and gzipped, for the whole index and for each area alone.
// Fails (exit 1) if any bundle imports a Node builtin: lib/protocol must run in the browser.
// Run: npx tsx lib/protocol-bench/bundle.ts [extra-entry.ts ...]  (extra entries are checked too)
import { builtinModules } from "node:module";
import path from "node:path";
import { existsSync } from "node:fs";
import { gzipSync } from "node:zlib";
import { build, type Plugin } from "esbuild";

const root = path.resolve(__dirname, "../protocol");
const targets: Array<[string, string]> = [
  ["index (everything)", "index.ts"],
  ["raft", "raft/index.ts"],
  ["linearizability", "linearizability/index.ts"],
  ["paxos", "paxos/index.ts"],
  ["2pc", "two-phase-commit/index.ts"],
  ["clocks", "clocks/index.ts"],
  ["quorum", "quorum/index.ts"],
  ["split-brain", "split-brain/index.ts"],
  ["reconcile", "reconcile/index.ts"],
  ["rng + sim (shared)", "sim/index.ts"],
  ...process.argv.slice(2).map((f): [string, string] => [path.basename(f), path.resolve(f)]),
];

const builtins = new Set(builtinModules.flatMap((m) => [m, `node:${m}`]));

/** Records every import of a Node builtin (instead of letting resolution fail with a vaguer error). */
function nodeBuiltinGuard(found: Set<string>): Plugin {
  return {
    name: "node-builtin-guard",
    setup(b) {
      b.onResolve({ filter: /.*/ }, (args) => {
        const bare = args.path.split("/")[0];
        if (builtins.has(args.path) || builtins.has(bare) || args.path.startsWith("node:")) {
          found.add(`${args.path} (imported by ${path.relative(root, args.importer)})`);
          return { path: args.path, external: true };
        }
        return undefined;
      });
    },
  };
}

const kb = (n: number) => `${(n / 1024).toFixed(1)} KiB`;

async function main(): Promise<void> {
  let failed = false;
  const rows: string[][] = [["area", "raw", "gzip", "note"]];

  for (const [name, rel] of targets) {
    const entry = path.resolve(root, rel);
    if (!existsSync(entry)) {
      rows.push([name, "-", "-", `missing ${rel}`]);
      if (path.isAbsolute(rel)) failed = true; // named on the command line, so it must exist
      continue;
    }
    const found = new Set<string>();
    try {
      const out = await build({
        entryPoints: [entry], bundle: true, minify: true, format: "esm", platform: "browser",
        write: false, logLevel: "silent", plugins: [nodeBuiltinGuard(found)],
      });
      const code = out.outputFiles[0].contents;
      const text = new TextDecoder().decode(code);
      const notes: string[] = [];
      if (found.size > 0) {
        failed = true;
        notes.push(`IMPORTS NODE BUILTINS: ${[...found].join(", ")}`);
      }
      // Not fatal (a checker may legitimately bound its own run time), but worth seeing.
      for (const banned of ["Math.random", "Date.now"]) if (text.includes(banned)) notes.push(`uses ${banned}`);
      rows.push([name, kb(code.byteLength), kb(gzipSync(code, { level: 9 }).byteLength), notes.join("; ")]);
    } catch (e) {
      failed = true;
      rows.push([name, "-", "-", `BUILD FAILED: ${(e as Error).message.split("\n")[0]}`]);
    }
  }

  const widths = rows[0].map((_, i) => Math.max(...rows.map((r) => r[i].length)));
  for (const r of rows) console.log(r.map((c, i) => (i === 0 || i === 3 ? c.padEnd(widths[i]) : c.padStart(widths[i]))).join("  ").trimEnd());
  if (failed) {
    console.error("\nbundle check FAILED: lib/protocol must build for the browser without Node builtins");
    process.exit(1);
  }
  console.log("\nno Node builtins in any bundle");
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
