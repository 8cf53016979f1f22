import { expect, type Locator, type Page } from "@playwright/test";

/** Progress as the topic pages print it: "2 of 3 cards seen (66%) · 0 mastered (0%)". */
async function readProgress(box: Locator) {
  const text = await box.getByTestId("topic-progress").innerText();
  const m = /(\d+) of (\d+) cards seen.*?(\d+) mastered/s.exec(text);
  if (!m) throw new Error(`no progress figures in "${text}"`);
  return { seen: Number(m[1]), total: Number(m[2]), mastered: Number(m[3]) };
}

/** /topics: the lessons in order, each with counts and progress. */
export class TopicsPage {
  readonly lessons: Locator;

  constructor(private readonly page: Page) {
    this.lessons = page.getByRole("list", { name: "Lessons" }).getByRole("listitem");
  }

  async goto() {
    await this.page.goto("/topics");
    await expect(this.page.getByRole("heading", { name: "Topics", level: 1 })).toBeVisible();
  }

  lesson(title: string) {
    return this.lessons.filter({ has: this.page.getByRole("heading", { name: title }) });
  }

  progress(title: string) {
    return readProgress(this.lesson(title));
  }

  async open(title: string) {
    await this.lesson(title).getByRole("link", { name: title }).click();
    await expect(this.page.getByRole("heading", { name: title, level: 1 })).toBeVisible();
  }
}

/** /topics/[slug]: the lesson text, its simulator embeds and its items by kind. */
export class LessonPage {
  constructor(private readonly page: Page) {}

  async goto(slug: string, title: string) {
    await this.page.goto(`/topics/${slug}`);
    await expect(this.page.getByRole("heading", { name: title, level: 1 })).toBeVisible();
  }

  body() {
    return this.page.getByRole("article", { name: /: lesson$/ });
  }

  section(name: "Cards" | "Concept checks" | "Interview ladders") {
    return this.page.getByRole("region", { name: new RegExp(`^${name} \\(\\d+\\)$`) });
  }

  /** An item's article, named by its front, prompt or question. */
  item(text: string | RegExp) {
    return this.page.getByRole("article", { name: text });
  }

  progress() {
    return readProgress(this.page.getByRole("main"));
  }
}
