import { expect, type Page } from "@playwright/test";

/** The dashboard (/): today's counts and the way into a review. */
export class DashboardPage {
  constructor(private readonly page: Page) {}

  async goto() {
    await this.page.goto("/");
    await expect(this.page.getByRole("heading", { name: "Today" })).toBeVisible();
  }

  private async number(testId: string) {
    return Number(await this.page.getByTestId(testId).innerText());
  }

  async counts() {
    return {
      dueNow: await this.number("due-now"),
      newToday: await this.number("new-available"),
      doneToday: await this.number("done-today"),
      streak: await this.number("streak"),
    };
  }

  async startReview() {
    await this.page.getByRole("link", { name: "Start review" }).click();
    await expect(this.page.getByRole("heading", { name: "Review" })).toBeVisible();
  }
}
