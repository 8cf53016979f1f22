import { expect, type Page } from "@playwright/test";

/** The settings form (/settings): fields by label, errors tied to them. */
export class SettingsPage {
  constructor(private readonly page: Page) {}

  async goto() {
    await this.page.goto("/settings");
    await expect(this.page.getByRole("heading", { name: "Settings" })).toBeVisible();
  }

  field(label: string) {
    return this.page.getByLabel(label, { exact: true });
  }

  /** The message shown next to a field: the element its aria-describedby names as "-error". */
  async error(label: string) {
    const id = await this.field(label).getAttribute("id");
    return this.page.locator(`#${id}-error`);
  }

  saveButton() {
    return this.page.getByRole("button", { name: "Save settings" });
  }

  async save() {
    await this.saveButton().click();
  }

  /** The form's own status line (the Optimize panel below has a status region of its own). */
  status() {
    return this.page.locator("#settings-status");
  }
}
