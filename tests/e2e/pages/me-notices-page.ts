import type { Locator, Page } from "@playwright/test"

/** Her notices: the 消息 tab with its count of new ones, and the list at /me/notices. */
export class MeNoticesPage {
  readonly tab: Locator
  readonly badge: Locator
  readonly notices: Locator

  constructor(private readonly page: Page) {
    this.tab = page.getByTestId("me-nav-notices")
    this.badge = this.tab.getByTestId("notices-badge")
    this.notices = page.getByTestId("notices").getByTestId("notice")
  }

  notice(kind: "statement_ready" | "payout_sent" | "payout_failed" | "question_answered") {
    const row = this.page.locator(`[data-testid=notice][data-kind=${kind}]`)
    return { row, text: row.getByTestId("notice-text"), amount: row.getByTestId("notice-amount"), isNew: row.getByTestId("notice-new") }
  }

  /** Opens the list from the tab (which marks what it shows read). */
  async openFromTab() {
    await this.tab.click()
    await this.page.getByTestId("notices").waitFor()
  }
}
