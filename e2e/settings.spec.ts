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
