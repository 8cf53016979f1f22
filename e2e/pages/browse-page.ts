import { expect, type Locator, type Page } from "@playwright/test";

const PROBLEM_IDS = {
  "Search text": "f-q-error",
  Lesson: "f-lesson-error",
  Kind: "f-kind-error",
  Level: "f-level-error",
  Tag: "f-tag-error",
  "Due state (cards)": "f-due-error",
  "Suspended (cards)": "f-suspended-error",
} as const;

/** /browse: the filter form (a plain GET form) and the result table. */
export class BrowsePage {
  readonly form: Locator;
  readonly count: Locator;
  readonly rows: Locator;

  constructor(private readonly page: Page) {
    this.form = page.getByRole("search", { name: "Filter items" });
    this.count = page.getByTestId("result-count");
    this.rows = page.getByRole("table").getByRole("row").filter({ has: page.getByRole("cell") });
  }

  async goto(query = "") {
    await this.page.goto(`/browse${query}`);
    await expect(this.page.getByRole("heading", { name: "Browse", level: 1 })).toBeVisible();
  }

  field(label: "Search text" | "Tag") {
    return this.form.getByLabel(label, { exact: true });
  }

  select(label: "Lesson" | "Kind" | "Level" | "Due state (cards)" | "Suspended (cards)") {
    return this.form.getByLabel(label, { exact: true });
  }

  /** The message reported beside a filter (an over-long search, an unknown lesson, a value that does not parse). */
  problem(label: keyof typeof PROBLEM_IDS) {
    return this.form.locator(`#${PROBLEM_IDS[label]}`);
  }

  async search() {
    await this.form.getByRole("button", { name: "Search" }).click();
    await expect(this.page).toHaveURL(/\/browse/);
  }

  async open(linkText: string | RegExp) {
    await this.rows.getByRole("link", { name: linkText }).click();
    await expect(this.page.getByRole("heading", { name: "Sources" })).toBeVisible();
  }
}

/** /browse/[id]: one item with its sources, schedule and review history. */
export class ItemDetailPage {
  readonly sources: Locator;
  readonly schedule: Locator;
  readonly history: Locator;

  constructor(private readonly page: Page) {
    this.sources = page.getByRole("region", { name: "Sources" });
    this.schedule = page.getByTestId("card-schedule");
    this.history = page.getByRole("region", { name: "Review history" });
  }

  async goto(id: string) {
    await this.page.goto(`/browse/${id}`);
    await expect(this.sources).toBeVisible();
  }

  /** The value next to a schedule label ("State", "Reviews", "Suspended", ...). */
  scheduleValue(label: string) {
    return this.schedule.locator("dt", { hasText: new RegExp(`^${label}$`) }).locator("xpath=following-sibling::dd[1]");
  }

  historyRows() {
    return this.history.getByRole("row").filter({ has: this.page.getByRole("cell") });
  }

  suspendButton() {
    return this.page.getByRole("button", { name: /^(Suspend|Unsuspend) card$/ });
  }

  status() {
    return this.page.getByRole("status");
  }
}
