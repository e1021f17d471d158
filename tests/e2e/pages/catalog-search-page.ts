import type { Locator, Page } from "@playwright/test"

/** Search: the header's search box and the /search results page. */
export class CatalogSearchPage {
  readonly results: Locator
  readonly count: Locator
  readonly message: Locator

  constructor(private readonly page: Page) {
    this.results = page.getByTestId("product-card")
    this.count = page.getByTestId("result-count")
    this.message = page.getByTestId("search-message")
  }

  /** Types a query into the header's search box (the one shown at this width) and submits it. */
  async searchFromHeader(query: string) {
    const box = this.page.getByRole("search").getByRole("searchbox").filter({ visible: true }).first()
    await box.fill(query)
    await box.press("Enter")
    await this.page.waitForURL(/\/search\?q=/)
  }

  result(title: string): Locator {
    return this.results.filter({ has: this.page.locator("h2, h3").getByText(title, { exact: true }) })
  }
}
