import type { Locator, Page } from "@playwright/test"
import type { Locale } from "./desk-login-page"

/** /me/month/YYYY-MM: one month day by day. */
export class MeMonthPage {
  readonly net: Locator
  readonly statement: Locator
  readonly days: Locator
  readonly lines: Locator

  constructor(private readonly page: Page) {
    this.net = page.getByTestId("month-net")
    this.statement = page.getByTestId("month-statement")
    this.days = page.getByTestId("month-day")
    this.lines = page.getByTestId("month-line")
  }

  async open(period: string, locale: Locale = "zh-CN", query = "") {
    await this.page.goto(`/${locale}/me/month/${period}${query}`)
  }

  day(date: string) {
    const root = this.page.locator(`[data-testid=month-day][data-date="${date}"]`)
    return { root, total: root.getByTestId("day-total"), lines: root.getByTestId("month-line") }
  }
}
