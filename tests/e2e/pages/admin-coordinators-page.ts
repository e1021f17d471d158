import type { Locator, Page } from "@playwright/test"
import type { AdminApp } from "./admin-app"

/** /app/workshops/coordinators: coordinators' logins and the workshops each coordinates. */
export class AdminCoordinatorsPage {
  readonly page: Page
  readonly rows: Locator
  readonly form: Locator
  readonly shownOnce: Locator

  constructor(private readonly app: AdminApp) {
    this.page = app.page
    this.rows = this.page.getByTestId("coordinator-row")
    this.form = this.page.getByTestId("coordinator-form")
    this.shownOnce = this.page.getByTestId("shown-once")
  }

  async open() {
    await this.app.open("/workshops/coordinators")
    await this.page.getByTestId("coordinators-page").waitFor()
  }

  row(email: string) {
    return this.rows.filter({ hasText: email })
  }

  async tickWorkshop(name: string) {
    await this.form.getByTestId("coordinator-workshops").getByText(name, { exact: true }).click()
  }
}
