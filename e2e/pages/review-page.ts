import { expect, type Locator, type Page } from "@playwright/test";

/** The review screen (/review), driven the way a learner does: with the keyboard. */
export class ReviewPage {
  readonly front: Locator;
  readonly back: Locator;
  readonly summary: Locator;

  constructor(private readonly page: Page) {
    this.front = page.getByTestId("card-front");
    this.back = page.getByTestId("card-back");
    this.summary = page.getByTestId("session-summary");
  }

  async goto() {
    await this.page.goto("/review");
    await expect(this.page.getByRole("heading", { name: "Review" })).toBeVisible();
  }

  async expectFront(text: string | RegExp) {
    await expect(this.front).toContainText(text);
    await expect(this.back).toBeHidden();
  }

  /** Space reveals the answer. */
  async reveal() {
    await this.page.keyboard.press("Space");
    await expect(this.back).toBeVisible();
  }

  grade(name: "Again" | "Hard" | "Good" | "Easy") {
    return this.page.getByRole("group", { name: "Grade your answer" }).getByRole("button", { name: new RegExp(`^${name}`) });
  }

  /**
   * 1-4 grade: the next card shows at once and the grade goes to the server in the background;
   * this waits for the server to record it too, so what the test checks next is in the database.
   */
  async gradeWithKey(key: 1 | 2 | 3 | 4) {
    await this.page.keyboard.press(String(key));
    await expect(this.back).toBeHidden();
    await this.settled();
  }

  /** Every write the screen sent in the background has been answered (before a reload, say). */
  async settled() {
    await expect(this.page.getByTestId("review-session")).toHaveAttribute("data-writes", "0");
  }

  async undoWithKey() {
    await this.page.keyboard.press("u");
  }

  counts() {
    return this.page.getByTestId("queue-counts");
  }

  /** The live region that announces each action's outcome ("Undid Good. The card is back."). */
  status() {
    return this.page.getByRole("status");
  }

  undoButton() {
    return this.page.getByRole("group", { name: "Card actions" }).getByRole("button", { name: /^Undo/ });
  }

  /** A figure of the session summary: a grade's count ("Easy"), "Cards" or "Time". */
  summaryFigure(name: string) {
    return this.summary.locator("div").filter({ has: this.page.locator("dt").getByText(name, { exact: true }) }).locator("dd");
  }
}
