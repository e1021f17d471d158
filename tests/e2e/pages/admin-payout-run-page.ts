import type { Locator, Page } from "@playwright/test"
import type { AdminApp } from "./admin-app"

/** The admin's payout run (/app/workshops/payouts): groups by method, export, results import. */
export class AdminPayoutRunPage {
  readonly page: Page
  readonly scope: Locator
  readonly total: Locator
  readonly importFile: Locator
  readonly importSubmit: Locator
  readonly importLines: Locator
  readonly importRefused: Locator

  constructor(private readonly app: AdminApp) {
    this.page = app.page
    this.scope = this.page.getByTestId("payout-scope")
    this.total = this.page.getByTestId("payout-run-total")
    this.importFile = this.page.getByTestId("import-file")
    this.importSubmit = this.page.getByTestId("import-submit")
    this.importLines = this.page.getByTestId("import-line")
    this.importRefused = this.page.getByTestId("import-refused")
  }

  async open() {
    await this.app.open("/workshops/payouts")
    await this.page.getByTestId("payout-run-page").waitFor()
  }

  /** Picks the month (its label in the admin's language: 2025年10月, October 2025). */
  async chooseMonth(label: string | RegExp) {
    await this.app.choose(this.scope, label)
  }

  group(method: string) {
    const root = this.page.locator(`[data-testid=payout-group][data-method="${method}"]`)
    return { root, count: root.getByTestId("group-count"), total: root.getByTestId("group-total"), rows: root.getByTestId("payout-run-row") }
  }

  /** Clicks a method's export and returns the downloaded file's text. */
  async export(method: string): Promise<{ name: string; text: string }> {
    const [download] = await Promise.all([this.page.waitForEvent("download"), this.page.getByTestId(`export-${method}`).click()])
    const stream = await download.createReadStream()
    const chunks: Buffer[] = []
    for await (const chunk of stream) chunks.push(chunk as Buffer)
    return { name: download.suggestedFilename(), text: Buffer.concat(chunks).toString("utf8") }
  }

  async importResults(name: string, csv: string) {
    await this.importFile.setInputFiles({ name, mimeType: "text/csv", buffer: Buffer.from(csv, "utf8") })
    await this.importSubmit.click()
  }
}
