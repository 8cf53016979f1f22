import { expect, test } from "@playwright/test";
import { ItemDetailPage } from "./pages/browse-page";
import { buryHead } from "./pages/review-api-client";

// Keyboard focus after a card action on its detail page (/browse/<id>): a learner who pressed a
// button with the keyboard must not be dropped back to the top of the page. Each test undoes
// what it did: other specs share the database.

const activeElement = (page: import("@playwright/test").Page) =>
  page.evaluate(() => ({ tag: document.activeElement?.tagName, testId: document.activeElement?.getAttribute("data-testid"), text: document.activeElement?.textContent }));

test("Unbury from the keyboard: the button goes, and focus moves to the message that says so", async ({ page }) => {
  const card = await buryHead(page.request);
  const detail = new ItemDetailPage(page);
  await detail.goto(card.id);
  await page.getByRole("button", { name: "Unbury card" }).focus();
  await page.keyboard.press("Enter");
  const status = page.getByTestId("unbury-status");
  await expect(status).toHaveText("Unburied: the card is back in today's queue.");
  await expect(detail.scheduleValue("Buried")).toHaveText("no"); // the page refreshed
  await expect(page.getByRole("button", { name: "Unbury card" })).toHaveCount(0);
  await expect(status).toBeFocused();
  expect(await activeElement(page)).toMatchObject({ tag: "P", testId: "unbury-status" }); // not <body>
});

test("Suspend and Unsuspend from the keyboard keep focus on the button, whose label flips", async ({ page }) => {
  const detail = new ItemDetailPage(page);
  await detail.goto("e2e-majority-of-five");
  await expect(detail.scheduleValue("Suspended")).toHaveText("no");
  await detail.suspendButton().focus();
  await page.keyboard.press("Enter");
  await expect(detail.scheduleValue("Suspended")).toHaveText(/^yes/);
  await expect(detail.suspendButton()).toHaveText("Unsuspend card");
  await expect(detail.suspendButton()).toBeFocused();
  expect(await activeElement(page)).toMatchObject({ tag: "BUTTON", text: "Unsuspend card" });

  await page.keyboard.press("Enter");
  await expect(detail.scheduleValue("Suspended")).toHaveText("no");
  await expect(detail.suspendButton()).toHaveText("Suspend card");
  await expect(detail.suspendButton()).toBeFocused();
  expect(await activeElement(page)).toMatchObject({ tag: "BUTTON", text: "Suspend card" });
});
