import type { Locator, Page } from "@playwright/test"
import type { AdminApp } from "./admin-app"

export type NewWorkshop = { handle: string; name_zh: string; name_en: string; city_zh: string; city_en: string; story_zh?: string; story_en?: string }

/** /app/workshops: the list and the create/edit drawer. */
export class AdminWorkshopsPage {
  readonly page: Page
  readonly rows: Locator
  readonly form: Locator

  constructor(private readonly app: AdminApp) {
    this.page = app.page
    this.rows = this.page.getByTestId("workshop-row")
    this.form = this.page.getByTestId("workshop-form")
  }

  async open() {
    await this.app.open("/workshops")
    await this.page.getByTestId("workshops-page").waitFor()
  }

  row(handle: string) {
    return this.page.locator(`[data-testid=workshop-row][data-handle="${handle}"]`)
  }

  async create(w: NewWorkshop) {
    await this.page.getByTestId("workshop-new").click()
    for (const [field, value] of Object.entries(w)) {
      if (value !== undefined) await this.form.locator(`#${field}`).fill(value)
    }
    await this.form.getByTestId("workshop-save").click()
  }
}
