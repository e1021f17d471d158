import type { Locator, Page } from "@playwright/test"
import type { Locale } from "./desk-login-page"

/** /desk/history: a day of the workshop, or one woman's month; reversing an entry. */
export class DeskHistoryPage {
  readonly entries: Locator
  readonly total: Locator
  readonly empty: Locator

  constructor(private readonly page: Page) {
    this.entries = page.getByTestId("history-entry")
    this.total = page.getByTestId("history-total")
    this.empty = page.getByTestId("history-empty")
  }

  async openDay(date: string, locale: Locale = "zh-CN") {
    await this.page.goto(`/${locale}/desk/history?date=${date}`)
  }

  async openArtisan(artisanId: string, month: string, locale: Locale = "zh-CN") {
    await this.page.goto(`/${locale}/desk/history?artisan=${artisanId}&month=${month}`)
  }

  entry(id: string) {
    return this.page.locator(`[data-testid=history-entry][data-entry-id="${id}"]`)
  }

  /** Reverses one entry with a reason and waits until it shows as reversed. */
  async reverse(id: string, reason: string) {
    const entry = this.entry(id)
    await entry.getByTestId("reverse-open").click()
    await entry.getByTestId("reverse-reason").fill(reason)
    await entry.getByTestId("reverse-confirm").click()
    await this.page.locator(`[data-testid=history-entry][data-entry-id="${id}"][data-reversed=true]`).waitFor()
  }
}
