import { readFileSync } from "node:fs";
import path from "node:path";
import { expect as baseExpect, test, type Page } from "@playwright/test";

// The linearizability, clocks, reconcile and quorum simulators: each one's state changes on
// interaction, its link reproduces the same event log, its banner shows. Jepsen logs from
// Porcupine's fixtures (e2e/fixtures/porcupine) get Porcupine's verdicts when pasted.

// The machine is shared and loaded: generous timeouts, the assertions stay exact.
test.describe.configure({ timeout: 120_000 });
const expect = baseExpect.configure({ timeout: 30_000 }); // simulator code loads lazily
test.use({ navigationTimeout: 60_000 });

const fixture = (name: string) => readFileSync(path.join(__dirname, "fixtures/porcupine", name), "utf8");
const log = (page: Page) => page.getByRole("log", { name: "Event log" });
const banner = (page: Page) => page.getByTestId("sim-banner");
/** The README's picture of a simulator (e2e/screenshots/sim-<name>.png). */
const screenshot = (page: Page, name: string) => page.locator(`[data-sim-root="${name}"]`).screenshot({ path: `e2e/screenshots/sim-${name}.png` });

/** Opens the run's share link in a fresh page and checks it shows the same event log. */
async function shareReproduces(page: Page) {
  const href = await page.getByTestId("sim-share-link").getAttribute("href");
  expect(href).toBeTruthy();
  const lines = await log(page).getByRole("listitem").allTextContents();
  const other = await page.context().newPage();
  await other.goto(href!);
  await expect(log(other).getByRole("listitem")).toHaveText(lines, { timeout: 60_000 });
  await other.close();
}

test("clocks: adding events stamps them; two picked events are told concurrent; the link replays the diagram", async ({ page }) => {
  await page.goto("/sim/clocks?preset=three-processes");
  await expect(banner(page)).toContainText("Clock condition: a → b implies L(a) < L(b): holds");
  await expect(log(page).getByRole("listitem")).toHaveCount(10);
  await expect(log(page)).toContainText("e5 (P2 receives m1 from P1): Lamport max(own, 2) + 1 = 3");

  await page.getByLabel("First event").selectOption("e4");
  await page.getByLabel("Second event").selectOption("e6");
  await expect(page.getByTestId("clocks-answer")).toContainText("e4 and e6 are concurrent");
  await page.getByRole("button", { name: /^e3 \(P3 local event\)/ }).click();
  await page.getByRole("button", { name: /^e10 / }).click();
  await expect(page.getByTestId("clocks-answer")).toContainText("e3 happens before e10");
  await expect(page.getByTestId("clocks-answer")).toContainText("Chain: e3 → e4 → e7 → e8 → e10.");

  await page.getByLabel("Sender").selectOption("1");
  await page.getByLabel("Receiver").selectOption("3");
  await page.getByRole("button", { name: "Send message" }).click();
  await page.getByRole("button", { name: "Deliver m4 to P3" }).click();
  await expect(log(page).getByRole("listitem")).toHaveCount(12);
  await expect(log(page)).toContainText("e12 (P3 receives m4 from P1): Lamport max(own, 8) + 1 = 9; vector merged with [4,4,2] = [4,4,4].");
  await shareReproduces(page);
  await screenshot(page, "clocks");
});

test("clocks: a link that does not decode says so and starts fresh", async ({ page }) => {
  await page.goto("/sim/clocks?preset=three-processes&t=3.rm9");
  await expect(page.getByText(/This link's events do not decode/)).toBeVisible();
  await expect(log(page).getByRole("listitem")).toHaveCount(10);
});

test("reconcile: Figure 7 (f) steps back one entry per rejection, ends in line; the link keeps the step", async ({ page }) => {
  await page.goto("/sim/reconcile?preset=figure-7");
  await expect(banner(page)).toContainText("Log Matching: holds");
  await page.getByRole("button", { name: "Step ▶" }).click();
  await page.getByRole("button", { name: "Step ▶" }).click();
  await expect(page.getByTestId("reconcile-message")).toContainText("Consistency check fails: the follower has term 3 at index 11");
  await expect(log(page).getByRole("listitem")).toHaveCount(2);
  await shareReproduces(page);
  await page.getByRole("slider").fill(String(await page.getByRole("slider").getAttribute("max")));
  await expect(banner(page)).toContainText("In line after 9 round trip(s)");
  await screenshot(page, "reconcile");
  await page.getByRole("combobox", { name: "Follower" }).selectOption("a");
  await page.getByRole("button", { name: "▶ Play" }).click();
  await expect(log(page)).toContainText("Done after 3 round trip(s)", { timeout: 60_000 });
});

test("quorum: W + R ≤ N is flagged, a crashed replica blocks writes, drawn quorums replay from the link", async ({ page }) => {
  await page.goto("/sim/quorum?preset=stale-reads&seed=5");
  await expect(banner(page)).toContainText("Reads meet writes (W + R > N): violated");
  await page.getByRole("button", { name: "Show the worst case" }).click();
  await expect(page.getByTestId("quorum-draw")).toContainText("share no replica");
  await screenshot(page, "quorum");
  await page.getByLabel("R (read quorum)").fill("3");
  await expect(banner(page)).toContainText("Reads meet writes (W + R > N): holds");
  await page.getByRole("button", { name: /^Replica 2, up/ }).click();
  await expect(banner(page)).toContainText("Reads possible now: violated");
  await page.getByRole("button", { name: "Draw two quorums" }).click();
  await page.getByRole("button", { name: "Draw two quorums" }).click();
  await expect(log(page).getByRole("listitem")).toHaveCount(5);
  await shareReproduces(page);
});

test("linearizability: the stale-read preset is not linearizable and the stale read is marked", async ({ page }) => {
  await page.goto("/sim/linearizability?preset=stale-read");
  await expect(banner(page)).toContainText("Not linearizable", { timeout: 60_000 });
  await expect(page.getByTestId("verdict-explanation")).toContainText("client 3's read() → 0 returned at 9");
  await expect(page.locator('[data-mark="blocked"]')).toHaveCount(1);
  await screenshot(page, "linearizability");
  await page.getByRole("button", { name: /^Client 3: read\(\) → 0/ }).press("Enter"); // bars are keyboard-selectable
  await expect(page.getByTestId("selected-op")).toContainText("it cannot be placed");
  await page.getByRole("button", { name: "◀ Back" }).click();
  await expect(page.locator('[data-mark="blocked"]')).toHaveCount(0);
  await shareReproduces(page);
});

test("linearizability: pasted Jepsen etcd logs get Porcupine's verdicts; a malformed paste names its line", async ({ page }) => {
  await page.goto("/sim/linearizability?preset=empty");
  await page.getByRole("combobox", { name: "Time limit" }).selectOption("60000"); // a loaded machine must not turn a verdict into "unknown"
  await page.getByRole("button", { name: "Paste or upload" }).click();
  const box = page.getByLabel(/Jepsen etcd log or JSON history/);
  await box.fill(fixture("etcd_000.log"));
  await page.getByRole("button", { name: "Check pasted history" }).click();
  await expect(banner(page)).toContainText("Not linearizable", { timeout: 60_000 });
  await box.fill(fixture("etcd_002.log"));
  await page.getByRole("button", { name: "Check pasted history" }).click();
  await expect(banner(page)).toContainText("Linearizable", { timeout: 60_000 });
  await expect(banner(page)).toContainText("Linearizability: holds");

  const broken = fixture("etcd_000.log").split("\n");
  broken[4] = "INFO  jepsen.util - 3\t:invoke\t:cas\t[1 x]";
  await box.fill(broken.join("\n"));
  await page.getByRole("button", { name: "Check pasted history" }).click();
  await expect(page.getByTestId("paste-error")).toHaveText('line 5: a cas needs [from to] (got "[1 x]")');
  await page.getByRole("button", { name: "Show the current history as JSON" }).click();
  await expect(box).toHaveValue(/^\{ "operations": \[\n  \{"client":/);
  await page.getByRole("button", { name: "Check pasted history" }).click();
  await expect(banner(page)).toContainText("Linearizability: holds", { timeout: 60_000 }); // etcd_002 again, as JSON
  await box.fill('{ "operations": [\n  { "client": 1, "op": "write", "value": 1, "call": 0 "return": 2 }\n] }');
  await page.getByRole("button", { name: "Check pasted history" }).click();
  await expect(page.getByTestId("paste-error")).toContainText("line 2:");
});

test("linearizability: a history built by hand is checked as it grows", async ({ page }) => {
  await page.goto("/sim/linearizability?preset=empty");
  await page.getByRole("button", { name: "Build by hand" }).click();
  await page.getByLabel("Value").fill("1");
  await page.getByLabel("Call at").fill("0");
  await page.getByLabel("Return at").fill("2");
  await page.getByRole("button", { name: "Add operation" }).click();
  await page.getByLabel("Client", { exact: true }).fill("2");
  await page.getByRole("combobox", { name: "Operation" }).selectOption("read");
  await page.getByLabel("Read returned").fill("null");
  await page.getByLabel("Call at").fill("4");
  await page.getByLabel("Return at").fill("5");
  await page.getByRole("button", { name: "Add operation" }).click();
  await expect(banner(page)).toContainText("Not linearizable", { timeout: 60_000 });
  await page.getByRole("button", { name: /^Remove client 2's read\(\) → null/ }).click();
  await expect(banner(page)).toContainText("Linearizability: holds", { timeout: 60_000 });
});

test("lesson embed: the Raft lesson shows the reconcile simulator inline with its preset, and it steps", async ({ page }) => {
  await page.goto("/topics/raft");
  const embed = page.locator('figure[data-sim="reconcile"]');
  await expect(embed).toHaveAttribute("data-preset", "figure-7");
  await embed.scrollIntoViewIfNeeded();
  await expect(embed.getByTestId("sim-banner")).toContainText("Log Matching: holds", { timeout: 60_000 });
  await embed.getByRole("button", { name: "Step ▶" }).click();
  await expect(embed.getByTestId("reconcile-message")).toContainText("Round trip 1: leader sends AppendEntries(prevLogIndex 11, prevLogTerm 8");
  await expect(embed.getByRole("log", { name: "Event log" }).getByRole("listitem")).toHaveCount(1);
  await expect(embed.getByRole("link", { name: "Open full page" })).toHaveAttribute("href", "/sim/reconcile?preset=figure-7");
  await expect(page).toHaveURL(/\/topics\/raft$/); // an embed never rewrites the lesson's address
});

test("/sim lists the four simulators of this set with their pictures", async ({ page }) => {
  await page.goto("/sim");
  const list = page.getByRole("list", { name: "Simulators" });
  for (const name of ["Clocks", "Log reconciliation", "Linearizability", "Quorums"]) {
    await expect(list.getByRole("link", { name, exact: true })).toBeVisible();
  }
  await list.getByRole("link", { name: "Log reconciliation", exact: true }).click();
  await expect(page.getByRole("heading", { name: "Log reconciliation simulator", level: 1 })).toBeVisible();
  await expect(page.getByTestId("sim-banner")).toContainText("Leader Append-Only: holds");
});

test("lesson embeds: the Interviews lesson shows clocks, linearizability and quorums inline with their presets, and each reacts", async ({ page }) => {
  await page.goto("/topics/interviews");
  const embed = (name: string, preset: string) => {
    const figure = page.locator(`figure[data-sim="${name}"]`);
    return { figure, ready: async () => {
      await expect(figure).toHaveAttribute("data-preset", preset);
      await figure.scrollIntoViewIfNeeded(); // the code loads when the figure comes near the screen
      await expect(figure.getByTestId("sim-banner")).toBeVisible();
    } };
  };

  // Clocks, concurrent writes: the two writes are stamped, and picking them says no clock orders them.
  const clocks = embed("clocks", "concurrent-writes");
  await clocks.ready();
  await expect(clocks.figure.getByTestId("sim-banner")).toContainText("Clock condition: a → b implies L(a) < L(b): holds");
  await clocks.figure.getByRole("button", { name: /^e1 / }).click();
  await clocks.figure.getByRole("button", { name: /^e2 / }).press("Enter"); // events are keyboard-selectable too
  await expect(clocks.figure.getByTestId("clocks-answer")).toContainText("e1 and e2 are concurrent");

  // Linearizability, new then old: the checker's verdict, and a stepped-back linearization.
  const lin = embed("linearizability", "new-then-old");
  await lin.ready();
  await expect(lin.figure.getByTestId("sim-banner")).toContainText("Not linearizable", { timeout: 60_000 });
  await lin.figure.getByRole("button", { name: /^Client 3: read\(\) → 0/ }).press("Enter");
  await expect(lin.figure.getByTestId("selected-op")).toContainText("read() → 0");

  // Quorums, W + R ≤ N: reads can miss writes until R is raised.
  const quorum = embed("quorum", "stale-reads");
  await quorum.ready();
  await expect(quorum.figure.getByTestId("sim-banner")).toContainText("Reads meet writes (W + R > N): violated");
  await quorum.figure.getByLabel("R (read quorum)").fill("3");
  await expect(quorum.figure.getByTestId("sim-banner")).toContainText("Reads meet writes (W + R > N): holds");
  await expect(quorum.figure.getByRole("log", { name: "Event log" }).getByRole("listitem")).not.toHaveCount(0);

  await expect(page).toHaveURL(/\/topics\/interviews$/); // an embed never rewrites the lesson's address
});
