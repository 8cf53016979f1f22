import { expect, type Page } from "@playwright/test";

/** /stats: the calendar, the charts and tables, each found by its test id or heading. */
export class StatsPage {
  constructor(private readonly page: Page) {}

  async goto() {
    await this.page.goto("/stats");
    await expect(this.page.getByRole("heading", { name: "Statistics", level: 1 })).toBeVisible();
  }

  heatmapCells() {
    return this.page.getByTestId("heatmap").locator("rect");
  }

  /** The number of reviews today's calendar cell reports in its tooltip. */
  async todaysReviews(): Promise<number> {
    const title = await this.heatmapCells().last().locator("title").textContent();
    return Number(/: (\d+) review/.exec(title ?? "")?.[1] ?? NaN);
  }

  summary() {
    return this.page.getByTestId("heatmap-summary");
  }
}
