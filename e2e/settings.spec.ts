import { expect, test } from "@playwright/test";
import { SettingsPage } from "./pages/settings-page";

test("an invalid value is refused with a message next to its field; a valid one saves and persists", async ({ page }) => {
  const settings = new SettingsPage(page);
  await settings.goto();
  const retention = settings.field("Desired retention");
  await expect(retention).toHaveValue("0.9");

  await retention.fill("1.5");
  await settings.save();
  const error = await settings.error("Desired retention");
  await expect(error).toHaveText(/Desired retention must be between 0.7 and 0.99/);
  await expect(error).toHaveAttribute("aria-live", "polite");
  await expect(retention).toHaveAttribute("aria-invalid", "true");
  await expect(retention).toHaveAccessibleDescription(/must be between 0.7 and 0.99/);
  await page.reload();
  await expect(settings.field("Desired retention")).toHaveValue("0.9"); // nothing was saved

  await settings.field("Desired retention").fill("0.85");
  await settings.field("New cards per day").fill("15");
  await settings.field("Learning steps").fill("2m 15m");
  await settings.save();
  await expect(settings.status()).toHaveText("Settings saved.");
  await page.reload();
  await expect(settings.field("Desired retention")).toHaveValue("0.85");
  await expect(settings.field("New cards per day")).toHaveValue("15");
  await expect(settings.field("Learning steps")).toHaveValue("2m 15m");
});

test("a refused save says the marked fields are above and focuses the first; a saved one keeps focus on Save", async ({ page }) => {
  const settings = new SettingsPage(page);
  await settings.goto();
  await settings.field("New cards per day").fill("1e1"); // a number to JavaScript, not to a learner
  await settings.field("Next day starts at (hour, 0–23)").fill("25");
  await settings.saveButton().focus();
  await page.keyboard.press("Enter");
  await expect(await settings.error("New cards per day")).toHaveText(/New cards per day must be a number written in plain digits, like 20 \(not "1e1"\)/);
  await expect(await settings.error("Next day starts at (hour, 0–23)")).toHaveText(/between 0 and 23/);
  await expect(settings.status()).toHaveText("Not saved: fix the 2 fields marked above.");
  await expect(settings.field("New cards per day")).toBeFocused();
  const statusBelowFields = await settings.status().evaluate((el) => {
    const field = document.getElementById("dayStartHour")!;
    return field.compareDocumentPosition(el) & Node.DOCUMENT_POSITION_FOLLOWING;
  });
  expect(statusBelowFields).toBeTruthy(); // so "above" is true

  await settings.field("New cards per day").fill("10");
  await settings.field("Next day starts at (hour, 0–23)").fill("4");
  await settings.saveButton().focus();
  await page.keyboard.press("Enter");
  await expect(settings.status()).toHaveText("Settings saved.");
  await expect(settings.saveButton()).toBeFocused();
  await page.reload();
  await expect(settings.field("New cards per day")).toHaveValue("10");
  await settings.field("New cards per day").fill("15"); // as the first test left it
  await settings.save();
  await expect(settings.status()).toHaveText("Settings saved.");
});

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("the server action refuses the same invalid value with the same message", async ({ page }) => {
    const settings = new SettingsPage(page);
    await settings.goto();
    await settings.field("Maximum reviews per day").fill("lots");
    await settings.save();
    await expect(await settings.error("Maximum reviews per day")).toHaveText(/Maximum reviews per day must be a number/);
    await expect(settings.field("Maximum reviews per day")).toHaveValue("lots"); // the input is kept
  });
});

for (const colorScheme of ["light", "dark"] as const) {
  test(`the invalid field a refused save focuses keeps its red border, with a red ring (${colorScheme})`, async ({ page }) => {
    await page.emulateMedia({ colorScheme });
    const settings = new SettingsPage(page);
    await settings.goto();
    const saved = await settings.field("Desired retention").inputValue();
    await settings.field("Desired retention").fill("1.5");
    await settings.field("New cards per day").fill("1e1");
    await settings.save();
    const focused = settings.field("Desired retention");
    await expect(focused).toBeFocused();
    await expect(settings.field("New cards per day")).toHaveAttribute("aria-invalid", "true");
    const look = (el: Element) => {
      const s = getComputedStyle(el);
      return { border: s.borderTopColor, width: s.borderTopWidth, outline: s.outlineColor, outlineStyle: s.outlineStyle };
    };
    const other = await settings.field("New cards per day").evaluate(look); // invalid, not focused
    const mine = await focused.evaluate(look);
    const valid = await settings.field("Learning steps").evaluate(look);
    expect(other.border).not.toBe(valid.border); // the invalid border is its own colour
    expect(mine.border).toBe(other.border);
    expect(mine.width).toBe("2px");
    expect(mine.outlineStyle).toBe("solid"); // not the browser's ring, drawn over the border
    expect(mine.outline).toBe(other.border);
    await page.reload(); // nothing was saved
    await expect(settings.field("Desired retention")).toHaveValue(saved);
  });
}
