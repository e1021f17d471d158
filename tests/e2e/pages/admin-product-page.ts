import type { Locator, Page } from "@playwright/test"
import type { AdminApp } from "./admin-app"

/** A product's page in the admin, with the Makers widget. */
export class AdminProductPage {
  readonly page: Page
  readonly widget: Locator
  readonly makers: Locator
  readonly weights: Locator
  readonly percents: Locator

  constructor(private readonly app: AdminApp) {
    this.page = app.page
    this.widget = this.page.getByTestId("makers-widget")
    this.makers = this.widget.getByTestId("maker-row")
    this.weights = this.widget.getByTestId("maker-weight")
    this.percents = this.widget.getByTestId("maker-percent")
  }

  async open(productId: string) {
    await this.app.open(`/products/${productId}`)
    await this.widget.waitFor()
  }

  async setWeight(index: number, weight: string) {
    await this.widget.getByTestId("makers-edit").click()
    await this.widget.getByTestId("maker-weight-input").nth(index).fill(weight)
    await this.widget.getByTestId("makers-save").click()
  }
}
