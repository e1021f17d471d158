import { type Locator, type Page, expect } from "@playwright/test"

/** A product page: gallery, version picker, add to cart, and the makers block. */
export class ProductPage {
  readonly title: Locator
  readonly price: Locator
  readonly stockState: Locator
  readonly addToCart: Locator
  readonly addToCartReason: Locator
  readonly added: Locator
  readonly addError: Locator
  readonly makersBlock: Locator
  readonly makers: Locator
  readonly makersShare: Locator
  readonly gallery: Locator
  readonly cartBadge: Locator

  constructor(private readonly page: Page) {
    this.title = page.getByRole("heading", { level: 1 })
    this.price = page.getByTestId("selected-price")
    this.stockState = page.getByTestId("stock-state")
    this.addToCart = page.getByTestId("add-to-cart")
    this.addToCartReason = page.getByTestId("add-to-cart-reason")
    this.added = page.getByTestId("added-to-cart")
    this.addError = page.getByTestId("add-to-cart-error")
    this.makersBlock = page.getByTestId("makers-block")
    this.makers = this.makersBlock.getByTestId("maker")
    this.makersShare = this.makersBlock.getByTestId("makers-share")
    this.gallery = page.getByTestId("product-gallery")
    this.cartBadge = page.getByTestId("cart-count")
  }

  async open(handle: string, locale: "zh-CN" | "en" = "zh-CN") {
    return this.page.goto(`/${locale}/products/${handle}`)
  }

  /** Chooses a version by its label (e.g. "檀香骨" / "Sandalwood ribs"). */
  async chooseVersion(label: string) {
    const options = this.page.getByTestId("variant-options")
    // The radio itself is visually hidden inside its label (a pill): click the pill, as people do.
    await options.locator("label").filter({ hasText: label }).click()
    await expect(options.getByRole("radio", { name: label })).toBeChecked()
  }

  maker(name: string): Locator {
    return this.makers.filter({ has: this.page.getByTestId("maker-name").getByText(name, { exact: true }) })
  }
}
