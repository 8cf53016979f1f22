import { expect, test } from "@playwright/test";
import { SimPage } from "./pages/sim-page";

// The simulators (issue 8). Each runs client-side from a seed, so these tests drive them with
// Step and short plays and compare what the page says in words (event log, banner, question).
// Building runs and replaying links is CPU work, so these get more time than the default.
test.describe.configure({ timeout: 120_000 });

test("/sim lists every simulator with a line and a picture; an unknown one is a 404", async ({ page }) => {
  await page.goto("/sim");
  const list = page.getByRole("list", { name: "Simulators" });
  for (const title of ["Raft", "Paxos", "Two-phase commit", "Split brain", "Clocks", "Log reconciliation", "Linearizability", "Quorums"]) {
    const item = list.getByRole("listitem").filter({ has: page.getByRole("link", { name: title, exact: true }) });
    await expect(item).toHaveCount(1);
    await expect(item.getByRole("img")).toBeVisible();
  }
  const res = await page.goto("/sim/no-such-sim");
  expect(res?.status()).toBe(404);
});

test.describe("Raft", () => {
  test("stopping a server from the keyboard changes the cluster and the event log says so; the banner shows", async ({ page }) => {
    const sim = new SimPage(page);
    await sim.goto("raft", "preset=normal&seed=42");
    await expect(sim.banner).toContainText("Every safety property holds");
    for (const p of ["Election Safety", "Leader Append-Only", "Log Matching", "Leader Completeness", "State Machine Safety"]) {
      await expect(sim.banner).toContainText(`${p}: holds`);
    }
    await sim.server(2).focus();
    await page.keyboard.press("Enter");
    await expect(sim.server(2)).toHaveAttribute("aria-pressed", "true");
    await sim.button("Stop S2").click();
    await expect(sim.server(2)).toHaveAttribute("data-role", "stopped");
    await expect(sim.log).toContainText("S2 stopped");
    await expect(sim.button("Restart S2")).toBeVisible();
    await page.screenshot({ path: "e2e/screenshots/sim-raft.png", fullPage: true });
  });

  test("Copy link reproduces the same run, event for event, and survives a reload", async ({ page, context }) => {
    const sim = new SimPage(page);
    await sim.goto("raft", "preset=normal&seed=7");
    await sim.steps(12);
    await sim.server(3).click();
    await sim.button("Time out now").click();
    await sim.steps(15);
    const before = await sim.logText();
    expect(before).toContain("S3 told to time out now");
    const link = await sim.shareLink();
    expect(link).toMatch(/\/sim\/raft\?preset=normal&seed=7&run=/);

    const other = new SimPage(await context.newPage());
    await other.root.page().goto(link);
    await expect(other.player).toBeVisible({ timeout: 30_000 });
    expect(await other.logText()).toBe(before);

    await page.reload();
    await expect(sim.player).toBeVisible({ timeout: 30_000 });
    expect(await sim.logText()).toBe(before);
  });

  test("a link that does not decode says so and starts a fresh run", async ({ page }) => {
    const sim = new SimPage(page);
    await sim.goto("raft", "preset=normal&seed=3&run=not-a-run");
    await expect(page.getByRole("alert").filter({ hasText: "could not be read" })).toBeVisible();
    await expect(sim.log).toContainText("Nothing has happened yet");
  });

  test("What happens next? pauses the run, asks, and grades the answer against the engine", async ({ page }) => {
    const sim = new SimPage(page);
    await sim.goto("raft", "preset=split-vote&seed=5");
    await page.getByLabel("Speed").selectOption("4");
    await sim.play();
    await expect(sim.question).toContainText("Which server will become leader?", { timeout: 10_000 });
    await expect(sim.button(/Play/)).toBeVisible(); // paused while asking
    const grade = await sim.answerFirstChoice();
    expect(grade).toMatch(/Correct|Not quite/);
    await expect(sim.question).toContainText(/won term \d/);
    await sim.question.getByRole("button", { name: "Run on" }).click();
    await expect(sim.question).toHaveCount(0);
  });

  test("the deliberate bug in Figure 8 is caught by the banner", async ({ page }) => {
    const sim = new SimPage(page);
    await sim.goto("raft", "preset=figure-8&seed=1");
    await page.getByLabel(/Bug: commit old-term entries/).check();
    // Step (d): S1 stops, S5 restarts and times out twice and overwrites index 2.
    for (const [server, action] of [[1, "Stop S1"], [5, "Restart S5"], [5, "Time out now"]] as const) {
      await sim.server(server).click();
      await sim.button(action).click();
      await sim.server(server).click();
    }
    await page.getByLabel("Speed").selectOption("4");
    await sim.play();
    await page.waitForTimeout(1500);
    await sim.pause();
    await sim.server(5).click();
    await sim.button("Time out now").click();
    await sim.play();
    await expect(sim.banner).toContainText("violated", { timeout: 15_000 });
  });
});

test("a lesson embeds its simulator with the lesson's preset", async ({ page }) => {
  await page.goto("/topics/raft");
  const figure = page.locator('figure[data-sim="raft"]');
  await expect(figure).toHaveAttribute("data-preset", "split-vote");
  await figure.scrollIntoViewIfNeeded();
  const embed = new SimPage(page, figure);
  await expect(embed.player).toBeVisible();
  await expect(figure.getByRole("group", { name: /Raft cluster: 5 servers/ })).toBeVisible();
  await expect(figure.getByRole("link", { name: "Open full page" })).toHaveAttribute("href", "/sim/raft?preset=split-vote");
});

/** Paxos, two-phase commit and split brain share one shape of test. */
const OTHERS = [
  {
    name: "paxos",
    title: "Paxos",
    query: "preset=competing-proposers&seed=3",
    invariant: "At most one value is chosen: holds",
    interact: async (sim: SimPage) => {
      await sim.root.locator('[data-node="1"]').click();
      await sim.button('Propose "x" (new ballot)').click();
      await expect(sim.log).toContainText('client asks P1 to propose "x"');
    },
    question: /Which value will be chosen/,
  },
  {
    name: "two-phase-commit",
    title: "Two-phase commit",
    query: "preset=coordinator-crash&seed=2",
    invariant: "Atomicity: no one commits while another aborts: holds",
    interact: async (sim: SimPage) => {
      await sim.root.locator('[data-node="3"]').click();
      await sim.button("Crash P3").click();
      await expect(sim.root.locator('[data-node="3"]')).toHaveAttribute("data-state", "stopped");
      await expect(sim.log).toContainText("crash node 3");
    },
    question: /Can P2 decide on its own\?/,
  },
  {
    name: "split-brain",
    title: "Split brain",
    query: "preset=naive-failover&seed=4",
    invariant: "No acknowledged write is lost: holds",
    interact: async (sim: SimPage) => {
      const primary = sim.root.locator('[data-state="primary"]').first();
      const id = await primary.getAttribute("data-node");
      await primary.click();
      await sim.button(`Client write "v1" to N${id}`).click();
      await expect(sim.root.getByRole("region", { name: "Client writes" })).toContainText('"v1"');
      await expect(sim.log).toContainText(`client writes "v1" to N${id}`);
    },
    question: /how many nodes will believe they lead\?/,
  },
];

for (const s of OTHERS) {
  test.describe(s.title, () => {
    test("an interaction changes the state; the banner shows; Copy link replays the same event log", async ({ page, context }) => {
      const sim = new SimPage(page);
      await sim.goto(s.name, s.query);
      await expect(sim.banner).toContainText(s.invariant);
      await sim.steps(6);
      await s.interact(sim);
      await page.screenshot({ path: `e2e/screenshots/sim-${s.name}.png`, fullPage: true });
      await sim.steps(6);
      const before = await sim.logText();
      const link = await sim.shareLink();
      const other = new SimPage(await context.newPage());
      await other.root.page().goto(link);
      await expect(other.player).toBeVisible({ timeout: 30_000 });
      expect(await other.logText()).toBe(before);
    });

    test("What happens next? is asked and graded against the engine", async ({ page }) => {
      const sim = new SimPage(page);
      await sim.goto(s.name, s.query);
      await page.getByLabel("Speed").selectOption("4");
      await sim.play();
      await expect(sim.question).toContainText(s.question, { timeout: 20_000 });
      expect(await sim.answerFirstChoice()).toMatch(/Correct|Not quite/);
    });
  });
}

test("a lesson embeds Paxos, two-phase commit and split brain with their presets", async ({ page }) => {
  await page.goto("/topics/quorums");
  for (const [name, preset] of [["paxos", "competing-proposers"], ["two-phase-commit", "happy-path"], ["split-brain", "partition"]]) {
    const figure = page.locator(`figure[data-sim="${name}"]`);
    await expect(figure).toHaveAttribute("data-preset", preset);
    await figure.scrollIntoViewIfNeeded();
    await expect(new SimPage(page, figure).player).toBeVisible({ timeout: 30_000 });
    await expect(figure.getByRole("button", { name: "Copy link" })).toBeVisible();
  }
});
