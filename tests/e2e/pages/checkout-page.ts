import { expect, type Locator, type Page } from "@playwright/test"
import type { Locale } from "./cart-page"

export type ChinaAddress = {
  name: string
  phone: string
  province: string
  city: string
  district: string
  street: string
  postalCode?: string
}

export type InternationalAddress = {
  firstName: string
  lastName: string
  street: string
  city: string
  postalCode: string
  country: string
  province?: string
  phone?: string
}

/** The checkout (/checkout): contact and address, shipping, payment, review, place order. */
export class CheckoutPage {
  readonly root: Locator
  readonly contactForm: Locator
  readonly shippingForm: Locator
  readonly paymentForm: Locator
  readonly reviewForm: Locator
  readonly formError: Locator
  readonly placeOrderButton: Locator

  constructor(private readonly page: Page) {
    this.root = page.getByTestId("checkout-page")
    this.contactForm = page.getByTestId("contact-form")
    this.shippingForm = page.getByTestId("shipping-form")
    this.paymentForm = page.getByTestId("payment-form")
    this.reviewForm = page.getByTestId("review-form")
    this.formError = page.getByTestId("form-error")
    this.placeOrderButton = page.getByTestId("place-order")
  }

  async open(locale: Locale = "zh-CN", step?: string) {
    await this.page.goto(`/${locale}/checkout${step ? `?step=${step}` : ""}`)
    await expect(this.root).toBeVisible()
  }

  /** The step being shown (contact, shipping, payment, review). */
  step() {
    return this.root.getAttribute("data-step")
  }

  field(name: string): Locator {
    return this.contactForm.locator(`[name="${name}"]`)
  }

  /** The error shown beside a field: inside the same field block as the input. */
  fieldError(name: string): Locator {
    return this.contactForm.locator("[data-field]").filter({ has: this.page.locator(`[name="${name}"]`) }).getByTestId("field-error")
  }

  /** The visible label of a field. */
  fieldLabel(name: string): Locator {
    return this.contactForm.locator("[data-field]").filter({ has: this.page.locator(`[name="${name}"]`) }).locator("label")
  }

  async fillChinaAddress(email: string, address: ChinaAddress) {
    await this.field("email").fill(email)
    await this.field("name").fill(address.name)
    await this.field("phone").fill(address.phone)
    // three choices, each list drawn from the one above (selectOption waits for the option)
    await this.field("province").selectOption(address.province)
    await this.field("city").selectOption(address.city)
    await this.field("district").selectOption(address.district)
    await this.field("address_1").fill(address.street)
    await this.field("postal_code").fill(address.postalCode ?? "")
  }

  /** The values a select offers, without its placeholder (the empty value). */
  async optionValues(name: string): Promise<string[]> {
    return (await this.field(name).locator("option").evaluateAll((options) => options.map((option) => (option as HTMLOptionElement).value))).filter(Boolean)
  }

  async fillInternationalAddress(email: string, address: InternationalAddress) {
    await this.field("email").fill(email)
    await this.field("first_name").fill(address.firstName)
    await this.field("last_name").fill(address.lastName)
    await this.field("address_1").fill(address.street)
    await this.field("city").fill(address.city)
    await this.field("province").fill(address.province ?? "")
    await this.field("postal_code").fill(address.postalCode)
    await this.field("country_code").selectOption(address.country)
    await this.field("phone").fill(address.phone ?? "")
  }

  async submitContact() {
    await this.page.getByTestId("contact-continue").click()
  }

  /** A line of the order summary beside the steps (the cart's own totals). */
  summaryTotal(name: "subtotal" | "shipping" | "discount" | "tax" | "total"): Locator {
    return this.root.getByTestId(`totals-${name}`)
  }

  /** A shipping option's radio, by its position (0: the cheapest). */
  shippingOption(index: number): Locator {
    return this.shippingForm.locator('input[name="shipping_option_id"]').nth(index)
  }

  /** Chooses a shipping option by its position (0: the cheapest) and continues. */
  async chooseShipping(index = 0) {
    await expect(this.shippingForm).toBeVisible()
    await this.shippingForm.locator('input[name="shipping_option_id"]').nth(index).check()
    await this.page.getByTestId("shipping-continue").click()
  }

  async choosePayment(providerId = "pp_system_default") {
    await expect(this.paymentForm).toBeVisible()
    await this.page.getByTestId(`provider-${providerId}`).check()
    await this.page.getByTestId("payment-continue").click()
    await expect(this.reviewForm).toBeVisible()
  }

  async placeOrder() {
    await this.placeOrderButton.click()
    await this.page.waitForURL(/\/order\/order_[A-Za-z0-9]+\/confirmed$/)
  }
}
