import type { Locator, Page } from "@playwright/test"
import type { AdminApp } from "./admin-app"

/** The admin's landing page (orders list) with this month's figures by workshop. */
export class AdminLandingPage {
  readonly page: Page
  readonly widget: Locator
  readonly rows: Locator
  readonly total: Locator

  constructor(private readonly app: AdminApp) {
    this.page = app.page
    this.widget = this.page.getByTestId("workshop-summary-widget")
    this.rows = this.widget.getByTestId("summary-row")
    this.total = this.widget.getByTestId("summary-total")
  }

  async open() {
    await this.app.open("/orders")
    await this.widget.waitFor()
  }

  /** The workshops' handles in row order, once the figures have loaded (the widget shows before its rows). */
  async handles(): Promise<string[]> {
    await this.rows.first().waitFor()
    return this.rows.evaluateAll((rows) => rows.map((r) => r.getAttribute("data-handle") ?? ""))
  }
}
