import type { Locator, Page } from "@playwright/test"

export type Locale = "zh-CN" | "en"

/** The shop's home page: hero, live impact figures, featured pieces, workshops. */
export class ShopHomePage {
  readonly productCards: Locator
  readonly languageSwitch: Locator
  readonly impact: Locator
  readonly workshopCards: Locator

  constructor(private readonly page: Page) {
    this.productCards = page.getByTestId("product-card")
    this.languageSwitch = page.getByTestId("language-switch")
    this.impact = page.getByTestId("impact-figures")
    this.workshopCards = page.getByTestId("workshop-card")
  }

  async open(locale: Locale = "zh-CN") {
    return this.page.goto(`/${locale}`)
  }

  /** One impact figure's shown value: women, paid, median or share. */
  impactValue(key: "women" | "paid" | "median" | "share"): Locator {
    return this.page.getByTestId(`impact-${key}`).getByTestId("impact-value")
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
