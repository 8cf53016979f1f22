// npm run bench:sim: a benchmark script (not a test). It drives the Raft simulator in Chromium
// (7 servers, drop rate 0.1, 4x speed, 60 s of simulated time) and prints frame-time p50/p95/p99
// and dropped frames, then the JavaScript (gzip) each simulator page loads and that of /review,
// now and before the simulators existed (recorded in review-baseline.json).
//
// The production app must be served: by default this starts `bash e2e/serve.sh PORT` (fresh e2e
// database, production build) on BENCH_PORT (default 3190); set BENCH_URL to use a running one.
// Figures vary with machine load: quote them with the machine they came from.
import { spawn, type ChildProcess } from "node:child_process";
import { readFileSync } from "node:fs";
import path from "node:path";
import { gzipSync } from "node:zlib";
import { chromium, type Page } from "@playwright/test";

const PORT = Number(process.env.BENCH_PORT ?? 3190);
const BASE = process.env.BENCH_URL ?? `http://127.0.0.1:${PORT}`;
const SIM_SECONDS = Number(process.env.BENCH_SIM_SECONDS ?? 60);
const SIMS = ["raft", "paxos", "two-phase-commit", "split-brain", "clocks", "reconcile", "linearizability", "quorum"];

async function waitFor(url: string, ms: number): Promise<void> {
  const end = Date.now() + ms;
  while (Date.now() < end) {
    try {
      const r = await fetch(url);
      if (r.status < 500) return;
    } catch {
      // not up yet
    }
    await new Promise((r) => setTimeout(r, 2000));
  }
  throw new Error(`${url} did not come up in ${ms / 1000} s`);
}

function serve(): ChildProcess | null {
  if (process.env.BENCH_URL) return null;
  console.log(`building and starting the production app on port ${PORT} (e2e/serve.sh)…`);
  return spawn("bash", ["e2e/serve.sh", String(PORT)], { stdio: ["ignore", "ignore", "inherit"], detached: true });
}

const b64url = (s: string) => Buffer.from(s).toString("base64").replace(/\+/g, "-").replace(/\//g, "_").replace(/=+$/, "");
const pct = (xs: number[], p: number) => xs[Math.min(xs.length - 1, Math.floor((p / 100) * xs.length))];

async function frames(page: Page): Promise<void> {
  // A fresh run of the "normal" preset with 7 servers and 10% message loss (the share-link format).
  const run = b64url(JSON.stringify({ v: 1, c: { nodes: 7, electionTimeout: [150, 300], latency: [10, 20], dropRate: 0.1, bugs: {} }, a: [], e: null }));
  await page.goto(`${BASE}/sim/raft?preset=normal&seed=1&run=${run}`);
  await page.getByRole("group", { name: "Player" }).waitFor();
  await page.getByLabel("Speed").selectOption("4");
  // A string, not a function: tsx would wrap a function's inner names in a helper the page lacks.
  await page.evaluate(`(() => {
    window.__frames = [];
    let last = performance.now();
    const tick = (t) => { window.__frames.push(t - last); last = t; requestAnimationFrame(tick); };
    requestAnimationFrame(tick);
  })()`);
  const slider = page.getByRole("slider", { name: "Timeline" });
  // Main-thread work, which machine load changes far less than frame times: Chromium's own
  // counters (script, style, layout; all main-thread tasks; the main thread's CPU time).
  const cdp = await page.context().newCDPSession(page);
  await cdp.send("Performance.enable");
  const metrics = async () => Object.fromEntries((await cdp.send("Performance.getMetrics")).metrics.map((m) => [m.name, m.value])) as Record<string, number>;
  await page.evaluate(`(() => {
    window.__longTasks = [];
    new PerformanceObserver((l) => { for (const e of l.getEntries()) window.__longTasks.push(e.duration); }).observe({ entryTypes: ["longtask"] });
  })()`);
  const m0 = await metrics();
  const f0 = Number(await page.evaluate("window.__frames.length"));
  const started = Date.now();
  await page.getByRole("button", { name: /Play/ }).click();
  for (;;) {
    const t = Number(await slider.getAttribute("value"));
    if (t >= SIM_SECONDS * 1000) break;
    // "What happens next?" pauses the run: skip it and play on.
    const skip = page.getByRole("button", { name: "Skip" });
    if (await skip.isVisible()) {
      await skip.click();
      await page.getByRole("button", { name: /Play/ }).click();
    }
    // At 4x the Raft simulator plays 400 simulated ms per second: 60 s take 150 s of real time.
    if (Date.now() - started > 4 * ((SIM_SECONDS * 1000) / 400) * 1000) throw new Error(`stuck at t=${t} ms after ${(Date.now() - started) / 1000} s`);
    await page.waitForTimeout(500);
  }
  const m1 = await metrics();
  const f1 = Number(await page.evaluate("window.__frames.length"));
  const longTasks = (await page.evaluate("window.__longTasks")) as number[];
  const d = ((await page.evaluate("window.__frames")) as number[]).slice(5);
  const sorted = [...d].sort((a, b) => a - b);
  const budget = 1000 / 60;
  const dropped = d.reduce((n, x) => n + Math.max(0, Math.round(x / budget) - 1), 0);
  console.log(`\nRaft, 7 servers, drop rate 0.1, 4x, ${SIM_SECONDS} s simulated (${((Date.now() - started) / 1000).toFixed(0)} s real), ${d.length} frames`);
  console.log(`frame time p50 ${pct(sorted, 50).toFixed(1)} ms, p95 ${pct(sorted, 95).toFixed(1)} ms, p99 ${pct(sorted, 99).toFixed(1)} ms (target p95 <= 16.7 ms)`);
  console.log(`dropped frames: ${dropped} (${((100 * dropped) / (d.length + dropped)).toFixed(1)}% of ${d.length + dropped} frame slots)`);
  const nf = Math.max(1, f1 - f0);
  const per = (k: string) => (((m1[k] ?? 0) - (m0[k] ?? 0)) * 1000) / nf; // the durations are in seconds
  const count = (k: string) => ((m1[k] ?? 0) - (m0[k] ?? 0)) / nf;
  console.log(`main thread per frame (Chromium counters over ${nf} frames; load-independent figures):`);
  console.log(`  script ${per("ScriptDuration").toFixed(2)} ms, style ${per("RecalcStyleDuration").toFixed(2)} ms, layout ${per("LayoutDuration").toFixed(2)} ms, all tasks ${per("TaskDuration").toFixed(2)} ms`);
  const realSeconds = (m1.Timestamp ?? 0) - (m0.Timestamp ?? 0);
  const cpuPerSecond = (((m1.ThreadTime ?? 0) - (m0.ThreadTime ?? 0)) * 1000) / Math.max(1e-9, realSeconds);
  console.log(`  main-thread CPU time ${per("ThreadTime").toFixed(2)} ms (${cpuPerSecond.toFixed(0)} ms per real second); ${count("RecalcStyleCount").toFixed(2)} style recalcs and ${count("LayoutCount").toFixed(2)} layouts per frame`);
  console.log(`  long tasks (> 50 ms): ${longTasks.length}${longTasks.length ? `, longest ${Math.max(...longTasks).toFixed(0)} ms` : ""}`);
}

/** Every script a page loads, gzipped and summed (lazy simulator chunks included once they load). */
async function pageJs(page: Page, url: string, ready: (p: Page) => Promise<void>): Promise<number> {
  return (await pageScripts(page, url, ready)).total;
}

/** The same, with the URLs of the scripts (so chunks can be compared between pages). */
async function pageScripts(page: Page, url: string, ready: (p: Page) => Promise<void>): Promise<{ total: number; urls: Set<string> }> {
  const bodies = new Map<string, Promise<Buffer | null>>();
  const onResponse = (r: import("@playwright/test").Response) => {
    if (r.request().resourceType() === "script") bodies.set(r.url(), r.body().catch(() => null));
  };
  page.on("response", onResponse);
  await page.goto(url);
  await ready(page);
  await page.waitForLoadState("networkidle");
  page.off("response", onResponse);
  let total = 0;
  for (const b of await Promise.all(bodies.values())) if (b) total += gzipSync(b, { level: 9 }).length;
  return { total, urls: new Set(bodies.keys()) };
}

const kib = (n: number) => `${(n / 1024).toFixed(1)} KiB`;

async function bundles(browserNew: () => Promise<Page>): Promise<void> {
  console.log("\nJavaScript per page (gzip, every script loaded, lazy simulator chunks included)");
  const listPage = await browserNew();
  const list = await pageScripts(listPage, `${BASE}/sim`, async (p) => void (await p.locator("main").waitFor()));
  await listPage.close();
  const simChunks = new Set<string>(); // scripts a simulator page loads beyond the /sim list: the simulators' own code
  for (const name of SIMS) {
    const page = await browserNew();
    const { total: size, urls } = await pageScripts(page, `${BASE}/sim/${name}`, async (p) => {
      // Every simulator marks its root (the player's SimFrame or its own layout); clocks has no Player.
      await p.locator("[data-sim-frame], [data-sim-root]").or(p.getByText(/This simulator is not available/)).first().waitFor({ timeout: 60_000 });
    });
    console.log(`  /sim/${name.padEnd(18)} ${kib(size)}`);
    for (const u of urls) if (!list.urls.has(u)) simChunks.add(u);
    await page.close();
  }
  const page = await browserNew();
  const { total: review, urls: reviewUrls } = await pageScripts(page, `${BASE}/review`, async (p) => {
    await p.locator("main").waitFor();
  });
  const leaked = [...reviewUrls].filter((u) => simChunks.has(u));
  console.log(`  simulator chunks (loaded by a /sim/<name> page, not by /sim): ${simChunks.size}; of them loaded by /review: ${leaked.length}${leaked.length ? ` (${leaked.join(", ")})` : ""}`);
  await page.close();
  const base = JSON.parse(readFileSync(path.join(__dirname, "review-baseline.json"), "utf8")) as { commit: string; reviewGzip: number };
  console.log(`  /review before (commit ${base.commit.slice(0, 7)}, review-baseline.json): ${kib(base.reviewGzip)}`);
  console.log(`  /review now:                                       ${kib(review)} (${review === base.reviewGzip ? "unchanged" : `${review > base.reviewGzip ? "+" : ""}${review - base.reviewGzip} bytes`})`);
}

async function main() {
  const server = serve();
  try {
    await waitFor(`${BASE}/api/review/next`, 900_000);
    const browser = await chromium.launch({ executablePath: process.env.BENCH_CHROMIUM ?? "/usr/bin/chromium", args: ["--no-sandbox", "--disable-gpu"] });
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    if (process.argv.includes("--review-only")) {
      const page = await context.newPage();
      console.log(`/review JS (gzip): ${await pageJs(page, `${BASE}/review`, async (p) => void (await p.locator("main").waitFor()))} bytes`);
    } else {
      await frames(await context.newPage());
      await bundles(() => context.newPage());
    }
    await browser.close();
  } finally {
    if (server?.pid) process.kill(-server.pid, "SIGTERM");
  }
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
