#!/usr/bin/env node
// Run after `npm install` changes package-lock.json: node .ci/lockfile-platforms.mjs
// This machine's npm registry serves only linux-x64 builds of optional native packages, so npm
// leaves the other platforms out of the lockfile and `npm ci` then refuses it as out of sync.
// Adds lockfile entries for optional platform binaries that this machine's registry mirror does not
// serve, with their os/cpu/libc, so `npm ci` validates and then skips them as wrong-platform.
import fs from "node:fs";
const file = process.argv[2] ?? "package-lock.json";
const lock = JSON.parse(fs.readFileSync(file, "utf8"));
const pk = lock.packages;
const added = [];
function platform(name) {
  const n = name.split("/").pop();
  const os = ["android", "darwin", "freebsd", "linux", "win32", "openharmony", "netbsd", "openbsd", "sunos", "aix"].find((o) => n.includes(`-${o}-`));
  const cpuMap = { arm64: "arm64", x64: "x64", ia32: "ia32", arm: "arm", loong64: "loong64", ppc64: "ppc64", riscv64: "riscv64", s390x: "s390x", wasm32: "wasm32" };
  const parts = n.split("-");
  const cpu = parts.map((p) => cpuMap[p]).find(Boolean);
  const libc = parts.includes("gnu") || parts.includes("gnueabihf") ? "glibc" : parts.includes("musl") || parts.includes("musleabihf") ? "musl" : undefined;
  return { os, cpu, libc };
}
for (const [path, meta] of Object.entries(pk)) {
  for (const [dep, version] of Object.entries(meta.optionalDependencies ?? {})) {
    const nested = `${path ? path + "/" : ""}node_modules/${dep}`;
    const top = `node_modules/${dep}`;
    if (pk[nested] || pk[top]) continue;
    const { os, cpu, libc } = platform(dep);
    if (!cpu) { console.error(`cannot tell the platform of ${dep}`); process.exit(1); }
    // A lockfile entry needs an exact version: a caret or tilde range ("^0.5.0") reads as missing to npm ci.
    const entry = { version: String(version).replace(/^[\^~=]/, ""), cpu: [cpu], optional: true };
    if (meta.dev) entry.dev = true;
    if (os) entry.os = [os];
    if (libc) entry.libc = [libc];
    pk[top] = entry;
    added.push(`${dep}@${version} (${os ?? "any"}/${cpu}${libc ? "/" + libc : ""})`);
  }
}
lock.packages = Object.fromEntries(Object.entries(pk).sort(([a], [b]) => (a === "" ? -1 : b === "" ? 1 : a.localeCompare(b))));
fs.writeFileSync(file, JSON.stringify(lock, null, 2) + "\n");
console.log(`added ${added.length} platform entries:\n  ${added.join("\n  ")}`);
