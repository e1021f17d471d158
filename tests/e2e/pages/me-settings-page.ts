import type { Locator, Page } from "@playwright/test"
import type { Locale } from "./desk-login-page"

/** /me/settings: her goal and her password. */
export class MeSettingsPage {
  readonly goalInput: Locator
  readonly goalSave: Locator
  readonly goalMessage: Locator
  readonly currentPassword: Locator
  readonly newPassword: Locator
  readonly repeatPassword: Locator
  readonly passwordSave: Locator
  readonly passwordMessage: Locator

  constructor(private readonly page: Page) {
    this.goalInput = page.getByTestId("goal-input")
    this.goalSave = page.getByTestId("goal-save")
    this.goalMessage = page.getByTestId("goal-message")
    this.currentPassword = page.getByTestId("password-current_password")
    this.newPassword = page.getByTestId("password-new_password")
    this.repeatPassword = page.getByTestId("password-repeat_password")
    this.passwordSave = page.getByTestId("password-save")
    this.passwordMessage = page.getByTestId("password-message")
  }

  async open(locale: Locale = "zh-CN") {
    await this.page.goto(`/${locale}/me/settings`)
  }

  async setGoal(yuan: string) {
    await this.goalInput.fill(yuan)
    await this.goalSave.click()
  }

  async changePassword(current: string, next: string, repeat = next) {
    await this.currentPassword.fill(current)
    await this.newPassword.fill(next)
    await this.repeatPassword.fill(repeat)
    await this.passwordSave.click()
  }
}
