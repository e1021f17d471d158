import type { Locator, Page } from "@playwright/test"

export type Locale = "zh-CN" | "en"

/** /desk/login: a coordinator logs in with her e-mail. */
export class DeskLoginPage {
  readonly email: Locator
  readonly password: Locator
  readonly submit: Locator
  readonly error: Locator

  constructor(private readonly page: Page) {
    this.email = page.locator("#login-identifier")
    this.password = page.locator("#login-password")
    this.submit = page.getByTestId("login-form").locator("button[type=submit]")
    this.error = page.getByTestId("login-error")
  }

  async open(locale: Locale = "zh-CN") {
    await this.page.goto(`/${locale}/desk/login`)
  }

  /** Logs in and waits for the desk's "Record" screen. */
  async login(email: string, password: string, locale: Locale = "zh-CN") {
    await this.open(locale)
    await this.email.fill(email)
    await this.password.fill(password)
    await this.submit.click()
    await this.page.waitForURL(new RegExp(`/${locale}/desk$`))
    await this.page.getByTestId("outbox-status").waitFor()
  }
}
