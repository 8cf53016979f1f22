import { expect, test } from "@playwright/test";
import { formatInterval } from "../lib/srs/intervals";
import { BrowsePage, ItemDetailPage } from "./pages/browse-page";
import { buryHead, gradeHead, undoGrade } from "./pages/review-api-client";

// Fixture content (e2e/fixtures/content): six cards in two lessons, three concept checks and one interview ladder in the first, two ladders in a third. Tests leave the database as
// they found it (grades are undone, suspensions lifted): other specs share it.
const MAJORITY = /How many nodes form a majority quorum in a cluster of five/;
const TOLERATED = /How many crashed nodes can a majority-quorum cluster/;

test("filters by text and kind through a GET form: the URL holds them, a reload keeps them", async ({ page }) => {
  await page.goto("/");
  await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Browse" }).click();
  const browse = new BrowsePage(page);
  await expect(browse.count).toHaveText(/^12 items/);
  await expect(browse.rows).toHaveCount(12);

  await browse.field("Search text").fill("MAJORITY quorum");
  await browse.select("Kind").selectOption({ label: "Card" });
  await browse.search();
  await expect(page).toHaveURL(/[?&]q=MAJORITY\+quorum(&|$)/);
  await expect(page).toHaveURL(/[?&]kind=card(&|$)/);
  await expect(browse.count).toHaveText(/^2 items/);
  await expect(browse.rows.nth(0)).toContainText(MAJORITY);
  await expect(browse.rows.nth(1)).toContainText(TOLERATED);
  await expect(browse.rows.nth(0)).toContainText("Sources: ext Lamport, The Part-Time Parliament");
  await expect(browse.rows.nth(0)).toContainText("Quorums");
  await expect(browse.rows.nth(0).getByRole("cell").nth(3)).toHaveText(/^(New|Learning|Review|Relearning)/);

  await page.reload();
  await expect(browse.field("Search text")).toHaveValue("MAJORITY quorum");
  await expect(browse.select("Kind")).toHaveValue("card");
  await expect(browse.rows).toHaveCount(2);

  await browse.select("Kind").selectOption({ label: "Concept check" });
  await browse.search();
  await expect(browse.count).toHaveText(/^3 items/);
  // Only cards can be suspended: "Not suspended" keeps every concept check.
  await browse.select("Suspended (cards)").selectOption({ label: "Not suspended" });
  await browse.search();
  await expect(browse.count).toHaveText(/^3 items/);
  await expect(browse.form).toContainText("Only cards have a schedule");
  await browse.select("Suspended (cards)").selectOption({ label: "Suspended" });
  await browse.search();
  await expect(browse.count).toHaveText(/^0 items/);
  await expect(page.getByText("No items match.")).toBeVisible();
  await page.getByRole("link", { name: "Clear filters" }).click();
  await expect(browse.rows).toHaveCount(12);
});

test("tags as they are shown (#vocabulary) find their items in Tag and in Search; an unclosed quote runs to the end", async ({ page }) => {
  const browse = new BrowsePage(page);
  await browse.goto();
  await browse.field("Tag").fill("#vocabulary");
  await browse.search();
  await expect(browse.rows).toHaveCount(1);
  await expect(browse.rows.first()).toContainText("What is true of any two quorums?");

  await browse.goto();
  await browse.field("Search text").fill("#vocabulary");
  await browse.search();
  await expect(browse.rows).toHaveCount(1);

  await browse.field("Search text").fill('"share at least one');
  await browse.search();
  await expect(browse.count).toHaveText(/^2 items/);
  await expect(browse.rows.nth(0)).toContainText(MAJORITY);
});

test("a long search runs; one over 1,000 characters is kept in the box with a message beside it", async ({ page }) => {
  const browse = new BrowsePage(page);
  await browse.goto();
  const long = `${"majority ".repeat(30)}five`; // 274 characters: more than the old, silent 200
  await browse.field("Search text").fill(long);
  await browse.search();
  await expect(browse.rows.first()).toContainText(MAJORITY);
  await expect(browse.problem("Search text")).toHaveCount(0);
  await expect(browse.field("Search text")).toHaveValue(long);

  const tooLong = "quorum ".repeat(150).trim(); // 1,049 characters
  await browse.field("Search text").fill(tooLong);
  await browse.search();
  await expect(browse.field("Search text")).toHaveValue(tooLong);
  await expect(browse.problem("Search text")).toHaveText(/Search text is too long: 1,049 characters, at most 1,000/);
  await expect(browse.field("Search text")).toHaveAttribute("aria-invalid", "true");
  await expect(page.getByText("Search not run")).toBeVisible();
  await expect(browse.rows).toHaveCount(0);
});

test("an unknown lesson in the URL is named in the Lesson menu and reported, not shown as Any", async ({ page }) => {
  const browse = new BrowsePage(page);
  await browse.goto("?lesson=zzz");
  await expect(browse.select("Lesson")).toHaveValue("zzz");
  await expect(browse.select("Lesson").locator("option:checked")).toHaveText("Unknown lesson: zzz");
  await expect(browse.problem("Lesson")).toHaveText(/There is no lesson "zzz"/);
  await expect(browse.count).toHaveText(/^0 items/);
});

test("badly formed values in the URL are each reported beside their field; the good filters still apply", async ({ page }) => {
  const browse = new BrowsePage(page);
  await browse.goto("?lesson=Bad%20Id!&kind=card&level=9&due=bogus&suspended=maybe");
  await expect(browse.count).toHaveText(/^6 items/); // kind=card applied: the six cards, of both lessons
  await expect(browse.select("Kind")).toHaveValue("card");
  await expect(browse.problem("Kind")).toHaveCount(0);
  await expect(browse.problem("Lesson")).toHaveText(/"Bad Id!" is not a lesson id, so this filter is not applied/);
  await expect(browse.select("Lesson")).toHaveValue(""); // shown as Any, which is what is applied
  await expect(browse.select("Lesson")).toHaveAttribute("aria-invalid", "true");
  await expect(browse.problem("Level")).toHaveText(/"9" is not a level/);
  await expect(browse.problem("Due state (cards)")).toHaveText(/"bogus" is not a due state/);
  await expect(browse.problem("Suspended (cards)")).toHaveText(/"maybe" is not a suspended value/);

  await browse.goto("?kind=bogus");
  await expect(browse.count).toHaveText(/^12 items/);
  await expect(browse.problem("Kind")).toHaveText(/"bogus" is not a kind \(one of card, check, ladder\)/);
  await expect(browse.problem("Lesson")).toHaveCount(0);
});

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("the same form filters by lesson and tag (it is a plain GET form)", async ({ page }) => {
    const browse = new BrowsePage(page);
    await browse.goto();
    await browse.select("Lesson").selectOption({ label: "Raft" });
    await browse.field("Tag").fill("elections");
    await browse.search();
    await expect(page).toHaveURL(/lesson=raft/);
    await expect(browse.count).toHaveText(/^2 items/);
    await expect(browse.rows.nth(0)).toContainText("How many votes may a Raft server cast in one term?");
    await expect(browse.rows.nth(1)).toContainText("Myth or fact: a Raft leader");
  });
});

test("an item's page: its sources and schedule; a review shows in its history; suspend and unsuspend", async ({ page }) => {
  const browse = new BrowsePage(page);
  await browse.goto("?q=five&kind=card");
  await browse.open(MAJORITY);
  await expect(page).toHaveURL(/\/browse\/e2e-majority-of-five$/);
  const detail = new ItemDetailPage(page);
  await expect(detail.sources).toContainText("External reference: Lamport, The Part-Time Parliament");
  await expect(detail.sources).toContainText("Written in content/01-quorums/cards.md, line 5.");
  await expect(page.getByRole("article")).toContainText("Three: any two sets of three out of five share at least one node."); // answer shown open

  // Grade the head of the review queue through the API, then read that card's history.
  const { card, gradeId, result } = await gradeHead(page.request, 3);
  await detail.goto(card.id);
  const rows = detail.historyRows();
  await expect(rows.first()).toBeVisible();
  const before = (await rows.count()) - 1;
  await expect(rows.first()).toContainText("Good");
  await expect(rows.first()).toContainText(`${card.state} → ${result.state}`);
  await expect(rows.first().getByRole("cell").nth(3)).toHaveText(formatInterval(Date.parse(result.due) - Date.parse(result.reviewedAt)));
  await expect(detail.scheduleValue("State")).toHaveText(result.state);

  await undoGrade(page.request, gradeId);
  await page.reload();
  await expect(detail.historyRows()).toHaveCount(before);
  await expect(detail.scheduleValue("State")).toHaveText(card.state);

  // Suspend from the detail page: it leaves every queue and the browser finds it as suspended.
  await expect(detail.scheduleValue("Suspended")).toHaveText("no");
  await detail.suspendButton().click();
  await expect(detail.status()).toHaveText("Suspended: the card is out of every queue.");
  await expect(detail.scheduleValue("Suspended")).toHaveText(/^yes/);
  await expect(detail.suspendButton()).toHaveText("Unsuspend card");
  await browse.goto("?suspended=yes");
  await expect(browse.rows).toHaveCount(1);
  await expect(browse.rows.first()).toContainText("suspended");
  await browse.rows.first().getByRole("link").first().click();
  await detail.suspendButton().click();
  await expect(detail.status()).toHaveText("Unsuspended: the card is back in the queue.");
  await expect(detail.scheduleValue("Suspended")).toHaveText("no");
});

test("a buried card's page says until when, and Unbury puts it back in today's queue", async ({ page }) => {
  const card = await buryHead(page.request);
  const detail = new ItemDetailPage(page);
  await detail.goto(card.id);
  await expect(detail.scheduleValue("Buried")).toHaveText(/^until /);
  await page.getByRole("button", { name: "Unbury card" }).click();
  await expect(page.getByTestId("unbury-status")).toHaveText("Unburied: the card is back in today's queue.");
  await expect(detail.scheduleValue("Buried")).toHaveText("no");
  await expect(page.getByRole("button", { name: "Unbury card" })).toHaveCount(0);
  const head = await (await page.request.get("/api/review/next")).json();
  expect(head.next.card.id).toBe(card.id); // first in line again
});

test("an unknown item is a 404 that points back to the browser", async ({ page }) => {
  const res = await page.goto("/browse/no-such-item");
  expect(res?.status()).toBe(404);
  await expect(page.getByRole("heading", { name: "Item not found" })).toBeVisible();
});
