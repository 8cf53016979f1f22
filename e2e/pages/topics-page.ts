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

/**
 * /topics/[slug] and its tabs: the lesson (text, contents, simulators) and, one step away, its
 * Cards, Checks and Interview questions as compact lists, each row a disclosure named by its question.
 */
export type LessonTab = "Lesson" | "Cards" | "Checks" | "Interview questions";
const TAB_PATHS: Record<LessonTab, string> = { Lesson: "", Cards: "/cards", Checks: "/checks", "Interview questions": "/questions" };

export class LessonPage {
  readonly tabs: Locator;

  constructor(private readonly page: Page) {
    this.tabs = page.getByRole("navigation", { name: "Lesson sections" });
  }

  async goto(slug: string, title: string, tab: LessonTab = "Lesson") {
    await this.page.goto(`/topics/${slug}${TAB_PATHS[tab]}`);
    await expect(this.page.getByRole("heading", { name: title, level: 1 })).toBeVisible();
  }

  async openTab(tab: LessonTab) {
    await this.tabs.getByRole("link", { name: new RegExp(`^${tab}\\b`) }).click();
    await expect(this.tabs.getByRole("link", { name: new RegExp(`^${tab}\\b`) })).toHaveAttribute("aria-current", "page");
  }

  body() {
    return this.page.getByRole("article", { name: /: lesson$/ });
  }

  contents() {
    return this.page.getByRole("navigation", { name: "Contents" });
  }

  /** The list on a Cards, Checks or Interview questions tab, named "Cards (3)" and so on. */
  list(name: "Cards" | "Concept checks" | "Interview questions") {
    return this.page.getByRole("region", { name: new RegExp(`^${name} \\(\\d+\\)$`) });
  }

  filter(label: "Filter cards" | "Filter checks" | "Filter questions") {
    return this.page.getByRole("searchbox", { name: label });
  }

  /** An item's row (a <details>), found by the question on its line. */
  item(text: string | RegExp) {
    return this.page.locator("details").filter({ has: this.page.locator(":scope > summary", { hasText: text }) });
  }

  /** Opens an item's row and returns it. */
  async open(text: string | RegExp) {
    const row = this.item(text);
    await row.locator(":scope > summary").click();
    await expect(row).toHaveAttribute("open", "");
    return row;
  }

  visibleRows() {
    return this.page.locator("details:visible");
  }

  progress() {
    return readProgress(this.page.getByRole("main"));
  }
}
