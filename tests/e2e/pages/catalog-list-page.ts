import type { Locator, Page } from "@playwright/test"

/**
 * A product list: /store, /categories/[handle] and /search share its parts (cards, sort links,
 * filters, pager).
 */
export class CatalogListPage {
  readonly cards: Locator
  readonly count: Locator
  readonly sortLinks: Locator
  readonly pagination: Locator
  readonly activeFilters: Locator
  readonly problems: Locator
  readonly noResults: Locator

  constructor(readonly page: Page) {
    this.cards = page.getByTestId("product-card")
    this.count = page.getByTestId("result-count")
    this.sortLinks = page.getByTestId("sort-links")
    this.pagination = page.getByTestId("pagination")
    this.activeFilters = page.getByTestId("active-filters")
    this.problems = page.getByTestId("query-problems")
    this.noResults = page.getByTestId("no-results")
  }

  async openStore(locale: "zh-CN" | "en" = "zh-CN", search = "") {
    return this.page.goto(`/${locale}/store${search}`)
  }

  async openCategory(handle: string, locale: "zh-CN" | "en" = "zh-CN", search = "") {
    return this.page.goto(`/${locale}/categories/${handle}${search}`)
  }

  /** The product handles of the cards, in page order. */
  async handles(): Promise<string[]> {
    return this.cards.evaluateAll((cards) => cards.map((card) => card.getAttribute("data-handle") ?? ""))
  }

  /** The cards' prices as numbers ("¥268.00 起" → 268), in page order. */
  async prices(): Promise<number[]> {
    const texts = await this.cards.getByTestId("product-price").allInnerTexts()
    return texts.map((text) => Number(text.replace(/[^\d.]/g, "")))
  }

  sortLink(sort: "newest" | "price_asc" | "price_desc"): Locator {
    return this.sortLinks.locator(`[data-sort="${sort}"]`)
  }

  /** The filter form beside the list (wide screens) or folded above it (phones). */
  filters(layout: "side" | "compact" = "side") {
    const form = this.page.getByTestId(`filter-form-${layout}`)
    return {
      form,
      workshop: form.locator("select[name=workshop]"),
      category: form.locator("select[name=category]"),
      min: form.locator("input[name=min]"),
      max: form.locator("input[name=max]"),
      apply: this.page.getByTestId(`apply-filters-${layout}`),
    }
  }

  pageLink(label: string | number): Locator {
    return this.pagination.getByRole("link", { name: String(label), exact: true })
  }
}
