import type { Locator, Page } from "@playwright/test"
import type { AdminApp } from "./admin-app"

export type NewArtisan = { workshop: string; display_name: string; legal_name: string; phone: string }

/** /app/workshops/artisans: filters, list, the register/edit drawer and the login shown once. */
export class AdminArtisansPage {
  readonly page: Page
  readonly rows: Locator
  readonly names: Locator
  readonly form: Locator
  readonly shownOnce: Locator

  constructor(private readonly app: AdminApp) {
    this.page = app.page
    this.rows = this.page.getByTestId("artisan-row")
    this.names = this.page.getByTestId("artisan-name")
    this.form = this.page.getByTestId("artisan-form")
    this.shownOnce = this.page.getByTestId("shown-once")
  }

  async open() {
    await this.app.open("/workshops/artisans")
    await this.page.getByTestId("artisans-page").waitFor()
  }

  async startRegistering(a: NewArtisan) {
    await this.page.getByTestId("artisan-new").click()
    await this.app.choose(this.form.getByTestId("artisan-workshop"), a.workshop)
    await this.form.locator("#display_name").fill(a.display_name)
    await this.form.locator("#legal_name").fill(a.legal_name)
    await this.form.locator("#phone").fill(a.phone)
  }

  async save() {
    await this.form.getByTestId("artisan-save").click()
  }

  fieldError(field: string) {
    return this.form.getByTestId(`error-${field}`)
  }

  async filter({ workshop, status }: { workshop?: string; status?: "all" | "active" | "paused" | "left" }) {
    if (workshop) await this.app.choose(this.page.getByTestId("filter-workshop"), workshop)
    if (status) {
      await this.page.getByTestId("filter-status").click()
      await this.page.getByTestId(`status-option-${status}`).click()
    }
  }
}
