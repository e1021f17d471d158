import type { Locator, Page } from "@playwright/test"
import type { Locale } from "./desk-login-page"

/** /desk/month: per-artisan totals and what stands between the month and its close. */
export class DeskMonthPage {
  readonly heading: Locator
  readonly status: Locator
  readonly total: Locator
  readonly checks: Locator
  readonly rows: Locator

  constructor(private readonly page: Page) {
    this.heading = page.getByTestId("month-heading")
    this.status = page.getByTestId("month-status")
    this.total = page.getByTestId("month-total")
    this.checks = page.getByTestId("close-checks")
    this.rows = page.getByTestId("month-row")
  }

  async open(month?: string, locale: Locale = "zh-CN") {
    await this.page.goto(`/${locale}/desk/month${month ? `?month=${month}` : ""}`)
  }

  row(artisanId: string) {
    return this.page.locator(`[data-testid=month-row][data-artisan-id="${artisanId}"]`)
  }
}
