import { expect, type Locator, type Page } from "@playwright/test"
import type { Locale } from "./cart-page"
import type { ChinaAddress } from "./checkout-page"

/** The customer's account: login, registration, overview with orders, order detail, addresses. */
export class AccountPage {
  readonly overview: Locator
  readonly loginForm: Locator
  readonly registerForm: Locator
  readonly orderRows: Locator
  readonly addressCards: Locator
  readonly addressForm: Locator
  readonly formError: Locator
  readonly logoutButton: Locator

  constructor(private readonly page: Page) {
    this.overview = page.getByTestId("account-page")
    this.loginForm = page.getByTestId("login-form")
    this.registerForm = page.getByTestId("register-form")
    this.orderRows = page.getByTestId("order-row")
    this.addressCards = page.getByTestId("address-card")
    this.addressForm = page.getByTestId("address-form")
    this.formError = page.getByTestId("form-error")
    this.logoutButton = page.getByTestId("logout")
  }

  async openLogin(locale: Locale = "zh-CN") {
    await this.page.goto(`/${locale}/account/login`)
    await expect(this.loginForm).toBeVisible()
  }

  async register(user: { firstName: string; lastName?: string; email: string; password: string }, locale: Locale = "zh-CN") {
    await this.page.goto(`/${locale}/account/register`)
    await expect(this.registerForm).toBeVisible()
    await this.registerForm.locator('[name="first_name"]').fill(user.firstName)
    await this.registerForm.locator('[name="last_name"]').fill(user.lastName ?? "")
    await this.registerForm.locator('[name="email"]').fill(user.email)
    await this.registerForm.locator('[name="password"]').fill(user.password)
    await this.page.getByTestId("register-submit").click()
  }

  async login(email: string, password: string) {
    await this.loginForm.locator('[name="email"]').fill(email)
    await this.loginForm.locator('[name="password"]').fill(password)
    await this.page.getByTestId("login-submit").click()
  }

  async logout() {
    await this.logoutButton.click()
    await expect(this.loginForm).toBeVisible()
  }

  fieldError(form: Locator, name: string): Locator {
    return form.locator("[data-field]").filter({ has: this.page.locator(`[name="${name}"]`) }).getByTestId("field-error")
  }

  order(orderId: string): Locator {
    return this.page.locator(`[data-testid="order-row"][data-order-id="${orderId}"]`)
  }

  async openAddresses(locale: Locale = "zh-CN") {
    await this.page.goto(`/${locale}/account/addresses`)
    await expect(this.page.getByTestId("addresses-page")).toBeVisible()
  }

  async fillChinaAddress(address: ChinaAddress, makeDefault = false) {
    const form = this.addressForm
    await form.locator('[name="name"]').fill(address.name)
    await form.locator('[name="phone"]').fill(address.phone)
    await form.locator('[name="province"]').selectOption(address.province)
    await form.locator('[name="city"]').selectOption(address.city)
    await form.locator('[name="district"]').selectOption(address.district)
    await form.locator('[name="address_1"]').fill(address.street)
    await form.locator('[name="postal_code"]').fill(address.postalCode ?? "")
    const checkbox = form.locator('[name="is_default_shipping"]')
    if (makeDefault) await checkbox.check()
    else await checkbox.uncheck()
  }

  async addChinaAddress(address: ChinaAddress, makeDefault = false) {
    await this.page.getByTestId("add-cn-address").click()
    await expect(this.addressForm).toBeVisible()
    await this.fillChinaAddress(address, makeDefault)
    await this.page.getByTestId("address-save").click()
    await expect(this.addressForm).toHaveCount(0)
  }

  addressCard(text: string): Locator {
    return this.addressCards.filter({ hasText: text })
  }
}
