import { expect, type Locator, type Page } from "@playwright/test"

export type Locale = "zh-CN" | "en"

/** The cart page (/cart) and adding pieces from a product page. */
export class CartPage {
  readonly root: Locator
  readonly lines: Locator
  readonly empty: Locator
  readonly promoInput: Locator
  readonly promoApply: Locator
  readonly promoError: Locator
  readonly promoApplied: Locator
  readonly checkoutButton: Locator
  readonly headerCartLink: Locator

  constructor(private readonly page: Page) {
    this.root = page.getByTestId("cart-page")
    this.lines = page.getByTestId("cart-line")
    this.empty = page.getByTestId("cart-empty")
    this.promoInput = page.getByTestId("promo-input")
    this.promoApply = page.getByTestId("promo-apply")
    this.promoError = page.getByTestId("promo-error")
    this.promoApplied = page.getByTestId("promo-applied")
    this.checkoutButton = page.getByTestId("go-to-checkout")
    this.headerCartLink = page.getByTestId("cart-link")
  }

  async open(locale: Locale = "zh-CN") {
    await this.page.goto(`/${locale}/cart`)
    await expect(this.root).toBeVisible()
  }

  /**
   * Adds a piece from its product page: the variant by its title (or the preselected one), then
   * waits for the confirmation.
   */
  async addFromProductPage(handle: string, options: { locale?: Locale; variant?: string; quantity?: number } = {}) {
    const page = this.page
    await page.goto(`/${options.locale ?? "zh-CN"}/products/${handle}`)
    const panel = page.getByTestId("purchase-panel")
    await expect(panel).toBeVisible()
    if (options.variant) await panel.getByTestId("variant-options").getByText(options.variant, { exact: true }).click()
    if (options.quantity) await panel.locator("select").selectOption(String(options.quantity))
    await panel.getByTestId("add-to-cart").click()
    await expect(panel.getByTestId("added-to-cart")).toBeVisible()
  }

  line(title: string) {
    const root = this.lines.filter({ has: this.page.getByTestId("cart-line-title").getByText(title, { exact: true }) })
    return {
      root,
      quantity: root.getByTestId("cart-line-quantity"),
      remove: root.getByTestId("cart-line-remove"),
      total: root.getByTestId("cart-line-total"),
    }
  }

  async setQuantity(title: string, quantity: number) {
    const line = this.line(title)
    await line.quantity.selectOption(String(quantity))
    await expect(line.quantity).toHaveValue(String(quantity))
    await expect(line.quantity).toBeEnabled()
  }

  async remove(title: string) {
    await this.line(title).remove.click()
    await expect(this.line(title).root).toHaveCount(0)
  }

  async applyPromo(code: string) {
    await this.promoInput.fill(code)
    await this.promoApply.click()
  }

  total(name: "subtotal" | "shipping" | "discount" | "tax" | "total") {
    return this.page.getByTestId(`totals-${name}`)
  }

  /** The header badge's count (0 when the badge is hidden). */
  async badgeCount(): Promise<number> {
    return Number((await this.headerCartLink.getAttribute("data-count")) ?? "0")
  }
}

/** "¥1,234.50" / "$12.00" / "CN¥68.00" → 1234.5 (for comparing amounts shown on a page). */
export function amountOf(text: string): number {
  const digits = text.replace(/[^0-9.]/g, "")
  return Number(digits)
}
