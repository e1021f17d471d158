import type { Locator, Page } from "@playwright/test"

/** A workshop's page: its story, its makers who consented to a public profile, its pieces. */
export class CatalogWorkshopPage {
  readonly root: Locator
  readonly makers: Locator
  readonly products: Locator

  constructor(private readonly page: Page) {
    this.root = page.getByTestId("workshop-page")
    this.makers = page.getByTestId("workshop-maker")
    this.products = page.getByTestId("product-card")
  }

  async open(handle: string, locale: "zh-CN" | "en" = "zh-CN") {
    return this.page.goto(`/${locale}/workshops/${handle}`)
  }

  makerLink(name: string): Locator {
    return this.makers.getByRole("link", { name, exact: true })
  }
}

/** A maker's public profile. */
export class CatalogMakerPage {
  readonly root: Locator
  readonly products: Locator

  constructor(private readonly page: Page) {
    this.root = page.getByTestId("maker-page")
    this.products = page.getByTestId("product-card")
  }

  async open(id: string, locale: "zh-CN" | "en" = "zh-CN") {
    return this.page.goto(`/${locale}/makers/${id}`)
  }
}
