import type { Locator, Page } from "@playwright/test"

export class ShopHomePage {
  readonly productCards: Locator
  readonly languageSwitch: Locator

  constructor(private readonly page: Page) {
    this.productCards = page.getByTestId("product-card")
    this.languageSwitch = page.getByTestId("language-switch")
  }

  async open(locale: "zh-CN" | "en" = "zh-CN") {
    await this.page.goto(`/${locale}`)
  }

  card(index: number) {
    const card = this.productCards.nth(index)
    return {
      root: card,
      image: card.locator("img"),
      price: card.getByTestId("product-price"),
      title: card.locator("h2, h3").first(),
    }
  }
}
