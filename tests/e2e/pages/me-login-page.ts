import type { Locator, Page } from "@playwright/test"
import type { Locale } from "./desk-login-page"

/** /me/login: an artisan logs in with her mobile number. */
export class MeLoginPage {
  readonly phone: Locator
  readonly password: Locator
  readonly submit: Locator
  readonly error: Locator

  constructor(private readonly page: Page) {
    this.phone = page.locator("#login-identifier")
    this.password = page.locator("#login-password")
    this.submit = page.getByTestId("login-form").locator("button[type=submit]")
    this.error = page.getByTestId("login-error")
  }

  async open(locale: Locale = "zh-CN") {
    await this.page.goto(`/${locale}/me/login`)
  }

  async fill(phone: string, password: string) {
    await this.phone.fill(phone)
    await this.password.fill(password)
    await this.submit.click()
  }

  /** Logs in and waits for her income page. */
  async login(phone: string, password: string, locale: Locale = "zh-CN") {
    await this.open(locale)
    await this.fill(phone, password)
    await this.page.waitForURL(new RegExp(`/${locale}/me$`))
    await this.page.getByTestId("month-so-far").waitFor()
  }
}
