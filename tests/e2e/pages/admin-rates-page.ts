import type { Locator, Page } from "@playwright/test"
import type { AdminApp } from "./admin-app"

/** /app/workshops/piece-rates: a workshop's piece types and the chosen one's rate timeline. */
export class AdminRatesPage {
  readonly page: Page
  readonly pieceTypes: Locator
  readonly timeline: Locator
  readonly rateRows: Locator

  constructor(private readonly app: AdminApp) {
    this.page = app.page
    this.pieceTypes = this.page.getByTestId("piece-type-row")
    this.timeline = this.page.getByTestId("rate-timeline")
    this.rateRows = this.timeline.getByTestId("rate-row")
  }

  async open() {
    await this.app.open("/workshops/piece-rates")
    await this.page.getByTestId("piece-rates-page").waitFor()
  }

  async chooseWorkshop(name: string) {
    await this.app.choose(this.page.getByTestId("rates-workshop"), name)
  }

  pieceType(code: string) {
    return this.page.locator(`[data-testid=piece-type-row][data-code="${code}"]`)
  }

  rate(from: string) {
    return this.timeline.locator(`[data-testid=rate-row][data-from="${from}"]`)
  }

  rowsInState(state: "in_force" | "scheduled" | "superseded") {
    return this.timeline.locator(`[data-testid=rate-row][data-state="${state}"]`)
  }

  async addRate(r: { effective_from: string; rate_a: string; rate_b: string }) {
    const form = this.timeline.getByTestId("rate-form")
    await form.locator("#effective_from").fill(r.effective_from)
    await form.locator("#rate_a").fill(r.rate_a)
    await form.locator("#rate_b").fill(r.rate_b)
    await form.getByTestId("rate-add").click()
  }
}
