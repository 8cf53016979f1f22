/**
 * npm run bench:browser — how fast the review screen answers a key, in real Chromium against the
 * production build (not a test: it prints figures and asserts nothing).
 *
 * 1. A fresh database (data/bench-browser.db) from the committed migrations, the real content/
 *    synced into it, new cards per day raised so 100 grades never run out of cards.
 * 2. `next build` (skip with BENCH_SKIP_BUILD=1 when .next is already a production build of this
 *    tree), then `next start` on BENCH_PORT (default 3198), its own port.
 * 3. 100 cards: Space (reveal) then 3 (Good), with a short pause between keys like a fast learner.
 *    For each key: from the key event's timestamp to the first frame painted after the screen
 *    shows the change (the next card's front for a grade, the answer for a reveal).
 * Prints p50 / p95 / max for "key → next front painted" and "Space → answer painted", then each
 * split into input wait, script (listener to DOM change: independent of frame timing) and frame.
 */
import Database from "better-sqlite3";
import { execFileSync, spawn, type ChildProcess } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { chromium, type Page } from "@playwright/test";

const PORT = Number(process.env.BENCH_PORT ?? 3198);
const GRADES = Number(process.env.BENCH_GRADES ?? 100);
const PAUSE_MS = Number(process.env.BENCH_PAUSE_MS ?? 150);
const ROOT = process.cwd();
const DB_FILE = path.join(ROOT, "data", "bench-browser.db");
const env = { ...process.env, DATABASE_URL: `file:${DB_FILE}`, QUORUM_CONTENT_DIR: process.env.QUORUM_CONTENT_DIR ?? path.join(ROOT, "content"), NEXT_TELEMETRY_DISABLED: "1" };

function run(cmd: string, args: string[]) {
  execFileSync(cmd, args, { cwd: ROOT, env, stdio: ["ignore", "ignore", "inherit"] });
}

function prepareDatabase() {
  fs.mkdirSync(path.dirname(DB_FILE), { recursive: true });
  for (const suffix of ["", "-wal", "-shm", "-journal"]) fs.rmSync(DB_FILE + suffix, { force: true });
  run("npx", ["prisma", "migrate", "deploy"]);
  run("npx", ["tsx", "lib/content/sync-cli.ts"]);
  const db = new Database(DB_FILE);
  db.prepare(
    `INSERT INTO Settings (id, desiredRetention, newPerDay, reviewsPerDay, learningSteps, relearningSteps, maximumInterval, dayStartHour, fuzz, updatedAt)
     VALUES (1, 0.9, 9999, 9999, '1m 10m', '10m', 36500, 4, 1, ?)`,
  ).run(Date.now());
  db.close();
}

async function startServer(): Promise<ChildProcess> {
  // Never time another checkout's server by mistake: the port must be free.
  const taken = await fetch(`http://127.0.0.1:${PORT}/`).then(
    () => true,
    () => false,
  );
  if (taken) throw new Error(`port ${PORT} is already in use; set BENCH_PORT to a free port`);
  const server = spawn("npx", ["next", "start", "-H", "127.0.0.1", "-p", String(PORT)], { cwd: ROOT, env, stdio: ["ignore", "ignore", "inherit"], detached: true });
  for (let i = 0; i < 120; i++) {
    try {
      const res = await fetch(`http://127.0.0.1:${PORT}/api/review/next`);
      if (res.ok) return server;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 500));
  }
  throw new Error(`the server did not start on port ${PORT}`);
}

/**
 * Arms the page to time the next key: from the keydown's timestamp to the first frame painted
 * with the change (`done()`). "Painted" is a message posted from that frame's animation-frame
 * callback, which runs once the frame has been rendered. The bench's frame callback is requested
 * in the keydown listener itself, before the app's handler runs, so its message comes before any
 * work the app posts for after the paint (the review screen starts its request then): that work
 * does not delay the pixels and is not counted. A frame rendered before the change waits for the next.
 *
 * The same key is also split into its parts, so a figure taken on a busy machine can be read:
 * - input: from the key event's timestamp to the first keydown listener (waiting for the main thread),
 * - script: from that listener to the DOM showing the change (the app's handler, React's render and
 *   commit, and whatever else runs before it: the part the app's code decides),
 * - frame: from the DOM change to the frame painted (waiting for the next frame, style, layout, paint).
 */
async function armTimer(page: Page, what: "front" | "back") {
  // A plain script, not a function: tsx would wrap named functions in a helper the page lacks.
  await page.evaluate(`(() => {
    const what = ${JSON.stringify(what)};
    const frontHtml = () => document.querySelector('[data-testid="card-front"]')?.innerHTML ?? "";
    const before = frontHtml();
    const done = () => (what === "back" ? document.querySelector('[data-testid="card-back"]') !== null : frontHtml() !== before && frontHtml() !== "");
    window.__bench = new Promise((resolve) => {
      let keyAt = -1;
      let handledAt = -1;
      let changedAt = -1;
      const obs = new MutationObserver(() => {
        if (changedAt < 0 && done()) {
          changedAt = performance.now();
          obs.disconnect();
        }
      });
      obs.observe(document.body, { subtree: true, childList: true, characterData: true });
      const onFrame = () => {
        if (changedAt < 0) {
          requestAnimationFrame(onFrame); // rendered before the change: the next frame shows it
          return;
        }
        const ch = new MessageChannel();
        ch.port1.onmessage = () => {
          const paintedAt = performance.now();
          resolve({ total: paintedAt - keyAt, input: handledAt - keyAt, script: changedAt - handledAt, frame: paintedAt - changedAt });
        };
        ch.port2.postMessage(0);
      };
      const onKey = (e) => {
        handledAt = performance.now();
        keyAt = e.timeStamp;
        removeEventListener("keydown", onKey, true);
        requestAnimationFrame(onFrame);
      };
      addEventListener("keydown", onKey, true);
    });
  })()`);
}

interface Timing {
  total: number;
  input: number;
  script: number;
  frame: number;
}

const timed = (page: Page) => page.evaluate("window.__bench") as Promise<Timing>;

function stats(xs: number[]) {
  const s = [...xs].sort((a, b) => a - b);
  const q = (p: number) => s[Math.min(s.length - 1, Math.ceil(p * s.length) - 1)];
  return `p50 ${q(0.5).toFixed(1)} ms · p95 ${q(0.95).toFixed(1)} ms · max ${s[s.length - 1].toFixed(1)} ms (n=${s.length})`;
}

async function main() {
  console.log(`bench:browser: preparing data/bench-browser.db and ${process.env.BENCH_SKIP_BUILD ? "reusing .next" : "building the production app"} …`);
  prepareDatabase();
  if (!process.env.BENCH_SKIP_BUILD) run("npx", ["next", "build"]);
  const server = await startServer();
  const browser = await chromium.launch({ executablePath: process.env.CHROMIUM ?? "/usr/bin/chromium", args: ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--no-first-run"] });
  try {
    const page = await browser.newPage();
    await page.goto(`http://127.0.0.1:${PORT}/review`);
    await page.getByTestId("card-front").waitFor();
    const front: Timing[] = [];
    const reveal: Timing[] = [];
    for (let i = 0; i < GRADES; i++) {
      await armTimer(page, "back");
      await page.keyboard.press("Space");
      reveal.push(await timed(page));
      await page.waitForTimeout(PAUSE_MS);
      await armTimer(page, "front");
      await page.keyboard.press("3");
      front.push(await timed(page));
      await page.waitForTimeout(PAUSE_MS);
    }
    // Every grade reached the server: the database has them all.
    await page.waitForTimeout(1000);
    const db = new Database(DB_FILE, { readonly: true });
    const logged = (db.prepare("SELECT COUNT(*) AS n FROM ReviewLog WHERE undoneAt IS NULL").get() as { n: number }).n;
    db.close();
    console.log(`bench:browser: ${GRADES} grades in Chromium, production build, ${PAUSE_MS} ms between keys; ${logged} grades recorded`);
    const part = (xs: Timing[], k: keyof Timing) => stats(xs.map((t) => t[k]));
    console.log(`  key 3 → next card's front painted: ${part(front, "total")}`);
    console.log(`  Space → answer painted:            ${part(reveal, "total")}`);
    console.log(`  parts of key 3 (input wait · script to DOM change · DOM change to paint):`);
    console.log(`    input  ${part(front, "input")}`);
    console.log(`    script ${part(front, "script")}`);
    console.log(`    frame  ${part(front, "frame")}`);
    console.log(`  parts of Space:`);
    console.log(`    input  ${part(reveal, "input")}`);
    console.log(`    script ${part(reveal, "script")}`);
    console.log(`    frame  ${part(reveal, "frame")}`);
  } finally {
    await browser.close();
    if (server.pid) process.kill(-server.pid, "SIGTERM");
  }
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
