import type { Locator, Page } from "@playwright/test"

export class ProductPage {
  readonly title: Locator
  readonly price: Locator

  constructor(private readonly page: Page) {
    this.title = page.getByRole("heading", { level: 1 })
    this.price = page.getByTestId("product-price").first()
  }

  async open(handle: string, locale: "zh-CN" | "en" = "zh-CN") {
    await this.page.goto(`/${locale}/products/${handle}`)
  }
}
