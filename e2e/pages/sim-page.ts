import { expect, type Locator, type Page } from "@playwright/test";

/** /sim/NAME: one simulator full page (or a lesson's embed, given its root). */
export class SimPage {
  readonly root: Locator;
  constructor(
    private readonly page: Page,
    root?: Locator,
  ) {
    this.root = root ?? page.locator("main");
  }

  async goto(name: string, query = "") {
    await this.page.goto(`/sim/${name}${query ? `?${query}` : ""}`);
    await expect(this.player).toBeVisible({ timeout: 30_000 }); // the simulator's chunk loads after hydration
  }

  get player() {
    return this.root.getByRole("group", { name: "Player" });
  }
  button(name: string | RegExp) {
    return this.root.getByRole("button", { name });
  }
  get banner() {
    return this.root.getByRole("status").filter({ hasText: /safety propert/ });
  }
  get log() {
    return this.root.getByRole("log");
  }
  get question() {
    return this.root.getByRole("dialog");
  }
  get timeline() {
    return this.root.getByRole("slider", { name: "Timeline" });
  }
  server(id: number) {
    return this.root.locator(`[data-server="${id}"]`);
  }

  async play() {
    await this.button(/Play/).click();
  }
  async pause() {
    const b = this.button(/Pause/);
    if (await b.isVisible()) await b.click();
  }
  async steps(n: number) {
    for (let i = 0; i < n; i++) await this.button("Step").click();
  }
  /** Copy link, then read the link it shows. */
  async shareLink(): Promise<string> {
    await this.button("Copy link").click();
    const input = this.root.getByRole("textbox", { name: "Share link" });
    await expect(input).toBeVisible();
    return input.inputValue();
  }
  async logText(): Promise<string> {
    return (await this.log.innerText()).trim();
  }
  /** Answer the open question with its first choice and return the grade line. */
  async answerFirstChoice(): Promise<string> {
    const q = this.question;
    await q.getByRole("radio").first().check();
    await q.getByRole("button", { name: "Check my answer" }).click();
    const grade = q.getByText(/^(✓ Correct|✗ Not quite)/);
    await expect(grade).toBeVisible();
    return grade.innerText();
  }
}
