import { expect, type Locator, type Page } from "@playwright/test";

/** The quiz screens (/quiz, /quiz/<id>, its result), driven the way a learner does: with the keyboard. */
export class QuizPage {
  readonly question: Locator;
  readonly progress: Locator;

  constructor(private readonly page: Page) {
    this.question = page.getByTestId("quiz-question");
    this.progress = page.getByTestId("quiz-progress");
  }

  async build(o: { length: 10 | 20 | 40 | number; source: "both" | "checks" | "generated"; mode: "exam" | "learn"; lessons?: string[] }) {
    await this.page.goto("/quiz");
    await expect(this.page.getByRole("heading", { name: "Quiz", exact: true })).toBeVisible();
    if (o.lessons) {
      await this.page.getByRole("button", { name: "None" }).click();
      for (const l of o.lessons) await this.page.getByRole("checkbox", { name: new RegExp(`^${l}`) }).check();
    }
    if ([10, 20, 40].includes(o.length)) await this.page.getByRole("radio", { name: `${o.length} questions` }).check();
    else {
      await this.page.getByRole("radio", { name: "Custom" }).check();
      await this.page.getByRole("spinbutton", { name: "Questions" }).fill(String(o.length));
    }
    const sources = { both: /^Both/, checks: /concept checks$/, generated: /^Generated exercises/ };
    await this.page.getByRole("radio", { name: sources[o.source] }).check();
    await this.page.getByRole("radio", { name: o.mode === "exam" ? /^Exam/ : /^Learn/ }).check();
    await this.page.getByRole("button", { name: "Start the test" }).click();
    await expect(this.question).toBeVisible();
  }

  /**
   * Answers the question on screen from the keyboard: the first choice's number key (for sets, the
   * first choice too), "1" typed for a number, the starting order for an ordering; then Enter.
   */
  async answerWithKeys() {
    const before = await this.progress.textContent();
    const number = this.question.getByRole("textbox", { name: /Your answer/ });
    if (await number.count()) await this.page.keyboard.type("1");
    else if (!(await this.question.getByRole("list", { name: "Your order" }).count())) await this.page.keyboard.press("1");
    await this.page.keyboard.press("Enter");
    return before;
  }

  async promptText() {
    return (await this.question.locator(".md").first().textContent()) ?? "";
  }
}
