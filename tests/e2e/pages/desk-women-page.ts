import type { Locator, Page } from "@playwright/test"
import type { Locale } from "./desk-login-page"

/** /desk/women: the women of her workshops, and a new password for one who forgot hers. */
export class DeskWomenPage {
  constructor(private readonly page: Page) {}

  async open(locale: Locale = "zh-CN") {
    await this.page.goto(`/${locale}/desk/women`)
    await this.page.getByTestId("women-list").first().waitFor()
  }

  rows(): Locator {
    return this.page.getByTestId("woman-row")
  }

  row(artisanId: string): Locator {
    return this.page.locator(`[data-testid=woman-row][data-artisan-id="${artisanId}"]`)
  }

  /** Asks for a new password for her, confirms, and answers the password shown. */
  async resetPassword(artisanId: string): Promise<string> {
    const row = this.row(artisanId)
    await row.getByTestId("reset-open").click()
    await row.getByTestId("reset-confirm").click()
    const value = row.getByTestId("new-password-value")
    await value.waitFor()
    return (await value.getAttribute("data-password")) ?? ""
  }

  async dismissPassword(artisanId: string) {
    await this.row(artisanId).getByTestId("new-password-done").click()
  }
}
